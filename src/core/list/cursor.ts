import { ApiError } from '../../shared/errors';
import type { ArticleSort, ListCursor } from '../../shared/api';
import { keyLength, type ListKey } from '../store/queries/article-list';

/**
 * List cursors: the sort order and the key of the row a page ended (or began) at, as
 * `order~base64url(JSON key)`, e.g. `published-desc~WyIyMDI1LTA0IiwiMjAy…`. Opaque to callers;
 * the order in it lets a cursor stand alone (`parallax list --after CURSOR`).
 */

/** Makes the cursor of the row with `key`. */
export function encodeCursor(sort: ArticleSort, key: ListKey): ListCursor {
  return `${sort}~${Buffer.from(JSON.stringify(key), 'utf8').toString('base64url')}` as ListCursor;
}

/**
 * Reads a cursor back. Throws `BAD_INPUT` for anything that is not a cursor of a known order,
 * or one made for another order than `sort` (when given).
 */
export function decodeCursor(x: unknown, sorts: readonly ArticleSort[], sort?: ArticleSort): { sort: ArticleSort; key: ListKey } {
  const bad = (): never => {
    throw new ApiError('BAD_INPUT', `api: not a list cursor: ${JSON.stringify(x)?.slice(0, 80)} (use a page's "next" or "prev")`);
  };
  if (typeof x !== 'string' || x.length > 4096) return bad();
  const cut = x.indexOf('~');
  const order = x.slice(0, cut) as ArticleSort;
  if (cut < 0 || !sorts.includes(order)) return bad();
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(x.slice(cut + 1), 'base64url').toString('utf8'));
  } catch {
    return bad();
  }
  if (!Array.isArray(key) || key.length !== keyLength(order) || !key.every((v) => typeof v === 'string' || typeof v === 'number')) return bad();
  if (sort && sort !== order) {
    throw new ApiError('BAD_INPUT', `api: this cursor belongs to the ${order} order, not ${sort}`);
  }
  return { sort: order, key: key as ListKey };
}
