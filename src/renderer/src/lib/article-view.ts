import type { Block, Comment } from '../../../shared/api';

export { toBodyNodes, bodySpans, type BodyNode, type ListItemNode, type PreLine } from './body-nodes';

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

/** How many lines of removed page text the reader renders at a time once its fold is open. */
export const REMOVED_PAGE = 200;

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
