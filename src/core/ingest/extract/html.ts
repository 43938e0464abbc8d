/**
 * HTML input: renders a page to the plain text a reader sees (the canonical text every block
 * offset points into), and reads the page's own metadata.
 *
 * Rendering is a small `innerText`: block elements start new lines, paragraphs and headings
 * stand apart with a blank line, `<br>` breaks, `script`/`style`/`template`/`svg` vanish, and
 * runs of white space collapse. The text then goes through the same line-based extraction as
 * plain text, so HTML and copied text behave alike. Metadata (title, author, site, date,
 * language) comes from `@mozilla/readability` and `<meta>`/JSON-LD, and is used as hints.
 * linkedom parses any tag soup without throwing; a page it cannot read renders as empty text.
 */
import { lazyModule } from '../../lazy-module';
import { replaceTracked, trimTracked, type MarkupSpan } from './markup';

const linkedom = lazyModule<typeof import('linkedom')>('linkedom');
const readability = lazyModule<typeof import('@mozilla/readability')>('@mozilla/readability');

/** Metadata a page states about itself. Every field may be missing. */
export interface HtmlMeta {
  title?: string;
  author?: string;
  site?: string;
  published?: string;
  lang?: string;
  /** What the markup says of the lines (`html-structure.ts` reads it against the text's lines). */
  structure?: HtmlStructure;
}

/**
 * What only the markup tells: the lines each `<nav>` renders (menus, breadcrumbs: never the
 * article's section or kicker), the one-line `<h1>`/`<h2>` headings in page order, and the
 * titles the page gives itself (`<title>`, `og:title`, Readability's title) a heading may agree with.
 */
export interface HtmlStructure {
  /** Each `<nav>`'s lines, in order. */
  navs: string[][];
  headings: { level: 1 | 2; text: string }[];
  titles: string[];
  /** The site's name as the page states it (`og:site_name`, Readability's), if any. */
  site?: string;
}

/** What `renderHtml` returns. */
export interface HtmlRender {
  text: string;
  meta: HtmlMeta;
  /** Where the body's headings, lists, items, quotes and preformatted text stand in `text`. */
  spans: MarkupSpan[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD', 'BUTTON', 'SELECT', 'INPUT']);
const PARAGRAPH = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'TABLE', 'UL', 'OL', 'DL', 'HR', 'ARTICLE', 'SECTION', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'MAIN']);
const BLOCK = new Set(['DIV', 'LI', 'DT', 'DD', 'TR', 'FIGCAPTION', 'FORM', 'FIELDSET', 'ADDRESS', 'CAPTION', 'DETAILS', 'SUMMARY', 'LEGEND']);
/** Pages above this size are cut: nobody reads 20 MB of markup as one article. */
const MAX_HTML_CHARS = 5_000_000;
/**
 * Element nesting past which Readability is not asked for the page's metadata. It reads the
 * `textContent` of every element, which costs the page's size times its depth: a 1 MB page of
 * 100,000 nested `<div>`s ran past the 30 s limit (30,000: 8 s of CPU). Real pages nest a few
 * dozen deep; the `<meta>` values still stand for the rest.
 */
const MAX_READABILITY_DEPTH = 1_000;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/** Elements whose place in the text is noted as structure (`markup.ts`). */
const SPAN_TAGS: Record<string, MarkupSpan['tag']> = {
  H1: 'h', H2: 'h', H3: 'h', H4: 'h', H5: 'h', H6: 'h', UL: 'ul', OL: 'ol', LI: 'li', BLOCKQUOTE: 'quote', PRE: 'pre',
};

/** Renders HTML to reader-visible text and reads its metadata. Never throws. */
export function renderHtml(html: string): HtmlRender {
  const source = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  let doc: Document;
  try {
    doc = linkedom().parseHTML(/<html[\s>]/i.test(source) ? source : `<!doctype html><html><body>${source}</body></html>`).document;
  } catch {
    // Best effort: linkedom has not been seen to throw, but a renderer must not take ingest down.
    return { text: source.replace(/<[^>]*>/g, ' ').replace(/[ \t]+/g, ' ').trim(), meta: {}, spans: [] };
  }
  const meta = readMeta(doc, source, !nestedDeeper(doc.documentElement as unknown as DomNode | null, MAX_READABILITY_DEPTH));
  const body = (doc.body ?? doc.documentElement) as unknown as DomNode | null;
  const spans: MarkupSpan[] = [];
  const text = body ? rendered(body, spans) : '';
  meta.structure = readStructure(doc, meta);
  return { text, meta, spans };
}

/** White space around a line break, and runs of blank lines: what the rendered text drops. */
const AROUND_BREAK = /[ \t\u00a0]*\n[ \t\u00a0]*/g;
const BLANK_RUN = /\n{3,}/g;

/**
 * The reader-visible text under `node`, with the page's line breaks. With `spans`, the
 * structural elements' places in that text are noted there too.
 */
function rendered(node: DomNode, spans?: MarkupSpan[]): string {
  const parts: string[] = [];
  walk(node, parts, false, spans);
  const raw = parts.join('');
  if (!spans || spans.length === 0) return raw.replace(AROUND_BREAK, '\n').replace(BLANK_RUN, '\n\n').trim();
  return trimTracked(replaceTracked(replaceTracked(raw, AROUND_BREAK, '\n', spans), BLANK_RUN, '\n\n', spans), spans);
}

/** Caps what the structure reads: a page of thousands of menus or headings is not a page to learn a headline from. */
const MAX_STRUCTURE_NODES = 200;

