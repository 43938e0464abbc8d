import type { Block, BlockKind, MarkupContainer } from '../../../shared/api';

/** Kinds shown in the reader's metadata header (from the article's fields), not in the body. */
const HEADER_KINDS: ReadonlySet<BlockKind> = new Set(['title', 'kicker', 'dek', 'byline', 'date', 'section', 'tags']);

/** One item of a list: its own text (the marker the source typed left out) and what it holds after it. */
export interface ListItemNode {
  key: number;
  start: number;
  text: string;
  /** The item's number in a numbered list, else null. */
  number: number | null;
  /** Later lines of the item's first paragraph (the source wrapped it), each its own run. */
  more?: Run[];
  /** Further paragraphs of the item and the lists nested in it. */
  children: BodyNode[];
}

/** A stretch of `Article.text` shown as one run: where it starts, and its text. */
export interface Run {
  start: number;
  text: string;
}

/** One line of preformatted text; `gap` is the line breaks before it (none for the first). */
export interface PreLine {
  key: number;
  start: number;
  text: string;
  gap: string;
}

/**
 * One piece of the reader's body column. `key` is stable (a text offset) for keyed each;
 * `start` is where the shown `text` stands in `Article.text`, for painting search hits.
 * `list` is either the markup's (`markup`: numbered or not, nested) or a run of lines the
 * extractor typed as list items in plain text (bulleted, flat); `blockquote` is a quote the
 * markup states, holding any nodes; `quote` is a pull quote found in plain text.
 */
export type BodyNode =
  | { type: 'paragraph'; key: number; start: number; text: string; dateline: string | null; more?: Run[] }
  | { type: 'heading'; key: number; start: number; text: string; level: 2 | 3 | 4 }
  | { type: 'list'; key: number; ordered: boolean; markup: boolean; items: ListItemNode[] }
  | { type: 'quote'; key: number; start: number; text: string; attribution: string | null }
  | { type: 'blockquote'; key: number; children: BodyNode[] }
  | { type: 'pre'; key: number; lines: PreLine[] }
  | { type: 'caption'; key: number; start: number; text: string; credit: string | null }
  | { type: 'credit'; key: number; start: number; text: string };

type ListNode = Extract<BodyNode, { type: 'list' }>;

/** A container open while the blocks are read: the body itself, a quote, or a list (its last item open). */
interface Frame {
  tag: 'body' | MarkupContainer;
  children: BodyNode[];
  list?: ListNode;
}

/** Bullets and numbers a source types before an item's text; the list draws its own. */
const ITEM_MARKER = /^\s*(?:[-+*•–—·▪◦‣]|\d{1,9}[.)])\s+/u;
const BULLET = /^\s*[-–—•*·]\s+/;

/**
 * Turns an article's blocks into what the body column shows: header/body regions only, the
 * metadata kinds left to the header. Blocks with `markup` (a Markdown or HTML report) stand in
 * the quotes and lists it names, nested as there, with their heading levels and preformatted
 * lines. Plain text as the extractor typed it: consecutive list items grouped into one list, a
 * dateline joined to the paragraph it opens, a credit line joined to the caption or quote before
 * it (and dropped when it repeats what that caption or quote already names).
 */
