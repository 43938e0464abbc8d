/**
 * Markdown input: renders it to the plain text a reader sees (the canonical text of the
 * article) and reads the first level-1 heading as the stated title. markdown-it parses it
 * (CommonMark, with tables); this file only turns its tokens into lines: paragraphs and
 * headings as their text, separated by blank lines; list items keep their markers (`- `, `1. `)
 * and indentation, because the block typing reads them; code keeps its lines; quotes lose their
 * `>`; links and images become their text. Front matter (`---` … `---`) yields title, date and
 * the outlet (`source:`, `outlet:`, `publisher:` or `site:`, as notes tools write it).
 */
import MarkdownIt from 'markdown-it';
import { replaceTracked, trimTracked, type MarkupSpan } from './markup';

/** What `renderMarkdown` returns: the text, plus a title/date the document states. */
export interface MarkdownRender {
  text: string;
  title: string | null;
  published: string | null;
  /** The outlet the front matter names (a URL there stands for its host), or null. */
  site: string | null;
  /** Where the headings, lists, items, quotes and code blocks stand in `text`. */
  spans: MarkupSpan[];
}

/** Raw HTML is kept as written (extraction reads text, nothing is rendered); links are not guessed. */
const makeParser = () => new MarkdownIt('default', { html: true, linkify: false });
let parser: ReturnType<typeof makeParser> | null = null;
type Token = ReturnType<ReturnType<typeof makeParser>['parse']>[number];

function markdown(): ReturnType<typeof makeParser> {
  return (parser ??= makeParser());
}

