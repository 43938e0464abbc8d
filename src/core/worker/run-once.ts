import { Worker } from 'node:worker_threads';

/**
 * Runs a worker that does one job on its own connection and posts once when it is done (the
 * spellings and suggestion builds); resolves then, rejects when it fails or exits without posting.
 * The worker is unref'd: a library closed meanwhile does not wait for it.
 */
export function runOnceWorker(file: string, workerData: unknown, heapMb: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const w = new Worker(file, { workerData, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    w.unref();
    let done = false;
    w.once('message', () => {
      done = true;
      resolve();
    });
    w.once('error', reject);
    w.once('exit', (code) => {
      if (!done) reject(new Error(`${file}: worker stopped (exit code ${code})`));
    });
  });
}

/**
 * Runs `job` and says whether it stored its result: false when the library stayed locked by a
 * writer past the busy timeout (a long import). That is no failure of the worker, whose caller
 * would otherwise fall back to building on the library thread; the build is simply asked for again.
 */
export function busyIsNoFailure(job: () => void): boolean {
  try {
    job();
    return true;
  } catch (e) {
    if (String((e as { code?: unknown }).code).startsWith('SQLITE_BUSY')) return false;
    throw e;
  }
}
