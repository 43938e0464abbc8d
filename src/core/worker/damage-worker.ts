/**
 * Entry of the damage worker: the two long reads of a damaged library, off the library thread so
 * it answers lists, readers and searches meanwhile (`core/damage.ts`).
 *
 * - `check`: the library's check as it opens (`store/check.ts`), on a connection of its own, at
 *   the lowest CPU priority where a thread's can be set (Linux): a full check reads every page
 *   (35 s at 100k reports), and the machine's other work comes first.
 * - `rescue`: `rescueLibrary` into a new file, telling its progress.
 */
import { setPriority } from 'node:os';
import { readlinkSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { RescueReport } from '../../shared/api';
import { toErrorData, type ApiErrorData } from '../../shared/errors';
import { checkLibraryFile, type CheckResult } from '../store/check';
import { rescueLibrary } from '../store/rescue';
import { paced } from '../pace';

/** What the damage worker is started with (`workerData`). */
export type DamageWorkerInit = { job: 'check'; path: string; nativeBinding?: string } | { job: 'rescue'; path: string; to: string; nativeBinding?: string };

/** What it posts: a check's stages, a rescue's progress and end. */
export type DamageWorkerMessage =
  | { type: 'checked'; result: CheckResult }
  | { type: 'progress'; done: number; total: number }
  | { type: 'rescued'; report: RescueReport }
  | { type: 'failed'; error: ApiErrorData };

/** Progress is posted at most this often. */
const PROGRESS_EVERY_MS = 100;

/** Nice value of the check's thread: the lowest priority, so it takes only CPU nothing else wants. */
const CHECK_NICE = 19;

const port = parentPort;
if (!port) throw new Error('damage-worker: must run as a worker thread');
const init = workerData as DamageWorkerInit;
const post = (m: DamageWorkerMessage) => port.postMessage(m);
const binding = init.nativeBinding ? { nativeBinding: init.nativeBinding } : {};

if (init.job === 'check') {
  lowerOwnPriority();
  const result = checkLibraryFile(init.path, { ...binding, onQuick: (r) => post({ type: 'checked', result: r }) });
  // A quick stage that found damage was the answer already.
  if (result.stage === 'full') post({ type: 'checked', result });
} else {
  const due = paced(PROGRESS_EVERY_MS);
  try {
    const report = rescueLibrary(init.path, init.to, {
      ...binding,
      onProgress: (done, total) => {
        if (due()) post({ type: 'progress', done, total });
      },
    });
    post({ type: 'rescued', report });
  } catch (e) {
    post({ type: 'failed', error: toErrorData(e) });
  }
}

/**
 * Best effort: on Linux a thread is a task with its own nice value (`/proc/thread-self` names its
 * id); elsewhere `setPriority` would lower the whole process, the library thread with it, so the
 * check runs at the normal priority there.
 */
function lowerOwnPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (tid > 0) setPriority(tid, CHECK_NICE);
  } catch {
    // no /proc, or not allowed: the check runs at the normal priority
  }
}
