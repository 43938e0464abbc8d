/**
 * Finds reader comments: a comment starts at a header line that names an author and a date
 * (and usually carries a number, a bullet or a reply link), and runs until the next header,
 * a line indented less than its text, or page furniture.
 *
 * Header shapes recognised (any language of `rules.ts`):
 * - `  1. Michael Rosemeyer 21. April 2025 um 11:05 Uhr - Antworten`
 * - `• Daisy 12. April 2025 um 14:41 Uhr - Antworten` (a bullet or deeper indent: a reply)
 * - `Jane Doe says:` followed by a date line `March 9, 2017 at 3:02 pm`
 * - `Jane Doe on March 9, 2017 at 3:02 pm said:` / `Jane Doe | 9 March 2017 | Reply`
 */
import type { Line } from './segment';
import { findDates, type DatesOf } from '../dates/find';
import { formatParts } from '../dates/calendar';
import { COMMENT_WORDS, REPLY_WORDS } from './rules';

/** One comment as found; offsets are those of its lines. */
export interface FoundComment {
  author: string | null;
  published: string | null;
  /** Line index of the header and of the last line. */
  header: number;
  last: number;
  /** Header lines (one, or two for "says:" + date line). */
  headerLines: number;
  indent: number;
  isBulleted: boolean;
  replyTo: number | null;
}

/** What `findComments` returns: the comments and the section heading line, if any. */
export interface CommentsResult {
  comments: FoundComment[];
  /** Index of a `20 Kommentare` / `13 comments` line, or -1. */
  headingLine: number;
}

const MARKER = /^(?:(\d{1,4})[.)]|[•·◦▪*↳–-])\s*/u;
/** A comment header is a short line: an author, a date, a link or two. */
const MAX_HEADER_CHARS = 140;
const MAX_AUTHOR_WORDS = 5;
const REPLY_RE = new RegExp(`(?:[-–|·•]\\s*)?\\b(?:${REPLY_WORDS.join('|')})\\b(?:\\s{0,3}:)?\\s*$`, 'iu');
const SAYS_RE = /(?<!\s)\s+(?:says|said|wrote|sagt|schreibt|dit|dice|disse|пишет)(?:\s{0,3}:)?\s*$/iu;
const COMMENT_HEADING_RE = new RegExp(
  `^(?:(?:there\\s{1,3}(?:are|is)\\s{1,3})?\\d+\\s{1,3})?(?:${COMMENT_WORDS.join('|')})(?:\\s{0,3}\\(\\d+\\))?(?:\\s{0,3}:)?$|^\\d+\\s{1,3}(?:thoughts|responses|replies|comments|kommentare|gedanken)\\s{1,3}(?:on|to|zu)\\s(?=\\S).{0,160}$`, 'iu',
);
/** A comment heading that counts none (`0 Kommentare`, `There are 0 comments`). */
const ZERO_COUNT = /(?:^|\s)0\s/u;
/** Words that, standing where the author should be, show the line is a date line, not a header. */
const NOT_AUTHOR = /^(?:posted|published|updated|veröffentlicht|aktualisiert|publié|publicado|stand|on|am)\b/iu;

/** Is this a heading of a comment section (`20 Kommentare`, `Comments (3)`, `13 thoughts on …`)? */
export function isCommentHeading(text: string): boolean {
  return text.length <= 120 && COMMENT_HEADING_RE.test(text.trim()) && /\d|^\p{L}+$/u.test(text.trim());
}

interface Header { author: string | null; published: string | null; lines: number; bulleted: boolean }

