/**
 * The CPU time of one worker thread, read from outside it, so a pool's time limit counts the work
 * a batch took and not how long the machine made it wait (at load 20 a page of 3.7 s of CPU took
 * over 30 s of wall time). Two ways, both counting the same kernel accounting of the thread:
 *
 * - `rusage`: Node's `worker.cpuUsage()` (Node >= 24.6, 22.19) read by the pool, with the worker's
 *   own `process.threadCpuUsage()` (>= 23.9, 22.19) at the start of a batch; microseconds.
 * - `proc` (Linux, any Node): the worker notes its thread id; the pool reads
 *   `/proc/self/task/<id>/stat`, the worker `/proc/thread-self/stat`; ticks of 10 ms.
 *
 * Where neither is there the limit counts wall time, as it did.
 */
import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** How a pool reads its workers' CPU time. */
export type CpuSource = 'rusage' | 'proc';

/** The kernel's clock ticks a second in `/proc/.../stat` (`USER_HZ`: 100 on every Linux ABI Node runs on). */
const TICKS_PER_SECOND = 100;

interface CpuUsage {
  user: number;
  system: number;
}
type WithThreadCpu = { threadCpuUsage?: () => CpuUsage };
type WithWorkerCpu = { cpuUsage?: () => Promise<CpuUsage> };

/** The way this Node on this OS can read a worker's CPU time, or null (the limit counts wall time). */
export function cpuSource(): CpuSource | null {
  if (typeof (Worker.prototype as WithWorkerCpu).cpuUsage === 'function' && typeof (process as WithThreadCpu).threadCpuUsage === 'function') return 'rusage';
  if (process.platform === 'linux' && existsSync('/proc/thread-self/stat')) return 'proc';
  return null;
}

/** User plus system CPU in ms from a `/proc/<pid>/task/<tid>/stat` line; NaN if it is not one. */
export function procStatCpuMs(stat: string): number {
  // The name (field 2) is in parentheses and may hold spaces or parentheses: count from the last ")".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 (utime, stime); the state, field 3, is fields[0].
  const ticks = Number(fields[11]) + Number(fields[12]);
  return stat.includes(')') ? (ticks * 1000) / TICKS_PER_SECOND : NaN;
}

/** Worker side: this thread's id for `proc` (0 if it cannot be read). */
export function ownThreadId(source: CpuSource | null): number {
  if (source !== 'proc') return 0;
  try {
    // "<pid>/task/<tid>"
    return Number(readlinkSync('/proc/thread-self').split('/').pop()) || 0;
  } catch {
    return 0;
  }
}

/** Worker side: this thread's CPU time in ms so far, NaN if it cannot be read. */
export function ownCpuMs(source: CpuSource | null): number {
  try {
    if (source === 'rusage') {
      const u = (process as WithThreadCpu).threadCpuUsage?.();
      return u ? (u.user + u.system) / 1000 : NaN;
    }
    if (source === 'proc') return procStatCpuMs(readFileSync('/proc/thread-self/stat', 'latin1'));
  } catch {
    // Unreadable: the limit counts wall time for this batch.
  }
  return NaN;
}

/** Pool side: worker `w`'s CPU time in ms so far (`threadId` from `ownThreadId`), null if it cannot be read. */
export async function workerCpuMs(w: Worker, source: CpuSource | null, threadId: number): Promise<number | null> {
  try {
    if (source === 'rusage') {
      const u = await (w as WithWorkerCpu).cpuUsage?.();
      return u ? (u.user + u.system) / 1000 : null;
    }
    if (source === 'proc' && threadId > 0) {
      const ms = procStatCpuMs(readFileSync(`/proc/self/task/${threadId}/stat`, 'latin1'));
      return Number.isNaN(ms) ? null : ms;
    }
  } catch {
    // The worker ended (its exit is handled) or the file went: no reading.
  }
  return null;
}
