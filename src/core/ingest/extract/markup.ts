/**
 * The block structure a report's markup states — headings and their level, lists (bulleted or
 * numbered, nested), list items, block quotes, preformatted text — kept beside the canonical
 * text rather than in it. The renderers (`html.ts`, `markdown.ts`) note where each element's
 * text stands as they write the text (`MarkupSpan`), move those offsets along through their
 * white-space clean-up (`replaceTracked`, `trimTracked`), and `applyMarkup` gives each body block
 * the structure around it (`Block.markup`). The text, and with it search, comparison and
 * annotation offsets, is exactly what it was without this.
 */
import type { Block, BlockMarkup, MarkupContainer } from '../../../shared/api';
import type { Line } from './segment';

/** Where one element's text stands in the text being written: `[start, end)`. */
export interface MarkupSpan {
  start: number;
  end: number;
  /** `p`: a paragraph the source wraps over several lines (its later lines join the first). */
  tag: 'h' | 'li' | 'pre' | 'p' | MarkupContainer;
  /** A heading's level (1–6). */
  level?: number;
  /** A list item's number in its list (from 1, or the `ol`'s start). */
  number?: number;
}

/**
 * Kinds a body block takes the markup's structure for: the body's, and a credit (a quote's
 * attribution stays in its quote); a caption keeps its own place.
 */
const STRUCTURED_KINDS = new Set<Block['kind']>(['paragraph', 'heading', 'list-item', 'quote', 'credit']);

/**
 * `s.replace(re, to)` (`re` global), moving every offset of `spans` to where its character
 * went; an offset inside a replaced stretch goes to the replacement's start plus as much of
 * the stretch as the replacement keeps.
 */
export function replaceTracked(s: string, re: RegExp, to: string, spans: MarkupSpan[]): string {
  const at: number[] = [];
  const len: number[] = [];
  const out = s.replace(re, (m: string, ...rest: unknown[]) => {
    const i = rest[rest.length - 2] as number;
    at.push(i);
    len.push(m.length);
    return to;
  });
  if (at.length === 0) return out;
  // shift[k]: how far the text before stretch k moved (k replacements of `to` for what they held).
  const shift: number[] = [0];
  for (let k = 0; k < at.length; k++) shift.push(shift[k]! + to.length - len[k]!);
  const move = (p: number): number => {
    // The last stretch starting at or before p (binary search: a page has thousands).
    let lo = 0, hi = at.length - 1, k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! <= p) { k = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (k < 0) return p;
    if (p >= at[k]! + len[k]!) return p + shift[k + 1]!;
    return at[k]! + shift[k]! + Math.min(p - at[k]!, to.length);
  };
  for (const sp of spans) {
    sp.start = move(sp.start);
    sp.end = move(sp.end);
  }
  return out;
}

/** `s.trim()`, moving `spans`' offsets along (and keeping them inside the trimmed text). */
export function trimTracked(s: string, spans: MarkupSpan[]): string {
  const out = s.trim();
  if (out.length === s.length) return out;
  const lead = s.length - s.trimStart().length;
  const clamp = (p: number) => Math.max(0, Math.min(out.length, p - lead));
  for (const sp of spans) {
    sp.start = clamp(sp.start);
    sp.end = clamp(sp.end);
  }
  return out;
}

/**
 * Gives each body block of a structured kind the structure of the spans around its start
 * (`Block.markup`), in place. `blocks` are in text order; the spans nest as the elements did.
 */