/** Reads a comment header at line `i`, or returns null. */
export function parseCommentHeader(lines: Line[], i: number, inSection = false, datesOf: DatesOf = findDates): Header | null {
  const line = lines[i]!;
  if (line.text.length > MAX_HEADER_CHARS) return null;
  // Cheap gate first: every header has a date, every date a digit (the next line may hold it).
  if (!/\d/.test(line.text) && !(lines[i + 1] && /\d/.test(lines[i + 1]!.text) && /:\s*$/.test(line.text))) return null;
  const marker = MARKER.exec(line.text);
  let rest = marker ? line.text.slice(marker[0].length) : line.text;
  // "says:" first: it is also in the reply-label list, but it means the date may follow.
  // Each pattern runs once; cutting its match out is what `replace` did with a second run.
  const says = cutMatch(SAYS_RE, rest);
  if (says) rest = says.rest;
  const reply = cutMatch(REPLY_RE, rest);
  const hasReply = !says && !!reply;
  if (reply) rest = reply.rest;
  // Without a marker, reply link or "says", only a bare header can pass below (a comment
  // section, or a separator): the date search, the costly part, is skipped for other lines.
  if (!(marker || hasReply || says || inSection || /[·|•]/.test(rest))) return null;
  let dates = datesOf(rest);
  let lineCount = 1;
  if (dates.length === 0 && says && lines[i + 1] && lines[i + 1]!.text.length <= 80) {
    // "Jane says:" on one line, the date on the next
    const next = datesOf(lines[i + 1]!.text);
    if (next.length && next[0]!.day !== undefined && next[0]!.year !== undefined) {
      dates = next.map((d) => ({ ...d, start: -1, end: -1 }));
      lineCount = 2;
    }
  }
  const date = dates[0];
  if (!date || date.day === undefined || date.year === undefined) return null;
  // Without a number, bullet or reply link, a bare "name · date, time" line is a header only in
  // a comment section, or when a separator and a time of day make it unmistakable.
  const bare = inSection || (date.hour !== undefined && /[·|•]/.test(rest));
  if (!(marker || hasReply || says || lineCount === 2 || bare)) return null;
  const author = (date.start >= 0 ? rest.slice(0, date.start) + ' ' + rest.slice(date.end) : rest)
    .replace(/\b(?:um|at|on|am|le|el|il|em|,|\||·|-|–|uhr)\s*$/giu, '')
    .replace(/(?<![\s,|·–-])[\s,|·–-]+$/u, '')
    .replace(/^[\s,|·–-]+/u, '')
    .replace(/(?<!\s)\s+(?:um|at|on|am)$/iu, '')
    .trim();
  const words = author.split(/\s+/).filter(Boolean).length;
  if (words === 0 && !(marker || hasReply || says)) return null;
  if (NOT_AUTHOR.test(author) || /https?:|www\.|[/#]/.test(author)) return null;
  // Where the author should be stands no word (`08.03.2016 | 15:30 Uhr 08.03.2016 um 15:30 Uhr`
  // leaves `03.2016 | 15:30`): a date line, not a header; reading it as one walls the article off.
  if (author && !/\p{L}{2}/u.test(author)) return null;
  if (words > MAX_AUTHOR_WORDS || /[.!?]$/.test(author) && words > 2) return null;
  return {
    author: author || null,
    published: formatParts(date),
    lines: lineCount,
    bulleted: !!marker && !marker[1],
  };
}

/**
 * Finds the comments of a page, searching from `from` (the end of the article body, or 0).
 * `isStop(i)` tells where a comment's text must end (furniture such as comment rules); a
 * comment heading before line `sectionFrom` (where the article's prose begins) opens no section.
 */
/** `text` without the first match of `re` (not global), or null where `re` finds none. */
function cutMatch(re: RegExp, text: string): { rest: string } | null {
  const m = re.exec(text);
  return m ? { rest: text.slice(0, m.index) + text.slice(m.index + m[0].length) } : null;
}

export function findComments(lines: Line[], from: number, isStop: (i: number) => boolean, sectionFrom = 0, datesOf: DatesOf = findDates): CommentsResult {
  const comments: FoundComment[] = [];
  let headingLine = -1;
  // The line that ends one comment is read again as the next one's header: read it once.
  const seen = new Map<number, Header | null>();
  const headerAt = (i: number, inSection: boolean): Header | null => {
    const key = 2 * i + (inSection ? 1 : 0);
    let h = seen.get(key);
    if (h === undefined) { h = parseCommentHeader(lines, i, inSection, datesOf); seen.set(key, h); }
    return h;
  };
  for (let i = from; i < lines.length; i++) {
    // A comment count under the byline ("0 comments", "1 Kommentar", before the article's
    // prose: `sectionFrom`) opens no section: reading it as one would turn the article's own
    // lines into comments.
    if (headingLine < 0 && comments.length === 0 && i >= sectionFrom && isCommentHeading(lines[i]!.text) && !ZERO_COUNT.test(lines[i]!.text)) headingLine = i;
    const inSection = headingLine >= 0;
    const h = headerAt(i, inSection);
    if (!h) continue;
    const indent = lines[i]!.indent;
    let last = i + h.lines - 1;
    let bodyIndent = -1;
    for (let j = last + 1; j < lines.length; j++) {
      if (isStop(j) || headerAt(j, inSection)) break;
      const l = lines[j]!;
      if (bodyIndent < 0) bodyIndent = l.indent;
      // Indented comment text ends where a line falls back to the page's margin.
      if (bodyIndent > indent && l.indent < bodyIndent && l.indent <= indent) break;
      if (bodyIndent > 0 && l.indent === 0 && l.blankBefore) break;
      last = j;
    }
    comments.push({
      author: h.author, published: h.published, header: i, last, headerLines: h.lines,
      indent, isBulleted: h.bulleted, replyTo: null,
    });
    i = last;
  }
  assignReplies(comments);
  return { comments, headingLine };
}

/** A comment indented deeper than, or bulleted under, a numbered one replies to the one above. */
function assignReplies(comments: FoundComment[]): void {
  const anyNumbered = comments.some((c) => !c.isBulleted);
  for (let k = 0; k < comments.length; k++) {
    const c = comments[k]!;
    for (let p = k - 1; p >= 0; p--) {
      const above = comments[p]!;
      const deeper = c.indent > above.indent;
      const bulletUnderNumber = anyNumbered && c.isBulleted && !above.isBulleted && c.indent >= above.indent;
      if (deeper || bulletUnderNumber) { c.replyTo = p; break; }
      // A sibling at the same level shares its parent.
      if (above.indent === c.indent && above.isBulleted === c.isBulleted) { c.replyTo = above.replyTo; break; }
    }
  }
}
