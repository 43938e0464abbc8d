/**
 * Groups of near-duplicate copies, derived from the twin links (`near_duplicates`): each
 * connected group of linked reports collapses, in lists, under its earliest-added report (the
 * head), shown once with a "×N" badge and expandable to the copies.
 *
 * Kept current on ingest by merging (a new report joins the group of its twins; a report that
 * links two groups merges them under the earlier head). A group only splits on a rebuild, which
 * runs when `TWIN_GROUPS_VERSION` changes: a link that goes away on re-extraction leaves the
 * rest of its group together, which errs on the side of collapsing what was once wire copy.
 */
import type { WriteDb } from '../store/db';
import { getTwins } from '../store/queries/duplicates';
import { getMeta, setMeta } from '../store/queries/meta';
import { addedOrder, clearTwinGroups, clearTwinHead, copiesOf, moveCopies, setTwinHead, twinHead } from '../store/queries/twins';

/** Bump when the grouping rule changes: every library rebuilds its groups once on open. */
export const TWIN_GROUPS_VERSION = 1;
const META_KEY = 'twin_groups_version';

/** Rebuilds the groups when the library's were made by another version of the rule. */
export function ensureTwinGroups(db: WriteDb): void {
  if (getMeta(db, META_KEY) === String(TWIN_GROUPS_VERSION)) return;
  db.transaction(() => {
    rebuildTwinGroups(db);
    setMeta(db, META_KEY, String(TWIN_GROUPS_VERSION));
  })();
}

/**
 * Recomputes every group from the links: union-find over the reports in the order they were
 * added, so each group's root is its earliest report. Call inside a transaction.
 */
export function rebuildTwinGroups(db: WriteDb): void {
  const index = new Map<string, number>();
  const ids: string[] = [];
  for (const [id] of db.prepare('SELECT id FROM articles ORDER BY rowid').raw().iterate() as Iterable<[string]>) {
    index.set(id, ids.length);
    ids.push(id);
  }
  const parent = Int32Array.from(ids, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const [a, b] of db.prepare('SELECT a, b FROM near_duplicates').raw().iterate() as Iterable<[string, string]>) {
    const ia = index.get(a);
    const ib = index.get(b);
    if (ia === undefined || ib === undefined) continue;
    const ra = find(ia);
    const rb = find(ib);
    // The smaller index is the earlier report: it stays the root.
    if (ra < rb) parent[rb] = ra;
    else if (rb < ra) parent[ra] = rb;
  }
  clearTwinGroups(db);
  for (let i = 0; i < ids.length; i++) {
    const root = find(i);
    if (root !== i) setTwinHead(db, ids[i]!, ids[root]!);
  }
}

/**
 * Puts a report into the group of its twins (call after its links are written, inside the
 * same transaction). Groups its links join are merged under the earliest head.
 */
export function joinTwinGroup(db: WriteDb, id: string): void {
  const heads = new Set(getTwins(db, id).map((t) => twinHead(db, t.id)));
  if (heads.size === 0) return;
  heads.add(twinHead(db, id));
  let first = id;
  let firstOrder = Infinity;
  for (const h of heads) {
    const order = addedOrder(db, h) ?? Infinity;
    if (order < firstOrder) [first, firstOrder] = [h, order];
  }
  for (const h of heads) {
    if (h === first) continue;
    moveCopies(db, h, first);
    setTwinHead(db, h, first);
  }
  if (twinHead(db, id) !== first && id !== first) setTwinHead(db, id, first);
}

/**
 * Takes a report out of its group before its links are recomputed (re-extraction): a copy
 * just leaves; a head hands its copies to the earliest of them.
 */
export function leaveTwinGroup(db: WriteDb, id: string): void {
  clearTwinHead(db, id);
  const copies = copiesOf(db, id);
  const [next] = copies;
  if (!next) return;
  moveCopies(db, id, next);
  clearTwinHead(db, next);
}
