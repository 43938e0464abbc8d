import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/temp';
import { checkLibrary } from './support/library-check';
import { nobodySwitch } from './support/nobody';

/**
 * Libraries in a bad way: not SQLite, another program's SQLite, cut short, read-only, on a full
 * disk, written by two processes at once. Each must end in one clear line, and nothing the
 * person has may be overwritten.
 */

const BIN = join(ROOT, 'bin/parallax.mjs');
const AS_ROOT = process.getuid?.() === 0;
const tmp = tempDir('parallax-faults-');
/** A real library with the seed reports, made once and copied by the cases. */
let pristine: string;

type Run = { code: number | null; out: string; err: string };
function cli(args: string[], opts: { uid?: number; shell?: string } = {}): Run {
  const r = opts.shell
    ? spawnSync('sh', ['-c', `${opts.shell}; exec "$0" "$@"`, process.execPath, BIN, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}) });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(() => {
  chmodSync(tmp.dir, 0o777);
  pristine = join(tmp.dir, 'pristine.sqlite');
  expect(cli(['list', '--library', pristine]).code).toBe(0);
  // One file, no WAL beside it, so copies are whole.
  const db = new Database(pristine);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.close();
});
afterAll(() => tmp.cleanup());

function copy(name: string): string {
  const p = join(tmp.dir, name);
  copyFileSync(pristine, p);
  return p;
}

describe('a library file that is not one', () => {
  it('refuses a file that is not SQLite, in one line, and leaves it byte for byte', () => {
    for (const [name, bytes] of [
      ['notes.txt', Buffer.from('Meine Notizen zum Gipfel, nicht überschreiben!\n')],
      ['photo.sqlite', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(4096, 7)])],
      ['almost.sqlite', Buffer.concat([Buffer.from('SQLite format 2\0'), Buffer.alloc(4096)])],
    ] as const) {
      const p = join(tmp.dir, name);
      writeFileSync(p, bytes);
      const before = hash(p);
      const r = cli(['list', '--library', p]);
      expect(r.code, name).toBe(1);
      expect(r.err, name).toMatch(/^parallax: store: ".*" is not a Parallax library .*left unchanged\n$/);
      expect(hash(p), name).toBe(before);
      expect(existsSync(`${p}-wal`), name).toBe(false);
    }
  });

  it("refuses another program's SQLite database instead of adding its tables to it", () => {
    const p = join(tmp.dir, 'places.sqlite');
    const other = new Database(p);
    other.exec("CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places(url) VALUES ('https://example.com/');");
    other.close();
    const before = hash(p);
    const r = cli(['ingest', join(ROOT, 'seeds'), '--library', p]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^parallax: store: ".*places\.sqlite" is a database of another program, not a Parallax library; it was left unchanged\n$/);
    expect(hash(p)).toBe(before);
  });

  it('refuses a library cut short (a broken copy), and changes nothing in it', () => {
    const p = copy('truncated.sqlite');
    truncateSync(p, Math.floor(statSync(p).size / 3));
    const before = hash(p);
    for (const args of [['list'], ['search', 'Witkoff'], ['ingest', join(ROOT, 'seeds')]]) {
      const r = cli([...args, '--library', p]);
      expect(r.code, args[0]).toBe(1);
      expect(r.err, args[0]).toMatch(/^parallax: store: library ".*truncated\.sqlite" is damaged/);
      expect(r.err.trimEnd().split('\n'), args[0]).toHaveLength(1);
      expect(hash(p), args[0]).toBe(before);
    }
  });
});

