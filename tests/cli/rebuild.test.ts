import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress';
import { SEARCH_INDEX_VERSION } from '../../src/core/derived/search-index';
import { openLibrary } from '../../src/core/library';
import { setDerivedState } from '../../src/core/store/queries/derived-state';
import { ROOT, SEEDS, tempDir } from '../support/temp';

const BIN = join(ROOT, 'bin/parallax.mjs');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A seeded library whose search index an older version built, so the next open rebuilds it. */
async function updatedLibrary(name: string): Promise<string> {
  const path = join(tmp.dir, name);
  const db = await openLibrary({ path, seedDir: SEEDS });
  setDerivedState(db, 'search-index', { version: SEARCH_INDEX_VERSION - 1, doneUpTo: null });
  db.close();
  return path;
}

const run = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('a command on a library that rebuilds derived data as it opens', () => {
  it('shows the rebuild on stderr as plain lines in a log, and then does its work', async () => {
    const lib = await updatedLibrary('plain.sqlite');
    const r = run(['list', '--library', lib]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Rebuilding the search index: 0% (0 of 5 reports)');
    expect(r.err).toContain('Rebuilding the search index: 100% (5 of 5 reports)');
    expect(r.out.trim().split('\n')).toHaveLength(5);
    // Rebuilt once: the next command has nothing to say.
    expect(run(['list', '--library', lib]).err).toBe('');
  });

  it('writes JSON lines with --json, leaving stdout one JSON document', async () => {
    const lib = await updatedLibrary('json.sqlite');
    const r = run(['list', '--json', '--library', lib]);
    expect(r.code).toBe(0);
    const lines = r.err.trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines[0]).toEqual({ type: 'progress', task: 'rebuild', dataset: 'search-index', done: 0, total: 5, unit: 'reports' });
    expect(lines.at(-1)).toEqual({ type: 'progress', task: 'rebuild', dataset: 'search-index', done: 5, total: 5, unit: 'reports' });
    expect((JSON.parse(r.out) as { items: unknown[] }).items).toHaveLength(5);
  });

  it('speaks German under LANG=de_DE.UTF-8', async () => {
    const lib = await updatedLibrary('german.sqlite');
    const r = run(['search', 'Witkoff', '--library', lib], { LANG: 'de_DE.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.err).toContain('Baue den Suchindex neu auf: 100\u00a0% (5 von 5 Berichten)');
    expect(r.out).toMatch(/\d+ Berichte? \(/);
  });
});

describe('the rebuild on a terminal', () => {
  it('redraws one line at most every 100 ms, always the last, and takes it away at the end', () => {
    let t = 0;
    const out: string[] = [];
    const r = createProgress({ json: false, isTTY: true, write: (s: string) => void out.push(s), now: () => t });
    const step = (done: number) => r.onEvent({ type: 'rebuildProgress', dataset: 'near-duplicates', done, total: 1000 });
    step(0);
    t = 50;
    step(500);
    t = 150;
    step(600);
    t = 160;
    step(1000);
    r.onEvent({ type: 'rebuildDone' });
    expect(out).toEqual([
      '\r\x1b[KRebuilding the near-duplicate links 0% (0 of 1,000 reports)',
      '\r\x1b[KRebuilding the near-duplicate links 60% (600 of 1,000 reports)',
      '\r\x1b[KRebuilding the near-duplicate links 100% (1,000 of 1,000 reports)',
      '\r\x1b[K',
    ]);
  });
});
