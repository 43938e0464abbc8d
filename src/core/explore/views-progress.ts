/**
 * How far the views' first build is, for the bar a person watches while the timeline, people &
 * places or stories are built (seconds at 10k, a minute at 100k). Counted in the builds'
 * stages (a read, a grouping, a listing), not timed: each view asked adds the stages of those
 * it still has to build, and a stage counts once even when its build is run again because the
 * compare rows changed under it, so `done` never falls and reaches `total` when the last ends.
 * Each stage is `STAGE_PARTS` units: the stage's loops move the bar inside it (`slicePart`), so
 * a stage of many seconds at 100k reports does not leave the bar still.
 */
import type { ViewStep } from '../../shared/events';

/** What the build reports: the step built now, units done and known (`STAGE_PARTS` a stage). */
export type ViewsProgressListener = (step: ViewStep, done: number, total: number) => void;

/**
 * Units of one stage: a fiftieth of a stage is ~0.2 s of the longest stage at 100k reports on a
 * quiet machine (the timeline's index, ~10 s at load 15), a step a person sees move, and at most
 * ~500 events for a whole build.
 */
export const STAGE_PARTS = 50;

/** One library's build under way: its units known, and the furthest unit each step reached. */
export class ViewsProgress {
  #total = 0;
  readonly #reached = new Map<ViewStep, number>();
  readonly #planned = new Set<ViewStep>();

  /** Told of every unit reached: the listener of the last call that gave one. */
  listener: ViewsProgressListener | null = null;

  /** Adds a step to build with its stages (once per step while the build is under way). */
  plan(step: ViewStep, stages: number): void {
    if (this.#planned.has(step)) return;
    this.#planned.add(step);
    this.#total += stages * STAGE_PARTS;
  }

  /** Stage `k` (from 1) of `step` is done; told to the listener unless that step was there already. */
  reached(step: ViewStep, k: number): void {
    this.#move(step, k * STAGE_PARTS);
  }

  /**
   * Stage `k` (from 1) of `step` is `fraction` (0..1) done, as its loops say; the stage's last
   * unit waits for `reached`. A build run again (its rows changed) says less and is not heard.
   */
  part(step: ViewStep, k: number, fraction: number): void {
    this.#move(step, (k - 1) * STAGE_PARTS + Math.min(STAGE_PARTS - 1, Math.floor(fraction * STAGE_PARTS)));
  }

  #move(step: ViewStep, units: number): void {
    if (!this.#planned.has(step) || units <= (this.#reached.get(step) ?? 0)) return;
    this.#reached.set(step, units);
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
