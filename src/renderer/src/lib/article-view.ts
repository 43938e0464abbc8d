import type { Block, BlockKind, Comment } from '../../../shared/api';

/** Kinds shown in the reader's metadata header (from the article's fields), not in the body. */
const HEADER_KINDS: ReadonlySet<BlockKind> = new Set(['title', 'kicker', 'dek', 'byline', 'date', 'section', 'tags']);

/**
 * One piece of the reader's body column. `key` is stable (a text offset) for keyed each;
 * `start` is where the shown `text` stands in `Article.text`, for painting search hits.
 */
export type BodyNode =
  | { type: 'paragraph'; key: number; start: number; text: string; dateline: string | null }
  | { type: 'heading'; key: number; start: number; text: string }
  | { type: 'list'; key: number; items: { key: number; start: number; text: string }[] }
  | { type: 'quote'; key: number; start: number; text: string; attribution: string | null }
  | { type: 'caption'; key: number; start: number; text: string; credit: string | null }
  | { type: 'credit'; key: number; start: number; text: string };

/**
 * Turns an article's blocks into what the body column shows: header/body regions only, the
 * metadata kinds left to the header, consecutive list items grouped into one list, a
 * dateline joined to the paragraph it opens, a credit line joined to the caption or quote before
 * it (and dropped when it repeats what that caption or quote already names).
 * List-item bullets the source typed (`– `, `• `) are dropped since the list draws its own.
 */
export function toBodyNodes(blocks: readonly Block[]): BodyNode[] {
  const nodes: BodyNode[] = [];
  let pendingDateline: { key: number; text: string } | null = null;
  for (const b of blocks) {
    if (b.region !== 'header' && b.region !== 'body') continue;
    if (HEADER_KINDS.has(b.kind)) continue;
    const last = nodes[nodes.length - 1];
    switch (b.kind) {
      case 'dateline':
        pendingDateline = { key: b.start, text: b.text.replace(/\s*[-–—]\s*$/, '') };
        continue;
      case 'paragraph':
        nodes.push({ type: 'paragraph', key: pendingDateline?.key ?? b.start, start: b.start, text: b.text, dateline: pendingDateline?.text ?? null });
        pendingDateline = null;
        continue;
      case 'heading':
        nodes.push({ type: 'heading', key: b.start, start: b.start, text: b.text });
        break;
      case 'list-item': {
        const text = b.text.replace(/^\s*[-–—•*·]\s+/, '');
        const item = { key: b.start, start: b.start + (b.text.length - text.length), text };
        if (last?.type === 'list') last.items.push(item);
        else nodes.push({ type: 'list', key: b.start, items: [item] });
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
        else if (last?.type === 'caption' && sameCredit(last.credit, b.text)) continue;
        // The line under a pull quote that names its speaker: part of the quote.
        else if (last?.type === 'quote' && !last.attribution) last.attribution = b.text;
        else if (last?.type === 'quote' && sameCredit(last.attribution, b.text)) continue;
        else nodes.push({ type: 'credit', key: b.start, start: b.start, text: b.text });
        break;
      default:
        // comment, boilerplate: other regions in practice; shown as plain text if they stray here.
        nodes.push({ type: 'paragraph', key: b.start, start: b.start, text: b.text, dateline: null });
    }
    if (pendingDateline) {
      // A dateline not followed by a paragraph still gets shown.
      nodes.splice(nodes.length - 1, 0, { type: 'paragraph', key: pendingDateline.key, start: pendingDateline.key, text: '', dateline: pendingDateline.text });
      pendingDateline = null;
    }
  }
  if (pendingDateline) nodes.push({ type: 'paragraph', key: pendingDateline.key, start: pendingDateline.key, text: '', dateline: pendingDateline.text });
  return nodes;
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

/** The parts of `Article.text` the body column shows, as `[start, end)` ranges. */
export function bodySpans(nodes: readonly BodyNode[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const n of nodes) {
    if (n.type === 'list') for (const i of n.items) spans.push([i.start, i.start + i.text.length]);
    else if (n.text) spans.push([n.start, n.start + n.text.length]);
  }
  return spans;
}

/** A comment with the replies to it, in page order. */
export interface CommentNode {
  index: number;
  comment: Comment;
  replies: CommentNode[];
}

/**
 * Builds the comment threads from `replyTo` indices. A reply whose parent is missing (or
 * points forward, or at itself) is shown at top level rather than dropped.
 */
export function toCommentThreads(comments: readonly Comment[]): CommentNode[] {
  const nodes = comments.map((comment, index) => ({ index, comment, replies: [] as CommentNode[] }));
  const roots: CommentNode[] = [];
  for (const node of nodes) {
    const parent = node.comment.replyTo;
    const target = parent !== null && parent >= 0 && parent < node.index ? nodes[parent] : undefined;
    if (target) target.replies.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The boilerplate blocks ("removed page text"), in page order. */
export function removedBlocks(blocks: readonly Block[]): Block[] {
  return blocks.filter((b) => b.region === 'boilerplate');
}

/** A header field the reader shows with its search hits marked: where its text stands in `Article.text`. */
export interface HeaderSpan {
  kind: 'title' | 'kicker' | 'dek';
  start: number;
  end: number;
}

/**
 * The header fields whose text is a block of the article (the first of each kind, word for word
 * the field shown), as core's `shownHitRanges` counts them: the hits there are marked in the
 * header and counted in "i of n"; a field that is not (an edited or derived title) shows none.
 */
export function headerSpans(article: { blocks: readonly Block[]; title: string; kicker: string | null; dek: string | null }): HeaderSpan[] {
  const out: HeaderSpan[] = [];
  for (const b of article.blocks) {
    if (b.region !== 'header' && b.region !== 'body') continue;
    if (b.kind !== 'title' && b.kind !== 'kicker' && b.kind !== 'dek') continue;
    if (out.some((s) => s.kind === b.kind) || b.text !== article[b.kind]) continue;
    out.push({ kind: b.kind, start: b.start, end: b.end });
  }
  return out;
}
