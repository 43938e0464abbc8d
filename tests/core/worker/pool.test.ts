import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimeLimitError, workerPool } from '../../../src/core/worker/pool';
import { PROGRESS_EVERY_MS } from '../../../src/core/worker/serve';
import { cpuSource } from '../../../src/core/worker/thread-cpu';
import { ROOT, tempDir } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const sleepy = join(tmp.dir, 'sleepy-worker.mjs');
beforeAll(async () => {
  await build({ entryPoints: [join(ROOT, 'tests/core/worker/support/sleepy-worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile: sleepy, logLevel: 'error' });
});

/** A worker that echoes its input, and stops the way an out-of-memory worker does on "die". */
const entry = join(tmp.dir, 'echo-worker.mjs');
writeFileSync(
  entry,
  `import { parentPort } from 'node:worker_threads';
   parentPort.on('message', (m) => { if (m.input === 'die') process.exit(7); parentPort.postMessage({ seq: m.seq, out: m.input }); });`,
);

describe('workerPool', () => {
  it('rejects the batch of a worker that stops, and replaces it, so later batches still run', async () => {
    const pool = workerPool<string, string>(entry, 1, 'echo worker');
    try {
      expect(await pool.run('a')).toBe('a');
      await expect(pool.run('die')).rejects.toThrow('echo worker stopped (exit code 7)');
      expect(await pool.run('b')).toBe('b');
      expect(await pool.run('c')).toBe('c');
    } finally {
      await pool.close();
    }
  });
});

describe('workerPool progress within a batch', () => {
  it('tells how many of a batch’s items are done while its worker works on it, before the answer', async () => {
    const pool = workerPool<string, string>(sleepy, 1, 'sleepy worker');
    try {
      const heard: number[] = [];
      let answered = false;
      // Items longer than the worker's telling interval (PROGRESS_EVERY_MS): each one is told.
      const out = await pool.run(`items:5:${PROGRESS_EVERY_MS + 20}`, { onProgress: (done) => heard.push(answered ? -1 : done) }).finally(() => (answered = true));
      expect(out).toBe(`items:5:${PROGRESS_EVERY_MS + 20}`);
      expect(heard).toEqual([1, 2, 3, 4, 5]);
    } finally {
      await pool.close();
    }
  });
});

describe('workerPool with a time limit and batches queued on one worker', () => {
  it('counts each batch from when the worker begins it, not from when it was sent', async () => {
    const pool = workerPool<string, string>(sleepy, 1, 'sleepy worker');
    try {
      // Together they take twice the limit; each alone stays well under it.
      const out = await Promise.all(['sleep:700', 'sleep:700', 'sleep:700'].map((x) => pool.run(x, { timeLimitMs: 1_500 })));
      expect(out).toEqual(['sleep:700', 'sleep:700', 'sleep:700']);
    } finally {
      await pool.close();
    }
  });

  it('gives up the batch that hangs and runs the ones queued behind it on the replacement worker', async () => {
    const pool = workerPool<string, string>(sleepy, 1, 'sleepy worker');
    try {
      const [hang, ...rest] = await Promise.allSettled(['hang', 'a', 'b'].map((x) => pool.run(x, { timeLimitMs: 500 })));
      expect(hang?.status === 'rejected' && hang.reason).toBeInstanceOf(TimeLimitError);
      expect(rest).toEqual([
        { status: 'fulfilled', value: 'a' },
        { status: 'fulfilled', value: 'b' },
      ]);
    } finally {
      await pool.close();
    }
  });
});

describe.skipIf(cpuSource() === null)('workerPool with a time limit in CPU time', () => {
  it('keeps a batch past the limit in wall time that used little CPU, and stops a starved one at the backstop', async () => {
    const pool = workerPool<string, string>(sleepy, 1, 'sleepy worker');
    try {
      // Blocked 800 ms: over a 200 ms limit in wall time, near nothing in CPU time.
      expect(await pool.run('idle:800', { timeLimitMs: 200, backstopMs: 60_000 })).toBe('idle:800');
      const [starved, next] = await Promise.allSettled([pool.run('idle-hang', { timeLimitMs: 200, backstopMs: 600 }), pool.run('a')]);
      expect(starved?.status === 'rejected' && starved.reason).toBeInstanceOf(TimeLimitError);
      expect(next).toEqual({ status: 'fulfilled', value: 'a' });
    } finally {
      await pool.close();
    }
  });
});

describe('workerPool with batches sent once', () => {
  it('sends a batch it let go of to no replacement: queued behind one that hangs, it rejects and the caller redoes it', async () => {
    const pool = workerPool<string, string>(sleepy, 1, 'sleepy worker');
    try {
      const [hang, queued] = await Promise.allSettled([pool.run('hang', { timeLimitMs: 500 }), pool.run('a', { once: true })]);
      expect(hang?.status === 'rejected' && hang.reason).toBeInstanceOf(TimeLimitError);
      expect(queued?.status === 'rejected' && (queued.reason as Error).message).toMatch(/sleepy worker was restarted/);
      // The replacement serves what comes next.
      expect(await pool.run('b', { once: true })).toBe('b');
    } finally {
      await pool.close();
    }
  });
});

describe('extraction pool', () => {
  it('reports an input whose worker died as failed, and goes on with a fresh worker', async () => {
    const { workerPool: extractionPool } = await import('../../../src/core/ingest/extract-pool');
    // Dies on the first input it is sent; its replacement (a new thread, a new module) too,
    // unless the marker file says one already died.
    const marker = join(tmp.dir, 'died');
    const dying = join(tmp.dir, 'dying-worker.mjs');
    writeFileSync(
      dying,
      `import { parentPort } from 'node:worker_threads'; import { existsSync, writeFileSync } from 'node:fs';
       parentPort.on('message', (m) => { if (!existsSync(${JSON.stringify(marker)})) { writeFileSync(${JSON.stringify(marker)}, ''); process.exit(9); }
         const extraction = (i) => ({ text: i.text, body: [i.text], blocks: [], comments: [], captions: [] });
         // Packed as a real extraction worker sends it (core/ingest/compact.ts).
         parentPort.postMessage({ seq: m.seq, out: m.input.map((i) => ({ ok: true, packed: { article: { name: i.name, extraction: extraction(i) }, cut: new Uint8Array(0), bodyAt: new Int32Array([-1, -1]) } })) }); });`,
    );
    const pool = extractionPool(dying, { size: 1 });
    const input = (name: string) => ({ name, path: null, locator: null, format: 'text' as const, extractAs: 'text' as const, encoding: 'utf-8', raw: Buffer.from(name), text: name });
    try {
      const [first] = await pool.prepare([input('a')]);
      expect(first).toMatchObject({ ok: false, message: 'extraction worker stopped (exit code 9)' });
      const [second] = await pool.prepare([input('b')]);
      expect(second).toMatchObject({ ok: true, value: { name: 'b' } });
    } finally {
      await pool.close();
    }
  });
});
