import { spawn } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, printable } from '../../src/cli/format';
import type { IngestReport } from '../../src/shared/api';
import { ROOT, tempDir } from '../support/temp';
import { buildBadInputs, type BadInput } from './support/bad-inputs';
import Database from 'better-sqlite3';
import { checkLibrary } from './support/library-check';
import { nobodySwitch } from './support/nobody';

/**
 * Forty-odd bad inputs handed to `parallax ingest` in one run, as a person with a messy folder
 * would: every one ends in bounded time and memory, each bad one in one clear line naming it
 * (and its line, for JSON Lines), the good ones are added, and the library opens afterwards.
 */

const CLI = join(ROOT, 'out/node/cli.js');
const MEASURE = join(ROOT, 'tests/security/support/measure.mjs');
/** Per-file extraction limit for this run: the pathological pages hit it instead of running on. */
const TIME_LIMIT_S = 3;
/** The whole run (10k tiny files, three files held up to the limit) on a loaded 2-core machine. */
const RUN_LIMIT_MS = 240_000;
/** Peak memory of the ingest process: bounded by the 32 MB file cap, not by the 200 MB file. */
const MAX_RSS_MB = 640;

/** Root cannot be kept out of a file by its mode; the ingest then runs as nobody, or the case is left out. */
const SWITCH = nobodySwitch();
const UNREADABLE_OK = SWITCH !== 'impossible';
const tmp = tempDir('parallax-bad-');
let cases: BadInput[];
let report: IngestReport;
let elapsed = 0;
let maxRssKb = 0;
let seeded = 0;
const library = join(tmp.dir, 'library.sqlite');

function cli(args: string[], timeoutMs: number): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MEASURE, CLI, ...args], { ...(SWITCH && SWITCH !== 'impossible' ? SWITCH : {}), env: { ...process.env, LANG: 'C.UTF-8' } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => (clearTimeout(timer), resolve({ code, out, err })));
  });
}

beforeAll(async () => {
  chmodSync(tmp.dir, 0o777);
  const built = buildBadInputs(tmp.dir, { unreadable: UNREADABLE_OK });
  cases = built.cases;
  // A new library starts with the seed reports.
  const first = await cli(['list', '--library', library, '--json'], 60_000);
  seeded = (JSON.parse(first.out) as { total: number }).total;
  const started = Date.now();
  const r = await cli(['ingest', ...built.paths, '--library', library, '--json', '--time-limit', String(TIME_LIMIT_S)], RUN_LIMIT_MS);
  elapsed = Date.now() - started;
  maxRssKb = Number(/maxrss (\d+)/.exec(r.err)?.[1] ?? 0);
  expect(r.code, r.err.slice(-2000)).toBe(0);
  report = JSON.parse(r.out) as IngestReport;
}, RUN_LIMIT_MS + 30_000);
afterAll(() => {
  // The closed folder must be opened again before it can be removed.
  try {
    chmodSync(join(tmp.dir, 'in', 'closed'), 0o755);
  } catch {
    // not made on this machine
  }
  tmp.cleanup();
});

