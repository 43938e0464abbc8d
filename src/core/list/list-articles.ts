import type { ArticlePage } from '../../shared/api';
import type { ReadDb } from '../store/db';
import { countArticles, countTrashed } from '../store/queries/article-reads';
import { countAnnotations } from '../store/queries/annotations';
import { countCopies } from '../store/queries/twins';
import {
  countList,
  listAfter,
  listAnchors,
  listBefore,
  listFirst,
  listFrom,
  listLast,
  listVersion,
  type ListKey,
  type ListRow,
  type ListSpec,
} from '../store/queries/article-list';
import { encodeCursor } from './cursor';
import type { ListRequest } from './query';

/**
 * Rows between two anchors. A page at any position starts from the anchor before it and skips
 * fewer than this many rows; one pass over an index makes 400 anchors for 100,000 reports.
 */
export const ANCHOR_STEP = 256;

interface Anchors {
  version: number;
  keys: ListKey[];
}

/** Anchors per connection and list, valid while the list version (migration 9) is unchanged. */
const anchorCache = new WeakMap<ReadDb, Map<string, Anchors>>();

function anchorsFor(db: ReadDb, spec: ListSpec): Anchors {
  let byList = anchorCache.get(db);
  if (!byList) anchorCache.set(db, (byList = new Map()));
  const id = `${spec.sort}/${spec.grouped}`;
  const version = listVersion(db);
  let a = byList.get(id);
  if (!a || a.version !== version) {
    a = { version, keys: listAnchors(db, spec, ANCHOR_STEP) };
    byList.set(id, a);
  }
  return a;
}

/** How many rows the list has: the reports, less the copies when grouped (both counts read an index alone). */
function rowCount(db: ReadDb, spec: ListSpec): number {
  if (spec.ids) return countList(db, spec);
  return spec.grouped ? countArticles(db) - countCopies(db) : countArticles(db);
}

/**
 * One page of the library list (see `ListQuery`). Each start reads by key: the first and last
 * pages from either end of the order's index, `after`/`before` from a cursor, an `offset` from
 * the nearest anchor. One row more than asked is read to know whether another page follows.
 */
export function listArticlesPage(db: ReadDb, req: ListRequest): ArticlePage {
  const spec: ListSpec = { sort: req.sort, grouped: req.grouped, ids: req.ids };
  const n = req.limit;
  let rows: ListRow[];
  let offset: number | null = null;
  let hasBefore: boolean;
  let hasAfter: boolean;
  const start = req.start;
  switch (start.at) {
    case 'offset': {
      // A list of given reports is short (MAX_IDS): walking it is cheaper than anchoring it.
      if (start.offset === 0 || spec.ids) rows = listFirst(db, spec, n + 1, start.offset);
      else {
        const anchors = anchorsFor(db, spec).keys;
        const i = Math.floor(start.offset / ANCHOR_STEP);
        const from = anchors[i];
        rows = from ? listFrom(db, spec, from, start.offset - i * ANCHOR_STEP, n + 1) : [];
      }
      offset = start.offset;
      hasBefore = start.offset > 0;
      hasAfter = rows.length > n;
      rows = rows.slice(0, n);
      break;
    }
    case 'after':
      rows = listAfter(db, spec, start.key, n + 1);
      hasBefore = true;
      hasAfter = rows.length > n;
      rows = rows.slice(0, n);
      break;
    case 'before':
      rows = listBefore(db, spec, start.key, n + 1);
      hasBefore = rows.length > n;
      hasAfter = true;
      rows = rows.slice(-n);
      break;
    case 'end':
      rows = listLast(db, spec, n + 1);
      hasBefore = rows.length > n;
      hasAfter = false;
      rows = rows.slice(-n);
      offset = rowCount(db, spec) - rows.length;
      break;
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    items: rows.map((r) => (req.grouped ? r.summary : { ...r.summary, copyCount: 0 })),
    total: countArticles(db),
    annotationTotal: countAnnotations(db),
    trashTotal: countTrashed(db),
    rows: rowCount(db, spec),
    offset,
    next: hasAfter && last ? encodeCursor(req.sort, last.key) : null,
    prev: hasBefore && first ? encodeCursor(req.sort, first.key) : null,
  };
}
