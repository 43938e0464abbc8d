/**
 * The rebuild of derived data while a host already answers: `startDerivedRebuild` runs
 * `rebuildDerived` a batch at a time, tells every window how far it is (`rebuildProgress`
 * events, and `status` for one that connects later), and lets each call wait for just the
 * datasets it reads (`whenReady`), so the list answers while search waits for its index.
 */
import type { DerivedDatasetName, ParallaxEvent, RebuildStatus } from '../../shared/events';
import type { WriteDb } from '../store/db';
import type { DerivedDataset } from './dataset';
import { DATASETS } from './datasets';
import { outdated, rebuildDerived, type RebuildOptions } from './rebuild';

/** A rebuild that has been started; all of it is done when `done` resolves. */
export interface DerivedRebuild {
  /** Where the rebuild stands now, or null when every dataset is current. */
  readonly status: RebuildStatus | null;
  /** Resolves when every dataset is current; rejects when the rebuild failed. */
  readonly done: Promise<void>;
  /** True when dataset `name` is current. */
  isReady(name: DerivedDatasetName): boolean;
  /** Resolves when every dataset in `names` is current (at once when they are). */
  whenReady(names: readonly DerivedDatasetName[]): Promise<void>;
}

/** A rebuild with nothing to do. */
export const NOTHING_TO_REBUILD: DerivedRebuild = {
  status: null,
  done: Promise.resolve(),
  isReady: () => true,
  whenReady: () => Promise.resolve(),
};

/**
 * Starts bringing the library's derived data to its versions in the background. With nothing
 * to do it does nothing (and emits nothing). `emit` gets `rebuildProgress` after each batch and
 * `rebuildDone` at the end.
 */
export function startDerivedRebuild(
  db: WriteDb,
  emit: (e: ParallaxEvent) => void,
  opts: Pick<RebuildOptions, 'pause' | 'batchDocs'> & { datasets?: readonly DerivedDataset[] } = {},
): DerivedRebuild {
  const datasets = opts.datasets ?? DATASETS;
  const pending = new Set<DerivedDatasetName>(outdated(db, datasets).map((d) => d.name));
  if (pending.size === 0) return NOTHING_TO_REBUILD;
  const waiting = new Map<DerivedDatasetName, (() => void)[]>();
  let status: RebuildStatus | null = null;
  const release = (name: DerivedDatasetName) => {
    pending.delete(name);
    for (const resolve of waiting.get(name) ?? []) resolve();
    waiting.delete(name);
  };
  const done = rebuildDerived(db, {
    ...opts,
    datasets,
    onProgress(s) {
      status = s;
      emit({ type: 'rebuildProgress', ...s });
    },
    onDatasetReady: (d) => release(d.name),
  }).then(() => {
    status = null;
    for (const name of [...pending]) release(name);
    emit({ type: 'rebuildDone' });
  });
  // A failure reaches every call that waits for the rebuild (`whenReady`), as its error; here
  // it must not also surface as an unhandled rejection that ends the process.
  done.catch(() => undefined);
  const rebuild: DerivedRebuild = {
    get status() {
      return status;
    },
    done,
    isReady: (name) => !pending.has(name),
    whenReady(names) {
      // A failed rebuild fails the calls that wait for it, with its error.
      const each = names.filter((n) => pending.has(n)).map((n) => new Promise<void>((resolve) => waiting.set(n, [...(waiting.get(n) ?? []), resolve])));
      return each.length === 0 ? Promise.resolve() : Promise.race([Promise.all(each).then(() => undefined), done]);
    },
  };
  return rebuild;
}
