/**
 * How far the views' first build is, for the bar a person watches while the timeline, people &
 * places or stories are built (seconds at 10k, a minute at 100k). Counted in the builds'
 * stages (a read, a grouping, a listing), not timed: each view asked adds the stages of those
 * it still has to build, and a stage counts once even when its build is run again because the
 * compare rows changed under it, so `done` never falls and reaches `total` when the last ends.
 */
import type { ViewStep } from '../../shared/events';

/** What the build reports: the step built now, stages done and known. */
export type ViewsProgressListener = (step: ViewStep, done: number, total: number) => void;

/** One library's build under way: its stages known, and the furthest stage each step reached. */
export class ViewsProgress {
  #total = 0;
  readonly #reached = new Map<ViewStep, number>();
  readonly #planned = new Set<ViewStep>();

  /** Told of every stage reached: the listener of the last call that gave one. */
  listener: ViewsProgressListener | null = null;

  /** Adds a step to build with its stages (once per step while the build is under way). */
  plan(step: ViewStep, stages: number): void {
    if (this.#planned.has(step)) return;
    this.#planned.add(step);
    this.#total += stages;
  }

  /** Stage `k` (from 1) of `step` is done; told to the listener unless that step was there already. */
  reached(step: ViewStep, k: number): void {
    if (!this.#planned.has(step) || k <= (this.#reached.get(step) ?? 0)) return;
    this.#reached.set(step, k);
    this.listener?.(step, this.done, this.#total);
  }

  /** A step built by another call, or left to its build at once: its stages count as done (if it was planned). */
  skip(step: ViewStep, stages: number): void {
    this.reached(step, stages);
  }

  get done(): number {
    let n = 0;
    for (const k of this.#reached.values()) n += k;
    return n;
  }

  get finished(): boolean {
    return this.done >= this.#total;
  }
}
