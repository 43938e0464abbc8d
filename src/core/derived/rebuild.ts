/**
 * Brings every derived dataset to its declared version: a dataset never built, or built with
 * another version, is cleared and built again from the stored articles, in batches of
 * `BATCH_DOCS`; each batch commits together with how far the rebuild got (`derived_state`), so a
 * rebuild that is killed goes on where it stopped at the next open.
 */
import type { WriteDb } from '../store/db';
import { docAfter, getDerivedState, setDerivedState } from '../store/queries/derived-state';
import { ChangeBatch, type DerivedDataset } from './dataset';
import { DATASETS } from './datasets';

/** Articles per rebuild transaction: large enough that commits cost little, small enough that a kill loses little. */
const BATCH_DOCS = 500;

/** Connections on which every dataset is known to be complete (checked once per connection). */
const ready = new WeakSet<WriteDb>();

/** What `ensureDerived` did, per dataset it rebuilt. */
export interface RebuildReport {
  name: string;
  articles: number;
}

/**
 * Rebuilds (or finishes rebuilding) every dataset that is not complete at its version, and
 * returns what it rebuilt; nothing, and one small read, when all are current.
 */
export function ensureDerived(db: WriteDb, datasets: readonly DerivedDataset[] = DATASETS, onProgress?: RebuildProgress): RebuildReport[] {
  if (datasets === DATASETS && ready.has(db)) return [];
  const done: RebuildReport[] = [];
  for (const d of datasets) {
    const n = ensureDataset(db, d, onProgress);
    if (n !== null) done.push({ name: d.name, articles: n });
  }
  if (datasets === DATASETS) ready.add(db);
  return done;
}

/**
 * Told after each batch of a rebuild: the dataset, articles built so far and in all. A rebuild
 * of a large library takes a while, and the person waiting should see it move.
 */
export type RebuildProgress = (name: string, done: number, total: number) => void;

/** Brings one dataset to its version; returns how many articles it built, or null when it was current. */
export function ensureDataset(db: WriteDb, d: DerivedDataset, onProgress?: RebuildProgress): number | null {
  let state = getDerivedState(db, d.name);
  if (state && state.version === d.version && state.doneUpTo === null) return null;
  if (!state || state.version !== d.version) {
    state = { version: d.version, doneUpTo: 0 };
    db.transaction(() => {
      d.clear(db);
      setDerivedState(db, d.name, state!);
    })();
  }
  let after = state.doneUpTo ?? 0;
  let built = 0;
  const total = onProgress ? Number(db.prepare('SELECT count(*) FROM articles WHERE rowid > ?').pluck().get(after)) : 0;
  onProgress?.(d.name, 0, total);
  for (;;) {
    const upTo = d.build ? docAfter(db, after, BATCH_DOCS) : null;
    db.transaction(() => {
      if (upTo !== null) {
        const batch = new ChangeBatch();
        d.build!(db, { after, upTo }, batch);
        d.flush?.(db, batch);
      }
      setDerivedState(db, d.name, { version: d.version, doneUpTo: upTo });
    })();
    if (upTo === null) return built;
    built += Number(db.prepare('SELECT count(*) FROM articles WHERE rowid > ? AND rowid <= ?').pluck().get(after, upTo));
    onProgress?.(d.name, built, total);
    after = upTo;
  }
}

/** Clears one dataset and builds it again from the stored articles (a repair; the search bench). */
export function rebuildDataset(db: WriteDb, d: DerivedDataset): number {
  db.transaction(() => {
    d.clear(db);
    setDerivedState(db, d.name, { version: d.version, doneUpTo: 0 });
  })();
  return ensureDataset(db, d) ?? 0;
}