const base = (name: string) => name.split('/').pop()!;
const skippedOf = (name: string) => report.skipped.filter((s) => base(s.name) === base(name));
const addedOf = (name: string) => report.added.filter((a) => base(a.name.replace(/#.*$/, '')) === base(name));

describe('ingest of 40-odd bad inputs in one run', () => {
  it('ends in bounded time and memory', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(elapsed).toBeLessThan(RUN_LIMIT_MS);
    expect(maxRssKb).toBeGreaterThan(0);
    expect(maxRssKb / 1024).toBeLessThan(MAX_RSS_MB);
  });

  it('skips each bad input with a reason that names it, and keeps the good ones', () => {
    for (const c of cases) {
      const skipped = skippedOf(c.name).filter((s) => !s.locator);
      const added = addedOf(c.name);
      const present = report.present.filter((p) => base(p.name) === base(c.name));
      if (c.expect === 'skipped' && !c.skippedLines) {
        expect(skipped.length, `${c.what}: skipped`).toBeGreaterThanOrEqual(1);
        expect(skipped[0]!.reason, c.what).toContain(c.name.includes('/') ? c.name : base(c.name));
      }
      if (c.expect === 'skipped') expect(added, c.what).toHaveLength(0);
      if (c.expect === 'added') expect(added.length + present.length, `${c.what}: added`).toBeGreaterThanOrEqual(1);
      if (c.expect === 'added' && c.adds) expect(added, c.what).toHaveLength(c.adds);
      if (c.expect === 'either') expect(added.length + skipped.length, `${c.what}: added or skipped`).toBeGreaterThanOrEqual(1);
      for (const line of c.skippedLines ?? []) {
        const s = report.skipped.find((x) => base(x.name) === base(c.name) && x.locator === line);
        expect(s, `${c.what}: ${line} skipped`).toBeDefined();
        expect(s!.reason, c.what).toContain(`${base(c.name)} ${line}`);
      }
    }
    // The 10k tiny files are one content: one added, the rest present, and said to be copies.
    expect(report.present.filter((p) => /^n\d+\.txt$/.test(p.name)).length).toBe(9_999);
  });

  it.skipIf(!UNREADABLE_OK)('skips an unreadable file and folder by name (as root: only where the CLI can run as nobody)', () => {
    expect(skippedOf('unreadable.txt')[0]?.reason).toBe('ingest: no permission to read "unreadable.txt"');
    expect(report.skipped.find((s) => s.name === join(tmp.dir, 'in', 'closed'))?.reason).toMatch(/^ingest: cannot read folder ".*closed" \(EACCES/);
  });

  it('says when a file ran past the time limit, and went on with the rest', () => {
    for (const s of report.skipped.filter((x) => x.code === 'TIMEOUT')) {
      expect(s.reason).toMatch(new RegExp(`took longer than ${TIME_LIMIT_S} s, so it was skipped`));
    }
    expect(addedOf('good.txt')).toHaveLength(1);
  });

  it('prints one line per skipped input, odd names escaped so no line breaks or turns around', () => {
    const text = formatReport(report);
    const lines = text.split('\n');
    expect(lines).toHaveLength(1 + report.skipped.length + report.warnings.length);
    expect(lines[0]).toMatch(/already present \d+ \(all duplicates within the input\)/);
    for (const s of report.skipped) expect(lines.some((l) => l.includes(printable(s.name)))).toBe(true);
    expect(text).not.toMatch(/[\u202a-\u202e\u0000-\u0008]/);
  });

  it('decodes what can be read: UTF-16 with and without BOM, Windows-1252, invalid UTF-8, CR line ends, RTL', async () => {
    const db = new Database(library, { readonly: true });
    try {
      for (const c of cases.filter((x) => x.contains)) {
        const id = addedOf(c.name)[0]?.articleId;
        expect(id, c.what).toBeDefined();
        const row = db.prepare('SELECT text FROM articles WHERE id = ?').get(id) as { text: string };
        expect(row.text, c.what).toContain(c.contains);
      }
    } finally {
      db.close();
    }
  });

  it('leaves a library that is whole and opens: integrity, counts, the search index in step', async () => {
    const state = checkLibrary(library);
    expect(state.integrity).toBe('ok');
    expect(state.articles).toBe(seeded + report.added.length);
    expect(state).toMatchObject({ searchDocs: state.articles, searchFts: state.articles, unindexed: 0, orphanedIndex: 0, duplicateContent: 0 });
    const list = await cli(['list', '--library', library, '--json', '--limit', '1000'], 60_000);
    expect(list.code, list.err).toBe(0);
    expect((JSON.parse(list.out) as { total: number }).total).toBe(state.articles);
    const search = await cli(['search', 'Genf', '--library', library, '--json'], 60_000);
    expect(search.code, search.err).toBe(0);
    expect(search.out).toContain('Ein guter Bericht');
  });
});
