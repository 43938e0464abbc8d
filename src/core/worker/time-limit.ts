/**
 * When a batch has run past its time limit. The limit counts the worker thread's own CPU time:
 * on a busy machine a page that needs 4 s of work may take 30 s of wall time, and a person on a
 * loaded laptop must not lose it. A wall-clock backstop, `BACKSTOP_FACTOR` times the limit, still
 * stops a thread so starved (or blocked) that its CPU time hardly moves. Without a CPU reading
 * the limit counts wall time.
 */

/** The wall-time backstop, as a multiple of the CPU limit. */
export const BACKSTOP_FACTOR = 4;

/** The shortest wait before looking again (CPU readings move in ticks of up to 10 ms). */
const MIN_RECHECK_MS = 20;

/** What a batch has used since it began. */
export interface LimitReading {
  /** Wall time since the batch began. */
  wallMs: number;
  /** The worker thread's CPU time since the batch began; null where it cannot be read. */
  cpuMs: number | null;
}

/** Stop the batch now (and why), or look again in `againInMs`. */
export type LimitVerdict = { stop: 'cpu' | 'wall' | 'backstop' } | { stop: null; againInMs: number };

/**
 * The verdict on a batch with `limitMs` of CPU (`backstopMs` of wall time at most) after `reading`.
 * CPU time grows no faster than wall time, so the next look is at the soonest the CPU time
 * could reach the limit, or at the backstop, whichever comes first.
 */
export function limitVerdict(limitMs: number, reading: LimitReading, backstopMs = limitMs * BACKSTOP_FACTOR): LimitVerdict {
  const { wallMs, cpuMs } = reading;
  if (cpuMs === null) return wallMs >= limitMs ? { stop: 'wall' } : { stop: null, againInMs: Math.max(MIN_RECHECK_MS, limitMs - wallMs) };
  if (cpuMs >= limitMs) return { stop: 'cpu' };
  if (wallMs >= backstopMs) return { stop: 'backstop' };
  return { stop: null, againInMs: Math.max(MIN_RECHECK_MS, Math.min(limitMs - cpuMs, backstopMs - wallMs)) };
}
