import { PROGRESS_DELAY_MS } from './ingest.svelte';

/** How far a catch-up is, in reports. */
export interface CatchUpStatus {
  done: number;
  total: number;
}

/**
 * The library catching its compare index up with reports an import (or an earlier run) left
 * waiting, from `taskProgress` events of the `compareIndex` task. The timeline, people & places,
 * stories and comparisons wait for it: at 10k new reports that is half a minute on a busy
 * machine, which a bare "Loading…" left unexplained. Shown once it has taken longer than
 * `PROGRESS_DELAY_MS`, so the few reports of an ordinary import never flash a bar.
 */
export class CatchUpState {
  status = $state.raw<CatchUpStatus | null>(null);
  show = $state(false);
  #setTimer: (fn: () => void, ms: number) => unknown;

  constructor(setTimer: (fn: () => void, ms: number) => unknown = (fn, ms) => setTimeout(fn, ms)) {
    this.#setTimer = setTimer;
  }

  /** One progress event: `done` of `total` reports indexed in this run. */
  progress(done: number, total: number): void {
    if (done >= total) {
      this.status = null;
      this.show = false;
      return;
    }
    const started = this.status === null;
    this.status = { done, total };
    if (started) {
      this.#setTimer(() => {
        if (this.status !== null) this.show = true;
      }, PROGRESS_DELAY_MS);
    }
  }
}
