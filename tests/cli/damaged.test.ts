import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/temp';

// The built command (`npm test` builds first), as a user would run it on a damaged library.
const BIN = join(ROOT, 'bin/parallax.mjs');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

function run(args: string[], lang = 'C') {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: lang, LC_ALL: '', LANGUAGE: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('parallax on a damaged library', () => {
  it('says the library is damaged, that it was left as it is and how to rescue it, in one line and in German too', () => {
    const lib = join(tmp.dir, 'lib.sqlite');
    for (let i = 0; i < 3; i++) {
      const file = join(tmp.dir, `r${i}.txt`);
      writeFileSync(file, `Bericht ${i}\n\nDer Gipfel in Genf endete ohne Einigung, sagte Sprecher ${i}.\n`);
      expect(run(['ingest', file, '--library', lib]).code).toBe(0);
    }
    const raw = new Database(lib);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    const root = raw.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").pluck().get() as number;
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    raw.close();
    const fd = openSync(lib, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
    closeSync(fd);
    const before = readFileSync(lib);

    const r = run(['list', '--library', lib]);
    expect(r.code).toBe(1);
    expect(r.err).not.toContain('unexpected error');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('is damaged');
    expect(r.err).toContain('parallax rescue');
    expect(run(['list', '--library', lib], 'de_DE.UTF-8').err).toContain('ist beschädigt');
    expect(readFileSync(lib).equals(before)).toBe(true);
  });
});
