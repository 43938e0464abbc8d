/**
 * The line pipeline: labels furniture, finds comments and captions, finds the article's main
 * span, then reads the header (title, kicker, section, dek, byline, date lines) above it, types
 * the body inside it, and reads the tail (source line, tags, credits) below it. The result is
 * one role per line; `index.ts` turns roles into blocks and metadata. See README.md.
 */
import type { BlockKind, BlockRegion } from '../../../shared/api';
import type { Line } from './segment';
import { labelLines } from './boilerplate';
import { findComments, isCommentHeading, type FoundComment } from './comments';
import { findCaptions } from './captions';
import { bestSpan, isProse, lineValues, shortTextSpan, type LineClass } from './content';
import { chooseTitle, splitKicker } from './title';
import { typeBodyLines } from './body';
import { MAX_INLINE_DEK_CHARS, isDateLabelOnly, isDekShaped, isSectionShaped, readDateLine, statedCandidates } from './header';
import { parseAgencies, parseByline, parseSourceLine, parseTagList, splitGluedTags } from './byline';
import type { StatedCandidate } from '../dates/publication';

/** What one line turned out to be. */
export interface Role {
  kind: BlockKind;
  region: BlockRegion;
  label?: string;
  attribution?: string;
  credit?: string;
  comment?: number;
}

/** Everything the pipeline learned about the lines. */
export interface Analysis {
  roles: Role[];
  comments: FoundComment[];
  titleLine: number;
  kicker: { text: string; titleText: string } | null;
  span: [number, number] | null;
  author: string | null;
  sourceSite: string | null;
  agencies: string[];
  tags: string[];
  stated: StatedCandidate[];
}

const AFTER_TITLE_LOOKAHEAD = 3;
/** Date lines may stand a few lines above the headline (`08.04.2015 12:46` over the h1). */
const DATE_ABOVE_TITLE = 5;