function readStructure(doc: Document, meta: HtmlMeta): HtmlStructure {
  const navs: string[][] = [];
  const ns = doc.querySelectorAll('nav');
  for (let i = 0; i < ns.length && i < MAX_STRUCTURE_NODES; i++) {
    const ls = rendered(ns[i] as unknown as DomNode).split('\n').map((l) => l.trim()).filter(Boolean);
    if (ls.length) navs.push(ls);
  }
  const headings: HtmlStructure['headings'] = [];
  const hs = doc.querySelectorAll('h1, h2');
  for (let i = 0; i < hs.length && i < MAX_STRUCTURE_NODES; i++) {
    const h = hs[i] as unknown as DomNode;
    const t = rendered(h);
    // A heading the page breaks over lines is no one line of the text to point at.
    if (t && !t.includes('\n')) headings.push({ level: h.nodeName.toUpperCase() === 'H1' ? 1 : 2, text: t });
  }
  const titles = [doc.querySelector('title')?.textContent ?? '', doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
    doc.querySelector('meta[name="twitter:title"]')?.getAttribute('content') ?? '', meta.title ?? '']
    .map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return meta.site ? { navs, headings, titles, site: meta.site } : { navs, headings, titles };
}

/**
 * The reader-visible text under `root`, in document order. Iterative, with the closing
 * separators on the same stack: a recursive walk overflowed the stack on a page nested some
 * ten thousand elements deep. With `spans`, each heading, list, item, quote and `<pre>` notes
 * where its text starts and ends (a number on the stack: the span to close).
 */
function walk(root: DomNode, out: string[], inPre: boolean, spans?: MarkupSpan[]): void {
  const stack: (readonly [DomNode, boolean] | string | number)[] = [[root, inPre]];
  let len = 0;
  const items = spans ? new Map<DomNode, number>() : null;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      len += item.length;
      continue;
    }
    if (typeof item === 'number') {
      spans![item]!.end = len;
      continue;
    }
    const [node, pre] = item;
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      const shown = pre ? t : t.replace(/\s+/g, ' ');
      out.push(shown);
      len += shown.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') { out.push('\n'); len++; continue; }
    const sep = PARAGRAPH.has(name) ? '\n\n' : BLOCK.has(name) ? '\n' : '';
    if (sep) { out.push(sep); len += sep.length; }
    if (name === 'IMG') continue;
    if (sep) stack.push(sep);
    const tag = spans ? SPAN_TAGS[name] : undefined;
    if (tag) {
      const span: MarkupSpan = { start: len, end: len, tag };
      if (tag === 'h') span.level = Number(name[1]);
      else if (tag === 'li') span.number = items!.get(node) ?? 1;
      else if (tag === 'ul' || tag === 'ol') numberItems(node, tag === 'ol', items!);
      stack.push(spans!.push(span) - 1);
    }
    const kids = node.childNodes;
    const kidPre = pre || name === 'PRE';
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, kidPre]);
  }
}

/** Numbers a list's items as a browser does: from the `ol`'s `start`, an item's `value` resetting the count. */
function numberItems(list: DomNode, ordered: boolean, into: Map<DomNode, number>): void {
  const start = ordered ? Number.parseInt(list.getAttribute?.('start') ?? '', 10) : NaN;
  let n = Number.isFinite(start) ? start : 1;
  const kids = list.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    if (k.nodeType !== 1 || k.nodeName.toUpperCase() !== 'LI') continue;
    const value = ordered ? Number.parseInt(k.getAttribute?.('value') ?? '', 10) : NaN;
    if (Number.isFinite(value)) n = value;
    into.set(k, n++);
  }
}

/** Whether any element under `root` is more than `limit` elements deep (iteratively: no stack to overflow). */
export function nestedDeeper(root: DomNode | null, limit: number): boolean {
  if (!root) return false;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i]!.nodeType === 1) stack.push([kids[i]!, depth + 1]);
  }
  return false;
}

function readMeta(doc: Document, source: string, readable: boolean): HtmlMeta {
  const meta: HtmlMeta = {};
  const pick = (sel: string): string | undefined => doc.querySelector(sel)?.getAttribute('content')?.trim() || undefined;
  meta.published = pick('meta[property="article:published_time"]') ?? pick('meta[name="date"]') ?? pick('meta[itemprop="datePublished"]');
  meta.site = pick('meta[property="og:site_name"]');
  meta.author = pick('meta[name="author"]');
  meta.title = pick('meta[property="og:title"]');
  const lang = doc.documentElement?.getAttribute('lang');
  if (lang) meta.lang = lang.slice(0, 2).toLowerCase();
  const ld = /"datePublished"\s*:\s*"([^"]+)"/.exec(source);
  if (!meta.published && ld) meta.published = ld[1];
  if (!readable) return meta;
  try {
    // Readability mutates the document it reads, so it gets its own copy.
    const copy = linkedom().parseHTML(source).document;
    const r = new (readability().Readability)(copy as unknown as Document).parse();
    if (r) {
      meta.title = r.title?.trim() || meta.title;
      meta.author = r.byline?.trim() || meta.author;
      meta.site = r.siteName?.trim() || meta.site;
      meta.published = r.publishedTime?.trim() || meta.published;
      if (r.lang && !meta.lang) meta.lang = r.lang.slice(0, 2).toLowerCase();
    }
  } catch {
    // Best effort: Readability throws on some malformed documents; the <meta> values stand.
  }
  return meta;
}
