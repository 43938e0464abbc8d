import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimeLimitError, workerPool } from '../../../src/core/worker/pool';
import { ROOT, tempDir } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const slowStart = join(tmp.dir, 'slow-start-worker.mjs');
beforeAll(async () => {
  await build({ entryPoints: [join(ROOT, 'tests/core/worker/support/slow-start-worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile: slowStart, logLevel: 'error' });
});

describe('workerPool with a time limit, on a fresh worker still loading', () => {
  it('does not count the worker’s load against the first batch’s limit', async () => {
    const pool = workerPool<string, string>(slowStart, 1, 'slow-start worker');
    try {
      // The worker loads for 700 ms, more than the 200 ms limit; the batch itself is quick.
      expect(await pool.run('idle:50', { timeLimitMs: 200, backstopMs: 60_000 })).toBe('idle:50');
    } finally {
      await pool.close();
    }
  });

  it('still gives up at the backstop a worker that never begins', async () => {
    const pool = workerPool<string, string>(slowStart, 1, 'slow-start worker');
    try {
      // The backstop, from when the batch was sent, ends before the worker has loaded.
      await expect(pool.run('idle:50', { timeLimitMs: 100, backstopMs: 300 })).rejects.toBeInstanceOf(TimeLimitError);
    } finally {
      await pool.close();
    }
  });
});