export function toBodyNodes(blocks: readonly Block[]): BodyNode[] {
  const body: BodyNode[] = [];
  const frames: Frame[] = [{ tag: 'body', children: body }];
  const pending: { dateline: { key: number; text: string } | null } = { dateline: null };
  for (const b of blocks) {
    if (b.region !== 'header' && b.region !== 'body') continue;
    if (HEADER_KINDS.has(b.kind)) continue;
    const m = b.markup;
    const path = m?.path ?? [];
    // Keep the open containers the block still stands in; a new item of an outer list closes the inner ones.
    let k = 0;
    while (k < path.length && k + 1 < frames.length && frames[k + 1]!.tag === path[k]) k++;
    frames.length = k + 1;
    for (let d = k; d < path.length; d++) frames.push(openFrame(frames[frames.length - 1]!, path[d]!, b.start));
    const top = frames[frames.length - 1]!;
    if (m?.joins && joinLine(top, b)) continue;
    if (top.list) {
      const items = top.list.items;
      const item = items[items.length - 1];
      if (m?.item !== undefined || !item) {
        const text = b.text.replace(ITEM_MARKER, '');
        items.push({ key: b.start, start: b.start + (b.text.length - text.length), text, number: top.list.ordered ? (m?.item ?? null) : null, children: [] });
        continue;
      }
      pushLeaf(item.children, b, true, pending);
      continue;
    }
    pushLeaf(top.children, b, path.length > 0, pending);
  }
  if (pending.dateline) body.push({ type: 'paragraph', key: pending.dateline.key, start: pending.dateline.key, text: '', dateline: pending.dateline.text });
  return body;
}

/**
 * Adds a later line of a wrapped paragraph to the paragraph (or list item) it goes on, as its
 * own run after a space. A first line the extractor read as a heading or pull quote was that
 * paragraph's start. False when there is nothing to join (the line stands on its own).
 */
function joinLine(top: Frame, b: Block): boolean {
  const run = { start: b.start, text: b.text };
  if (top.list) {
    const item = top.list.items[top.list.items.length - 1];
    if (!item) return false;
    if (item.children.length === 0) {
      (item.more ??= []).push(run);
      return true;
    }
    return joinTo(item.children, run);
  }
  return joinTo(top.children, run);
}

function joinTo(nodes: BodyNode[], run: Run): boolean {
  const last = nodes[nodes.length - 1];
  if (last?.type === 'paragraph') (last.more ??= []).push(run);
  else if (last?.type === 'heading' || last?.type === 'quote') nodes[nodes.length - 1] = { type: 'paragraph', key: last.key, start: last.start, text: last.text, dateline: null, more: [run] };
  else return false;
  return true;
}

/** Opens a quote or list inside `parent` (in its last item, for a list) at offset `key`. */
function openFrame(parent: Frame, tag: MarkupContainer, key: number): Frame {
  let into = parent.children;
  if (parent.list) {
    const items = parent.list.items;
    // A list or quote opening an item (`<li><ul>…`): the item has no text of its own.
    if (items.length === 0) items.push({ key, start: key, text: '', number: null, children: [] });
    into = items[items.length - 1]!.children;
  }
  if (tag === 'quote') {
    const node: BodyNode = { type: 'blockquote', key, children: [] };
    into.push(node);
    return { tag, children: node.children };
  }
  const list: ListNode = { type: 'list', key, ordered: tag === 'ol', markup: true, items: [] };
  into.push(list);
  return { tag, children: into, list };
}

/**
 * Adds one block's node to `nodes`. Inside the markup's containers (`contained`) its kinds are
 * the markup's: a line the extractor took for a heading, list item or pull quote there is a
 * paragraph of the quote or item.
 */