/** Runs the pipeline over `lines` (see the file comment). */
export function analyzeLines(lines: Line[], lang: string | null, usMonthFirst: boolean): Analysis {
  const labels = labelLines(lines);
  const roles: (Role | null)[] = lines.map(() => null);
  const isStop = (i: number): boolean => ['comment-rules', 'related', 'footer', 'consent', 'donation', 'script'].includes(labels[i] ?? '');
  const found = findComments(lines, 0, isStop);
  const comments = found.headingLine >= 0 || found.comments.length >= 2 ? found.comments : [];
  if (comments.length && found.headingLine >= 0 && found.headingLine < comments[0]!.header) {
    roles[found.headingLine] = { kind: 'boilerplate', region: 'boilerplate', label: 'comments-header' };
  }
  comments.forEach((c, idx) => {
    for (let j = c.header; j <= c.last; j++) roles[j] = { kind: 'comment', region: 'comments', comment: idx };
  });
  for (let i = 0; i < lines.length; i++) {
    if (roles[i]) continue;
    if (isCommentHeading(lines[i]!.text) && lines[i]!.words <= 4 && comments.length) roles[i] = { kind: 'boilerplate', region: 'boilerplate', label: 'comments-header' };
    else if (labels[i]) roles[i] = { kind: 'boilerplate', region: 'boilerplate', label: labels[i]! };
  }
  const captions = findCaptions(lines, (i) => !roles[i]);
  for (const [i, c] of captions) roles[i] = { kind: c.role, region: 'body', ...(c.credit ? { credit: c.credit } : {}) };

  const classes = lines.map((_, i): LineClass => {
    const r = roles[i];
    if (!r) return { type: 'free' };
    if (r.region === 'comments') return { type: 'wall' };
    return r.kind === 'caption' || r.kind === 'credit' ? { type: 'neutral' } : { type: 'label', label: r.label ?? '' };
  });
  const values = lineValues(lines, classes, lang);
  const span = bestSpan(values) ?? shortTextSpan(lines, classes);
  const out: Analysis = { roles: [], comments, titleLine: -1, kicker: null, span, author: null, sourceSite: null, agencies: [], tags: [], stated: [] };
  const [s, e] = span ?? [lines.length, lines.length - 1];

  // Header: the headline is among the unclaimed lines above the span.
  const lead = lines.slice(s, Math.min(e + 1, s + 8)).filter((l, k) => !roles[s + k] && isProse(l, lang)).slice(0, 4).map((l) => l.text).join(' ');
  const dateLines = new Map<number, ReturnType<typeof readDateLine>>();
  const freeAbove: number[] = [];
  for (let i = 0; i < s; i++) {
    if (roles[i]) continue;
    const dl = readDateLine(lines[i]!, usMonthFirst);
    if (dl) dateLines.set(i, dl);
    else if (!parseByline(lines[i]!.text)) freeAbove.push(i);
  }
  const titleLine = chooseTitle(lines, freeAbove, lead, s);
  out.titleLine = titleLine;
  if (titleLine >= 0) {
    roles[titleLine] = { kind: 'title', region: 'header' };
    const k = splitKicker(lines[titleLine]!.text);
    if (k) out.kicker = { text: k.kicker, titleText: k.title };
    const first = lines.findIndex((_, i) => !roles[i] || i === titleLine);
    if (first >= 0 && first < titleLine && !roles[first] && titleLine - first === 1 && isSectionShaped(lines[first]!)) {
      roles[first] = { kind: 'section', region: 'header' };
    }
  }
  const headerFrom = titleLine >= 0 ? Math.max(0, titleLine - DATE_ABOVE_TITLE) : 0;
  let dekDone = false;
  for (let i = 0; i < s; i++) {
    if (roles[i]) continue;
    const line = lines[i]!;
    const dl = dateLines.get(i);
    const byline = parseByline(line.text);
    const inHeader = i >= headerFrom;
    if (dl && inHeader) {
      roles[i] = { kind: 'date', region: 'header' };
      out.stated.push(...statedCandidates(line, dl));
      out.author ??= dl.author;
    } else if (isDateLabelOnly(line.text)) {
      roles[i] = { kind: 'date', region: 'header' };
    } else if (byline && inHeader) {
      roles[i] = { kind: 'byline', region: 'header' };
      out.author ??= byline;
    } else if (i > titleLine && titleLine >= 0 && !dekDone && isDekShaped(line)) {
      roles[i] = { kind: 'dek', region: 'header' };
      dekDone = true;
    } else {
      roles[i] = { kind: 'boilerplate', region: 'boilerplate', label: line.words <= 6 ? 'navigation' : 'other' };
    }
  }
  // The span may open with header lines too: a date line or byline right under the headline,
  // or a teaser standing between the headline and the first paragraph.
  for (let i = s; i <= Math.min(e, s + AFTER_TITLE_LOOKAHEAD); i++) {
    if (roles[i]) continue;
    const line = lines[i]!;
    const dl = readDateLine(line, usMonthFirst);
    const byline = parseByline(line.text);
    if (dl) {
      roles[i] = { kind: 'date', region: 'header' };
      out.stated.push(...statedCandidates(line, dl));
      out.author ??= dl.author;
    } else if (isDateLabelOnly(line.text)) {
      roles[i] = { kind: 'date', region: 'header' };
    } else if (byline) {
      roles[i] = { kind: 'byline', region: 'header' };
      out.author ??= byline;
    } else if (!dekDone && titleLine >= 0 && isDekShaped(line, MAX_INLINE_DEK_CHARS) && nextProseIsLonger(lines, roles, i, e)) {
      roles[i] = { kind: 'dek', region: 'header' };
      dekDone = true;
    } else if (isProse(line, lang)) break;
  }

  // Body: type the free lines of the span.
  const bodyIdx: number[] = [];
  for (let i = s; i <= e; i++) if (!roles[i]) bodyIdx.push(i);
  for (const [i, r] of typeBodyLines(lines, bodyIdx)) roles[i] = { ...r, region: 'body' };

  // Tail and body end: source lines, tags, agency credits.
  for (let i = s; i < lines.length; i++) {
    const r = roles[i];
    if (r && r.region !== 'body' && !(r.kind === 'boilerplate' && r.label === 'navigation')) continue;
    const text = lines[i]!.text;
    const src = parseSourceLine(text);
    if (src) {
      roles[i] = { kind: 'credit', region: 'body' };
      out.sourceSite ??= src.site;
      out.author ??= src.author;
      continue;
    }
    const tags = i > e ? splitGluedTags(text) ?? parseTagList(text) : parseTagList(text);
    if (tags) {
      roles[i] = { kind: 'tags', region: 'header' };
      if (!out.tags.length) out.tags = tags;
      continue;
    }
    if (r && r.region === 'body') {
      const ag = parseAgencies(text);
      if (ag.length && !out.agencies.length) out.agencies = ag;
    }
    if (!roles[i] && i > e) roles[i] = { kind: 'boilerplate', region: 'boilerplate', label: tailLabel(lines[i]!) };
  }
  out.roles = roles.map((r) => r ?? { kind: 'boilerplate', region: 'boilerplate', label: 'other' });
  return out;
}

function nextProseIsLonger(lines: Line[], roles: (Role | null)[], i: number, e: number): boolean {
  for (let j = i + 1; j <= e; j++) {
    if (roles[j]) continue;
    if (lines[j]!.words < 8) continue;
    return lines[j]!.words >= lines[i]!.words;
  }
  return false;
}

/** Unclaimed lines after the article: headline lists are `related`, the rest `footer`. */
function tailLabel(line: Line): string {
  return line.words >= 3 && line.words <= 20 && !/[.!?]$/.test(line.text) ? 'related' : 'footer';
}
