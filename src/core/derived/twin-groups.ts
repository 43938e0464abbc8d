/**
 * Groups of near-duplicate copies, derived from the twin links (`near_duplicates`): each
 * connected group of linked reports collapses, in lists, under its earliest-added report (the
 * head), shown once with a "×N" badge and expandable to the copies.
 *
 * A derived dataset (see README.md): built in the order reports were added, kept current on
 * ingest by merging (a new report joins the group of its twins; a report that links two groups
 * merges them under the earlier head). A group only splits on a rebuild, which runs when
 * `TWIN_GROUPS_VERSION` changes: a link that goes away on re-extraction leaves the rest of its
 * group together, which errs on the side of collapsing what was once wire copy.
 */
import type { WriteDb } from '../store/db';
import { addedOrder, articleIdsBetween, clearTwinGroups, clearTwinHead, copiesOf, headsOfTwins, moveCopies, setTwinHead, twinHead } from '../store/queries/twins';
import type { DerivedDataset } from './dataset';

/** Bump when the grouping rule changes: every library rebuilds its groups once on open. */
export const TWIN_GROUPS_VERSION = 1;

/** The groups, declared for `core/derived` (after the near-duplicate links they are made of). */
export const twinGroupsDataset: DerivedDataset = {
  name: 'twin-groups',
  version: TWIN_GROUPS_VERSION,
  clear: clearTwinGroups,
  build(db, range) {
    // In the order they were added, each report joins (or merges) its twins' groups: the
    // earliest report of a group ends up its head, as it would on ingest.
    for (const id of articleIdsBetween(db, range.after, range.upTo)) joinTwinGroup(db, id);
  },
  onChange(db, change) {
    if (change.kind === 'added' || change.kind === 'restored') joinTwinGroup(db, change.id);
    else if (change.kind === 'trashed') leaveTwinGroup(db, change.id);
    else if (change.kind === 'extracted') {
      leaveTwinGroup(db, change.id);
      joinTwinGroup(db, change.id);
    }
  },
};

/**
 * Puts a report into the group of its twins (call after its links are written, inside the
 * same transaction). Groups its links join are merged under the earliest head.
 */
export function joinTwinGroup(db: WriteDb, id: string): void {
  const heads = new Set<string>(headsOfTwins(db, id));
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