export function applyMarkup(blocks: Block[], spans: readonly MarkupSpan[]): void {
  if (spans.length === 0) return;
  // Outer elements first where two start together (a list opening a quote), as they were opened.
  const order = spans.map((s, i) => ({ s, i })).sort((a, b) => a.s.start - b.s.start || b.s.end - a.s.end || a.i - b.i).map((x) => x.s);
  const open: MarkupSpan[] = [];
  const around: { block: Block; open: MarkupSpan[] }[] = [];
  let j = 0;
  for (const b of blocks) {
    while (open.length > 0 && open[open.length - 1]!.end <= b.start) open.pop();
    while (j < order.length && order[j]!.start <= b.start) {
      const s = order[j++]!;
      while (open.length > 0 && open[open.length - 1]!.end <= s.start) open.pop();
      if (s.end > b.start) open.push(s);
    }
    if (b.region === 'body' && STRUCTURED_KINDS.has(b.kind)) around.push({ block: b, open: open.length <= 2 * MAX_DEPTH ? [...open] : [...open.slice(0, MAX_DEPTH), ...open.slice(-MAX_DEPTH)] });
  }
  const wrappers = wrappersOf(around.map((a) => a.open));
  const opened = new Set<MarkupSpan>();
  let para: MarkupSpan | null = null;
  for (const a of around) {
    const m = markupOf(wrappers.size ? a.open.filter((s) => !wrappers.has(s)) : a.open, opened) ?? {};
    // A later line of a wrapped paragraph whose line before is in the body too joins it.
    const p = a.open.findLast((s) => s.tag === 'p') ?? null;
    if (p && p === para && m.item === undefined) m.joins = true;
    para = p;
    if (Object.keys(m).length > 0) a.block.markup = m;
  }
}

/**
 * Containers kept in a block's `path`, outermost first. Reading needs a few levels, and a block's
 * stored path grows with the nesting: 2,000 nested Markdown items made every line's path 2,000
 * long (millions of entries, stored per block).
 */
const MAX_DEPTH = 8;

/** Fewest body blocks a lone item or quote must hold all of to be read as the page's layout. */
const MIN_WRAPPED = 4;

/**
 * A single list item or quote that holds the whole body (with the list around the item) is the
 * page's layout, not its structure: some pages set the article in one `<li>` or `<blockquote>`.
 */
function wrappersOf(stacks: readonly MarkupSpan[][]): Set<MarkupSpan> {
  const out = new Set<MarkupSpan>();
  if (stacks.length < MIN_WRAPPED) return out;
  const first = stacks[0]!;
  first.forEach((s, k) => {
    if ((s.tag !== 'li' && s.tag !== 'quote') || !stacks.every((st) => st.includes(s))) return;
    out.add(s);
    const parent = first[k - 1];
    if (s.tag === 'li' && parent && (parent.tag === 'ul' || parent.tag === 'ol')) out.add(parent);
  });
  return out;
}

/** The structure the open spans (outermost first) give a block; null when they give none. */
function markupOf(open: readonly MarkupSpan[], opened: Set<MarkupSpan>): BlockMarkup | null {
  const m: BlockMarkup = {};
  const path: MarkupContainer[] = [];
  let item: MarkupSpan | null = null;
  for (const s of open) {
    if (s.tag === 'h') m.heading = s.level;
    else if (s.tag === 'pre') m.pre = true;
    else if (s.tag === 'li') item = s;
    else if (s.tag === 'p') continue;
    else {
      path.push(s.tag);
      // A list item counts as opened by this block only if nothing but the item stands between them.
      item = null;
    }
  }
  // Deeper lists and quotes read as the deepest kept one: its items go on as siblings there.
  if (path.length > 0) m.path = path.length > MAX_DEPTH ? path.slice(0, MAX_DEPTH) : path;
  if (item && !opened.has(item)) {
    opened.add(item);
    m.item = item.number ?? 1;
  }
  return m.heading !== undefined || m.pre || m.path || m.item !== undefined ? m : null;
}

/**
 * The lines that stand inside a heading, list item, quote or code block of `spans` (indices
 * into `lines`, both in text order). A Markdown report's author put them in its structure, so
 * inside the article they are the article's, however short (`analyze.ts`).
 */
export function structuredLines(lines: readonly Line[], spans: readonly MarkupSpan[]): Set<number> {
  const out = new Set<number>();
  const inner = spans.filter((s) => s.tag !== 'ul' && s.tag !== 'ol' && s.tag !== 'p' && s.end > s.start).sort((a, b) => a.start - b.start);
  let j = 0;
  let reach = -1;
  for (const l of lines) {
    while (j < inner.length && inner[j]!.start <= l.start) reach = Math.max(reach, inner[j++]!.end);
    if (l.start < reach) out.add(l.i);
  }
  return out;
}
