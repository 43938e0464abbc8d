import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workerPool } from '../../../src/core/worker/pool';
import { tempDir } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

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

describe('extraction pool', () => {
  it('extracts a batch on the calling thread when its worker dies, and goes on', async () => {
    const { workerPool: extractionPool } = await import('../../../src/core/ingest/extract-pool');
    const dying = join(tmp.dir, 'dying-worker.mjs');
    writeFileSync(dying, `import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => process.exit(9));`);
    const pool = extractionPool(dying, 1);
    const text = 'Ein Bericht\n\nDer Text eines Berichts, der trotzdem ankommt.';
    const input = { name: 'a.txt', path: null, locator: null, format: 'text' as const, extractAs: 'text' as const, encoding: 'utf-8', raw: Buffer.from(text), text };
    try {
      for (let i = 0; i < 2; i++) {
        const [out] = await pool.prepare([input]);
        expect(out).toMatchObject({ ok: true, value: { extraction: { title: 'Ein Bericht' } } });
      }
    } finally {
      await pool.close();
    }
  });
});
