import type { ParallaxApi } from '../../../../shared/api';
import type { DerivedDatasetName, ParallaxEvent, RebuildStatus } from '../../../../shared/events';
import { PROGRESS_DELAY_MS } from './ingest.svelte';

/** What the rebuild state needs. */
export interface RebuildDeps {
  api: Pick<ParallaxApi, 'getAppInfo'>;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

/**
 * The library's rebuild of derived data as it opened (after an update, or a killed rebuild):
 * where it stands, from `getAppInfo` for a window that opens late and from `rebuildProgress`
 * events after. Shown once it has taken longer than `PROGRESS_DELAY_MS`.
 */
export class RebuildState {
  /** Where the rebuild stands, or null when every dataset is current. */
  status = $state.raw<RebuildStatus | null>(null);
  /** True once the running rebuild has taken longer than `PROGRESS_DELAY_MS`. */
  show = $state(false);
  #deps: Required<RebuildDeps>;
  #heard = false;

  constructor(deps: RebuildDeps) {
    this.#deps = { setTimer: (fn, ms) => setTimeout(fn, ms), ...deps };
  }

  /** Asks the library where its rebuild stands (a window that opens while it runs). */
  async load(): Promise<void> {
    const info = await this.#deps.api.getAppInfo();
    // An event that came before this answer is newer than it (even one that said "done").
    if (!this.#heard) this.#update(info.rebuilding);
  }

  handleEvent(event: Extract<ParallaxEvent, { type: 'rebuildProgress' | 'rebuildDone' }>): void {
    this.#heard = true;
    this.#update(event.type === 'rebuildDone' ? null : { dataset: event.dataset, done: event.done, total: event.total });
  }

  /** True while `dataset` is being rebuilt, so calls that read it wait (search for its index). */
  isRebuilding(dataset: DerivedDatasetName): boolean {
    return this.status?.dataset === dataset;
  }

  #update(status: RebuildStatus | null): void {
    const started = this.status === null && status !== null;
    this.status = status;
    if (status === null) this.show = false;
    else if (started) {
      this.#deps.setTimer(() => {
        if (this.status !== null) this.show = true;
      }, PROGRESS_DELAY_MS);
    }
  }
}