/** Renders Markdown to plain text. Never throws. */
export function renderMarkdown(md: string): MarkdownRender {
  let title: string | null = null;
  let published: string | null = null;
  let site: string | null = null;
  let src = md;
  const front = /^---\n([\s\S]*?)\n---\n/.exec(src);
  if (front) {
    const t = /^title:\s*["']?(.+?)["']?\s*$/m.exec(front[1]!);
    const d = /^date:\s*["']?(\d{4}-\d{2}(?:-\d{2})?)/m.exec(front[1]!);
    const o = /^(?:source|outlet|publisher|site):[ \t]*["']?([^\s"'].*?)["']?[ \t]*$/im.exec(front[1]!);
    if (t) title = t[1]!;
    if (d) published = d[1]!;
    if (o?.[1]) site = outletOf(o[1]);
    src = src.slice(front[0].length);
  }
  let tokens: Token[];
  try {
    tokens = markdown().parse(src, {});
  } catch {
    // Best effort: markdown-it has not been seen to throw, but ingest must not fail on a file.
    return { text: src.trim(), title, published, site, spans: [] };
  }
  const r = new LineWriter(src.split('\n'));
  const stated = r.write(tokens);
  return { text: r.text(), title: title ?? stated, published, site, spans: r.spans };
}

/** A front matter outlet as a person reads it: a name as written, a URL as its host (`www.` dropped). */
function outletOf(value: string): string | null {
  const v = value.trim();
  if (!/^https?:\/\//i.test(v)) return v || null;
  try {
    return new URL(v).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Turns markdown-it's block tokens into lines of text. */
class LineWriter {
  private readonly lines: string[] = [];
  /** The marker of the list item whose first line comes next (`- `, `  1. `), or ''. */
  private marker = '';
  /** How deep in lists the writer is. */
  private lists = 0;
  /** Length of the lines written so far, joined by line breaks. */
  private length = 0;
  /** The structure's spans; those still open are on `openSpans`. */
  readonly spans: MarkupSpan[] = [];
  private readonly openSpans: MarkupSpan[] = [];
  /** The next item's number in each open list. */
  private readonly counters: number[] = [];

  constructor(private readonly source: string[]) {}

  /** Writes every block; returns the text of the first level-1 heading, or null. */
  write(tokens: Token[]): string | null {
    let title: string | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      switch (t.type) {
        case 'heading_open': {
          const text = inlineText(tokens[++i]!);
          if (t.tag === 'h1' && title === null) title = text;
          this.block(text, true, { tag: 'h', level: Number(t.tag.slice(1)) });
          break;
        }
        case 'paragraph_open': {
          // A tight list's paragraphs are hidden: its items stand on consecutive lines.
          const inline = tokens[++i]!;
          // A paragraph wrapped by soft line breaks only is one paragraph over several lines.
          const wrapped = inline.children?.some((c) => c.type === 'softbreak') && !inline.children.some((c) => c.type === 'hardbreak');
          this.block(inlineText(inline), !t.hidden, wrapped ? { tag: 'p' } : undefined);
          break;
        }
        case 'bullet_list_open':
        case 'ordered_list_open':
          if (this.lists++ === 0) this.blank();
          this.open(t.type === 'ordered_list_open' ? 'ol' : 'ul');
          // CommonMark counts an ordered list from its first number, whatever the later items say.
          this.counters.push(Number.parseInt(String(t.attrGet('start') ?? '1'), 10) || 1);
          break;
        case 'bullet_list_close':
        case 'ordered_list_close':
          this.lists--;
          this.counters.pop();
          this.close();
          break;
        case 'list_item_open': {
          const indent = /^\s*/.exec(this.source[t.map?.[0] ?? -1] ?? '')![0];
          this.marker = `${indent}${t.info}${t.markup} `;
          const n = this.counters.length > 0 ? this.counters[this.counters.length - 1]!++ : 1;
          this.open('li', n);
          break;
        }
        case 'list_item_close':
          this.close();
          break;
        case 'blockquote_open':
          this.open('quote');
          break;
        case 'blockquote_close':
          this.close();
          break;
        case 'fence':
        case 'code_block':
          this.block(t.content.replace(/\n$/, ''), true, { tag: 'pre' });
          break;
        case 'html_block':
          this.block(t.content.trim());
          break;
        case 'hr':
          this.blank();
          break;
        case 'tr_open': {
          const cells: string[] = [];
          while (tokens[++i] && tokens[i]!.type !== 'tr_close') if (tokens[i]!.type === 'inline') cells.push(inlineText(tokens[i]!));
          this.block(cells.join(' | '), false);
          break;
        }
        case 'table_open':
          this.blank();
          break;
      }
    }
    return title;
  }

  /** The lines written, with runs of blank lines collapsed (the spans moved along). */
  text(): string {
    const raw = this.lines.join('\n');
    if (this.spans.length === 0) return raw.replace(/\n{3,}/g, '\n\n').trim();
    return trimTracked(replaceTracked(raw, /\n{3,}/g, '\n\n', this.spans), this.spans);
  }

  private blank(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.push('');
  }

  /**
   * One block's text, after a blank line unless it continues a tight list (`separate` false);
   * `span` (a heading, a code block) covers just that text.
   */
  private block(text: string, separate = true, span?: Omit<MarkupSpan, 'start' | 'end'>): void {
    if (separate) this.blank();
    // A container opened just before starts where its first text does, past the blank line.
    // Those are on top of the stack (a 2,000-deep list must not cost a walk of it per line).
    for (let k = this.openSpans.length - 1; k >= 0 && this.openSpans[k]!.start < 0; k--) this.openSpans[k]!.start = this.nextStart();
    const start = this.nextStart();
    this.push(this.marker + text);
    if (span) this.spans.push({ ...span, start, end: this.length });
    this.marker = '';
  }

  /** Where the next line pushed starts. */
  private nextStart(): number {
    return this.lines.length === 0 ? 0 : this.length + 1;
  }

  private push(line: string): void {
    this.length += (this.lines.length === 0 ? 0 : 1) + line.length;
    this.lines.push(line);
  }

  /** Opens a list, item or quote; it starts at the next text written. */
  private open(tag: MarkupSpan['tag'], n?: number): void {
    const s: MarkupSpan = { start: -1, end: -1, tag };
    if (n !== undefined && Number.isFinite(n)) s.number = n;
    this.spans.push(s);
    this.openSpans.push(s);
  }

  /** Closes the innermost open span at the end of the text written (an empty one ends where it starts). */
  private close(): void {
    const s = this.openSpans.pop();
    if (!s) return;
    if (s.start < 0) s.start = this.length;
    s.end = Math.max(s.start, this.length);
  }
}

/** The plain text of an inline token: text, code, image descriptions; line breaks kept. */
function inlineText(t: Token): string {
  let out = '';
  for (const c of t.children ?? []) {
    if (c.type === 'text' || c.type === 'code_inline' || c.type === 'html_inline') out += c.content;
    else if (c.type === 'image') out += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') out += '\n';
  }
  return out;
}
