import { ApiError } from '../../shared/errors';
import type { ArticleSort } from '../../shared/api';
import type { ListKey } from '../store/queries/article-list';
import { decodeCursor } from './cursor';
import { notice } from '../../shared/api/notices';
import { codedError } from '../../shared/i18n';

/** The sort orders of the library list. */
export const LIST_SORTS: readonly ArticleSort[] = ['published-desc', 'published-asc', 'added-desc', 'title-asc'];

/** Most rows one page may ask for. */
export const MAX_LIST = 5000;

/** Most reports a list of given ids (a story's) may name. */
export const MAX_IDS = 10_000;

/** Rows a page has when the caller does not say. */
export const DEFAULT_LIMIT = 500;

/** Where a page starts. */
export type ListStart = { at: 'offset'; offset: number } | { at: 'after' | 'before'; key: ListKey } | { at: 'end' };

/** A validated `ListQuery`. */
export interface ListRequest {
  sort: ArticleSort;
  limit: number;
  grouped: boolean;
  /** Only these reports, when given. */
  ids?: string[] | undefined;
  start: ListStart;
}

function bad(message: string): never {
  throw new ApiError('BAD_INPUT', message);
}

/**
 * Parses what `listArticles` was given. Throws `BAD_INPUT` naming the field for an unknown
 * sort, a limit out of range, a negative offset, a malformed cursor, or two starting points.
 */
export function parseListQuery(x: unknown): ListRequest {
  if (x === undefined || x === null) return { sort: 'published-desc', limit: DEFAULT_LIMIT, grouped: false, start: { at: 'offset', offset: 0 } };
  if (typeof x !== 'object' || Array.isArray(x)) bad('api: list query must be an object');
  const q = x as Record<string, unknown>;
  if (q.sort !== undefined && !LIST_SORTS.includes(q.sort as ArticleSort)) {
    throw codedError('BAD_INPUT', notice('query.unknown-sort', { scope: 'api', value: JSON.stringify(q.sort), allowed: [...LIST_SORTS] }));
  }
  const limit = q.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > MAX_LIST) throw codedError('BAD_INPUT', notice('query.limit-range', { scope: 'api', max: MAX_LIST }));
  const offset = q.offset ?? 0;
  if (!Number.isInteger(offset) || (offset as number) < 0) throw codedError('BAD_INPUT', notice('query.offset-negative', { scope: 'api' }));
  if (q.fromEnd !== undefined && typeof q.fromEnd !== 'boolean') bad('api: fromEnd must be true or false');
  if (q.groupCopies !== undefined && typeof q.groupCopies !== 'boolean') bad('api: groupCopies must be true or false');
  const starts = [q.after !== undefined, q.before !== undefined, q.fromEnd === true, (offset as number) > 0].filter(Boolean).length;
  if (starts > 1) bad('api: give one of offset, after, before or fromEnd');
  let sort = (q.sort as ArticleSort | undefined) ?? 'published-desc';
  let start: ListStart = { at: 'offset', offset: offset as number };
  for (const at of ['after', 'before'] as const) {
    if (q[at] === undefined) continue;
    const c = decodeCursor(q[at], LIST_SORTS, q.sort as ArticleSort | undefined);
    sort = c.sort;
    start = { at, key: c.key };
  }
  if (q.fromEnd === true) start = { at: 'end' };
  if (q.ids !== undefined) {
    if (!Array.isArray(q.ids) || q.ids.length > MAX_IDS || !q.ids.every((id) => typeof id === 'string' && /^[0-9a-f]{12,64}$/.test(id))) {
      bad(`api: ids must be a list of at most ${MAX_IDS.toLocaleString('en')} article ids`);
    }
  }
  return { sort, limit: limit as number, grouped: q.groupCopies === true, ids: q.ids as string[] | undefined, start };
}
