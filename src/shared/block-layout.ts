/**
 * The structure a Markdown or HTML report's markup gives its body (`Block.markup`) as a tree of
 * headings, lists and quotes over block indices, for the views that show a report's body in
 * pieces of their own (the compare columns, the comparison's HTML export). The reader builds
 * its own richer tree (`renderer/src/lib/body-nodes.ts`) with the same nesting rules. Pure.
 */
import type { BlockMarkup, MarkupContainer } from './api/extraction';

/** One body block as a view lays it out: its index in `Article.blocks` and its markup, if any. */
export interface LayoutBlock {
  block: number;
  markup?: BlockMarkup;
}

/** A list item: the block that opens it (null when the item opens with a nested list) and what follows in it. */
export interface LayoutItem {
  block: number | null;
  /** The item's number in a numbered list, else null. */
  number: number | null;
  children: LayoutNode[];
}

/** A piece of the laid-out body: a block as a paragraph, heading or preformatted line, a list or a quote. */
export type LayoutNode =
  | { type: 'block'; block: number; as: 'p' | 'h2' | 'h3' | 'h4' | 'pre' }
  | { type: 'list'; ordered: boolean; items: LayoutItem[] }
  | { type: 'quote'; children: LayoutNode[] };

interface Frame {
  tag: 'body' | MarkupContainer;
  children: LayoutNode[];
  items?: LayoutItem[];
}

/**
 * Lays out `blocks` (in text order) in the containers their markup names, nested as there:
 * consecutive blocks in the same list or quote share it; a block that opens an item starts a
 * new item; a block without markup stands at the top. Plain text (no markup anywhere) comes out
 * as one paragraph per block.
 */
export function layoutTree(blocks: readonly LayoutBlock[]): LayoutNode[] {
  const body: LayoutNode[] = [];
  const frames: Frame[] = [{ tag: 'body', children: body }];
  for (const b of blocks) {
    const m = b.markup;
    const path = m?.path ?? [];
    let k = 0;
    while (k < path.length && k + 1 < frames.length && frames[k + 1]!.tag === path[k]) k++;
    frames.length = k + 1;
    for (let d = k; d < path.length; d++) {
      const parent = frames[frames.length - 1]!;
      const into = parent.items ? currentItem(parent.items).children : parent.children;
      const tag = path[d]!;
      if (tag === 'quote') {
        const node: LayoutNode = { type: 'quote', children: [] };
        into.push(node);
        frames.push({ tag, children: node.children });
      } else {
        const node: LayoutNode = { type: 'list', ordered: tag === 'ol', items: [] };
        into.push(node);
        frames.push({ tag, children: into, items: node.items });
      }
    }
    const top = frames[frames.length - 1]!;
    const as = m?.heading !== undefined ? (`h${Math.min(4, Math.max(2, m.heading))}` as 'h2' | 'h3' | 'h4') : m?.pre ? 'pre' : 'p';
    if (top.items && (m?.item !== undefined || top.items.length === 0)) {
      top.items.push({ block: b.block, number: top.tag === 'ol' ? (m?.item ?? null) : null, children: [] });
      continue;
    }
    const into = top.items ? currentItem(top.items).children : top.children;
    into.push({ type: 'block', block: b.block, as });
  }
  return body;
}

function currentItem(items: LayoutItem[]): LayoutItem {
  if (items.length === 0) items.push({ block: null, number: null, children: [] });
  return items[items.length - 1]!;
}