describe('a library that cannot be written', () => {
  // Root may write anything; the CLI then runs as nobody, for whom the mode holds.
  const sw = nobodySwitch();
  it.skipIf(sw === 'impossible')('says so in one line when the file is read-only to this user, and leaves it as it was (as root: only where the CLI can run as nobody)', () => {
    const p = copy('readonly.sqlite');
    chmodSync(p, 0o444);
    const before = hash(p);
    const write = cli(['ingest', join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds'))[0]!), '--library', p], sw && sw !== 'impossible' ? { uid: sw.uid } : {});
    expect(write.code).toBe(1);
    expect(write.err).toMatch(/^parallax: store: cannot write library ".*readonly\.sqlite"/);
    expect(write.err.trimEnd().split('\n')).toHaveLength(1);
    expect(hash(p)).toBe(before);
  });

  it('stops an ingest on a full disk with one clear line, keeping the library whole', () => {
    const big = join(tmp.dir, 'big.jsonl');
    writeFileSync(big, Array.from({ length: 1000 }, (_, i) => JSON.stringify({ title: `Bericht ${i}`, text: `Ein langer Absatz ${i}. `.repeat(200) })).join('\n'));
    const size = statSync(pristine).size;
    // A small tmpfs is a disk that really fills (ENOSPC); where mounting is not allowed, a file
    // size limit makes writes past it fail as a full disk does (EFBIG, SIGXFSZ ignored).
    const mount = join(tmp.dir, 'small-disk');
    mkdirSync(mount);
    const mounted = AS_ROOT && spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${Math.ceil(size / 1024) + 768}k`, 'tmpfs', mount]).status === 0;
    try {
      const p = mounted ? join(mount, 'full.sqlite') : copy('full.sqlite');
      if (mounted) copyFileSync(pristine, p);
      const before = checkLibrary(p);
      const r = mounted ? cli(['ingest', big, '--library', p]) : cli(['ingest', big, '--library', p], { shell: `trap '' XFSZ; ulimit -f ${Math.ceil(size / 1024) + 512}` });
      expect(r.code).toBe(1);
      const line = r.err.trimEnd().split('\n').at(-1)!;
      expect(line).toMatch(
        mounted
          ? /^parallax: store: the disk is full: library ".*full\.sqlite" could not be written \(.*\); (the \d+ reports? added before it (is|are) kept|nothing of this import was added)$/
          : /^parallax: store: library ".*full\.sqlite" could not be written: the disk is full or failing \(.*\); (the \d+ reports? added before it (is|are) kept|nothing of this import was added)$/,
      );
      expect(r.err).not.toMatch(/unexpected error|at .*\.js:\d+/);
      const after = checkLibrary(p);
      expect(after.integrity).toBe('ok');
      expect(after.articles).toBeGreaterThanOrEqual(before.articles);
      expect(after.articles - before.articles).toBe(Number(/the (\d+) report/.exec(line)?.[1] ?? 0));
      expect(after).toMatchObject({ unindexed: 0, orphanedIndex: 0, duplicateContent: 0 });
    } finally {
      if (mounted) spawnSync('umount', [mount]);
    }
  });
});

/** Records per importing process: four write transactions each, so the two interleave. */
const PER_PROCESS = 1000;

describe('two processes', () => {
  it('writing one library at once both finish, every article once, the library whole', async () => {
    const p = join(tmp.dir, 'shared.sqlite');
    const files = [0, 1].map((k) => {
      const f = join(tmp.dir, `batch-${k}.jsonl`);
      writeFileSync(f, Array.from({ length: PER_PROCESS }, (_, i) => JSON.stringify({ title: `Prozess ${k} Bericht ${i}`, text: `Prozess ${k} schreibt Absatz ${i}. `.repeat(30) })).join('\n'));
      return f;
    });
    // Both start on a library that does not exist yet: both create and migrate it at once.
    const runs = await Promise.all(
      files.map(
        (f) =>
          new Promise<Run>((resolve) => {
            const child = spawn(process.execPath, [BIN, 'ingest', f, '--library', p, '--json']);
            let out = '';
            let err = '';
            child.stdout.on('data', (c) => (out += c));
            child.stderr.on('data', (c) => (err += c));
            child.on('close', (code) => resolve({ code, out, err }));
          }),
      ),
    );
    for (const r of runs) {
      expect(r.code, r.err.split('\n').filter((l) => !l.startsWith('{')).join('\n')).toBe(0);
      expect((JSON.parse(r.out) as { added: unknown[]; skipped: unknown[] }).skipped).toEqual([]);
    }
    const state = checkLibrary(p);
    expect(state.integrity).toBe('ok');
    // Both files whole, plus the seed reports whichever process seeded.
    expect(state.articles).toBeGreaterThanOrEqual(2 * PER_PROCESS);
    expect(state).toMatchObject({ searchDocs: state.articles, unindexed: 0, orphanedIndex: 0, duplicateContent: 0 });
  }, 180_000);
});
