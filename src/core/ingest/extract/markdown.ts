/**
 * Markdown input: renders it to the plain text a reader sees (the canonical text of the
 * article) and reads the first level-1 heading as the stated title. markdown-it parses it
 * (CommonMark, with tables); this file only turns its tokens into lines: paragraphs and
 * headings as their text, separated by blank lines; list items keep their markers (`- `, `1. `)
 * and indentation, because the block typing reads them; code keeps its lines; quotes lose their
 * `>`; links and images become their text. Front matter (`---` … `---`) yields title and date.
 */
import MarkdownIt from 'markdown-it';

/** What `renderMarkdown` returns: the text, plus a title/date the document states. */
export interface MarkdownRender {
  text: string;
  title: string | null;
  published: string | null;
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
  let src = md;
  const front = /^---\n([\s\S]*?)\n---\n/.exec(src);
  if (front) {
    const t = /^title:\s*["']?(.+?)["']?\s*$/m.exec(front[1]!);
    const d = /^date:\s*["']?(\d{4}-\d{2}(?:-\d{2})?)/m.exec(front[1]!);
    if (t) title = t[1]!;
    if (d) published = d[1]!;
    src = src.slice(front[0].length);
  }
  let tokens: Token[];
  try {
    tokens = markdown().parse(src, {});
  } catch {
    // Best effort: markdown-it has not been seen to throw, but ingest must not fail on a file.
    return { text: src.trim(), title, published };
  }
  const r = new LineWriter(src.split('\n'));
  const stated = r.write(tokens);
  return { text: r.text(), title: title ?? stated, published };
}

/** Turns markdown-it's block tokens into lines of text. */
class LineWriter {
  private readonly lines: string[] = [];
  /** The marker of the list item whose first line comes next (`- `, `  1. `), or ''. */
  private marker = '';
  /** How deep in lists the writer is. */
  private lists = 0;

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
          this.block(text);
          break;
        }
        case 'paragraph_open':
          // A tight list's paragraphs are hidden: its items stand on consecutive lines.
          this.block(inlineText(tokens[++i]!), !t.hidden);
          break;
        case 'bullet_list_open':
        case 'ordered_list_open':
          if (this.lists++ === 0) this.blank();
          break;
        case 'bullet_list_close':
        case 'ordered_list_close':
          this.lists--;
          break;
        case 'list_item_open': {
          const indent = /^\s*/.exec(this.source[t.map?.[0] ?? -1] ?? '')![0];
          this.marker = `${indent}${t.info}${t.markup} `;
          break;
        }
        case 'fence':
        case 'code_block':
          this.block(t.content.replace(/\n$/, ''));
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

  /** The lines written, with runs of blank lines collapsed. */
  text(): string {
    return this.lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  }

  private blank(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  /** One block's text, after a blank line unless it continues a tight list (`separate` false). */
  private block(text: string, separate = true): void {
    if (separate) this.blank();
    this.lines.push(this.marker + text);
    this.marker = '';
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