function pushLeaf(nodes: BodyNode[], b: Block, contained: boolean, pending: { dateline: { key: number; text: string } | null }): void {
  const last = nodes[nodes.length - 1];
  const m = b.markup;
  if (m?.heading !== undefined) {
    nodes.push({ type: 'heading', key: b.start, start: b.start, text: b.text, level: Math.min(4, Math.max(2, m.heading)) as 2 | 3 | 4 });
    return;
  }
  if (m?.pre) {
    const line = { key: b.start, start: b.start, text: b.text, gap: '' };
    if (last?.type === 'pre') {
      const prev = last.lines[last.lines.length - 1]!;
      line.gap = b.start - (prev.start + prev.text.length) > 1 ? '\n\n' : '\n';
      last.lines.push(line);
    } else nodes.push({ type: 'pre', key: b.start, lines: [line] });
    return;
  }
  const kind = contained && (b.kind === 'heading' || b.kind === 'list-item' || b.kind === 'quote') ? 'paragraph' : b.kind;
  switch (kind) {
    case 'dateline':
      pending.dateline = { key: b.start, text: b.text.replace(/\s*[-–—]\s*$/, '') };
      return;
    case 'paragraph':
      nodes.push({ type: 'paragraph', key: pending.dateline?.key ?? b.start, start: b.start, text: b.text, dateline: pending.dateline?.text ?? null });
      pending.dateline = null;
      return;
    case 'heading':
      nodes.push({ type: 'heading', key: b.start, start: b.start, text: b.text, level: 2 });
      break;
    case 'list-item': {
      const text = b.text.replace(BULLET, '');
      const item = { key: b.start, start: b.start + (b.text.length - text.length), text, number: null, children: [] };
      if (last?.type === 'list' && !last.markup) last.items.push(item);
      else nodes.push({ type: 'list', key: b.start, ordered: false, markup: false, items: [item] });
      break;
    }
    case 'quote':
      nodes.push({ type: 'quote', key: b.start, start: b.start, text: b.text, attribution: b.attribution ?? null });
      break;
    case 'caption':
      nodes.push({ type: 'caption', key: b.start, start: b.start, text: withoutCredit(b.text, b.credit), credit: b.credit ?? null });
      break;
    case 'credit':
      if (last?.type === 'caption' && !last.credit) last.credit = b.text;
      else if (last?.type === 'caption' && sameCredit(last.credit, b.text)) return;
      // The line under a pull quote that names its speaker: part of the quote.
      else if (last?.type === 'quote' && !last.attribution) last.attribution = b.text;
      else if (last?.type === 'quote' && sameCredit(last.attribution, b.text)) return;
      else nodes.push({ type: 'credit', key: b.start, start: b.start, text: b.text });
      break;
    default:
      // comment, boilerplate: other regions in practice; shown as plain text if they stray here.
      nodes.push({ type: 'paragraph', key: b.start, start: b.start, text: b.text, dateline: null });
  }
  if (pending.dateline) {
    // A dateline not followed by a paragraph still gets shown.
    nodes.splice(nodes.length - 1, 0, { type: 'paragraph', key: pending.dateline.key, start: pending.dateline.key, text: '', dateline: pending.dateline.text });
    pending.dateline = null;
  }
}

/** Drops a trailing "(Foto: X)" from a caption whose credit X is shown on its own line. */
function withoutCredit(text: string, credit: string | undefined): string {
  if (!credit) return text;
  const m = /\s*\((?:foto|photo|bild|©)?:?\s*([^()]*)\)\s*$/i.exec(text);
  return m && sameCredit(credit, m[1] ?? '') ? text.slice(0, m.index) : text;
}

/** True when two photo credits say the same apart from a © sign, "Foto:" and spacing. */
function sameCredit(a: string | null, b: string): boolean {
  const norm = (s: string) => s.replace(/^\s*(?:©|\(c\)|foto:|photo:)\s*/i, '').replace(/[()\s]+/g, ' ').trim().toLowerCase();
  return a !== null && norm(a) === norm(b);
}

/** The parts of `Article.text` the body column shows, as `[start, end)` ranges, in order. */
export function bodySpans(nodes: readonly BodyNode[]): [number, number][] {
  const spans: [number, number][] = [];
  const add = (list: readonly BodyNode[]): void => {
    for (const n of list) {
      if (n.type === 'list') {
        for (const i of n.items) {
          if (i.text) spans.push([i.start, i.start + i.text.length]);
          for (const r of i.more ?? []) spans.push([r.start, r.start + r.text.length]);
          add(i.children);
        }
      } else if (n.type === 'blockquote') add(n.children);
      else if (n.type === 'pre') for (const l of n.lines) spans.push([l.start, l.start + l.text.length]);
      else {
        if (n.text) spans.push([n.start, n.start + n.text.length]);
        if (n.type === 'paragraph') for (const r of n.more ?? []) spans.push([r.start, r.start + r.text.length]);
      }
    }
  };
  add(nodes);
  return spans;
}
