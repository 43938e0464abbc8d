/**
 * Brings every derived dataset to its declared version: a dataset never built, or built with
 * another version, is cleared and built again from the stored articles, in batches of
 * `BATCH_DOCS`; each batch commits together with how far the rebuild got (`derived_state`), so a
 * rebuild that is killed goes on where it stopped at the next open.
 *
 * The work is a sequence of steps (one batch each): `ensureDerived` runs them at once, for a
 * library that cannot be used before; `rebuildDerived` runs them with a turn for other calls
 * between batches and says after each how far it got (`background.ts` does that for hosts).
 */
import type { RebuildStatus } from '../../shared/events';
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

/** How far one dataset's rebuild got after a step: articles up to the last batch, of all. */
type Step = Omit<RebuildStatus, 'dataset'>;

/** True when `d` is complete at its version (one small read). */
export function isCurrent(db: WriteDb, d: DerivedDataset): boolean {
  const state = getDerivedState(db, d.name);
  return state !== undefined && state !== null && state.version === d.version && state.doneUpTo === null;
}

/** The datasets that are not complete at their version, in the order they must be built. */
export function outdated(db: WriteDb, datasets: readonly DerivedDataset[] = DATASETS): DerivedDataset[] {
  if (datasets === DATASETS && ready.has(db)) return [];
  return datasets.filter((d) => !isCurrent(db, d));
}

/**
 * Rebuilds (or finishes rebuilding) every dataset that is not complete at its version, and
 * returns what it rebuilt; nothing, and one small read, when all are current.
 */
export function ensureDerived(db: WriteDb, datasets: readonly DerivedDataset[] = DATASETS): RebuildReport[] {
  const done: RebuildReport[] = [];
  for (const d of outdated(db, datasets)) done.push({ name: d.name, articles: runToEnd(datasetSteps(db, d)) ?? 0 });
  if (datasets === DATASETS) ready.add(db);
  return done;
}

/** What `rebuildDerived` takes. */
export interface RebuildOptions {
  datasets?: readonly DerivedDataset[];
  /** After each committed batch (and once at the start of each dataset with articles). */
  onProgress?: (status: RebuildStatus) => void;
  /** When a dataset is complete, before the next one starts. */
  onDatasetReady?: (d: DerivedDataset) => void;
  /** Awaited between batches; default: one turn of the event loop, so other calls are answered. */
  pause?: () => Promise<void>;
  /** Articles per batch; default `BATCH_DOCS`. */
  batchDocs?: number;
}

/**
 * The same work as `ensureDerived`, a batch at a time with a pause between batches, reporting
 * progress. A kill between batches loses nothing committed; the next open goes on.
 */
export async function rebuildDerived(db: WriteDb, opts: RebuildOptions = {}): Promise<RebuildReport[]> {
  const datasets = opts.datasets ?? DATASETS;
  const pause = opts.pause ?? (() => new Promise<void>((r) => setImmediate(r)));
  const done: RebuildReport[] = [];
  for (const d of outdated(db, datasets)) {
    const steps = datasetSteps(db, d, opts.batchDocs);
    let next = steps.next();
    while (!next.done) {
      if (next.value.total > 0) opts.onProgress?.({ dataset: d.name, ...next.value });
      await pause();
      next = steps.next();
    }
    done.push({ name: d.name, articles: next.value ?? 0 });
    opts.onDatasetReady?.(d);
  }
  if (datasets === DATASETS) ready.add(db);
  return done;
}

/** Brings one dataset to its version; returns how many articles it built, or null when it was current. */
export function ensureDataset(db: WriteDb, d: DerivedDataset): number | null {
  return runToEnd(datasetSteps(db, d));
}

/** Clears one dataset and builds it again from the stored articles (a repair; the search bench). */
export function rebuildDataset(db: WriteDb, d: DerivedDataset): number {
  db.transaction(() => {
    d.clear(db);
    setDerivedState(db, d.name, { version: d.version, doneUpTo: 0 });
  })();
  return ensureDataset(db, d) ?? 0;
}

function runToEnd<R>(steps: Generator<Step, R>): R {
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}

/**
 * One dataset's rebuild as steps: it yields where it stands before the first batch (a resumed
 * rebuild starts where it stopped) and after each committed one, and returns how many articles
 * this run built, or null when the dataset was current.
 */
function* datasetSteps(db: WriteDb, d: DerivedDataset, batchDocs = BATCH_DOCS): Generator<Step, number | null> {
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
  const total = d.build ? countUpTo(db, Number.MAX_SAFE_INTEGER) : 0;
  let done = after > 0 ? countUpTo(db, after) : 0;
  let built = 0;
  yield { done, total };
  for (;;) {
    const upTo = d.build ? docAfter(db, after, batchDocs) : null;
    db.transaction(() => {
      if (upTo !== null) {
        const batch = new ChangeBatch();
        d.build!(db, { after, upTo }, batch);
        d.flush?.(db, batch);
      }
      setDerivedState(db, d.name, { version: d.version, doneUpTo: upTo });
    })();
    if (upTo === null) return built;
    const n = Number(db.prepare('SELECT count(*) FROM articles WHERE rowid > ? AND rowid <= ?').pluck().get(after, upTo));
    built += n;
    done += n;
    after = upTo;
    yield { done, total };
  }
}

function countUpTo(db: WriteDb, rowid: number): number {
  return Number(db.prepare('SELECT count(*) FROM articles WHERE rowid <= ?').pluck().get(rowid));
}
