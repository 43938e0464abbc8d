import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/temp';

/**
 * What `parallax ingest` says while it works, wherever its output goes: a terminal, a log (not
 * a terminal), or a program (`--json`). Issue 12: 33 s of silence in CI, and the last line glued
 * onto the progress line in a terminal.
 */

const BIN = join(ROOT, 'bin/parallax.mjs');
const tmp = tempDir();
const data = join(tmp.dir, 'reports.jsonl');
/** Enough records that ingest takes a moment; every fifth is a copy of the one before it. */
const N = 200;

beforeAll(() => {
  const lines = Array.from({ length: N }, (_, i) => {
    const k = i % 5 === 4 ? i - 1 : i;
    return JSON.stringify({ title: `Bericht ${k}`, text: `Absatz ${k} über die Gespräche in Genf. `.repeat(20) });
  });
  writeFileSync(data, lines.join('\n'));
});
afterAll(() => tmp.cleanup());

function ingest(library: string, extra: string[] = []) {
  return spawnSync(process.execPath, [BIN, 'ingest', data, '--library', library, ...extra], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('parallax ingest progress', () => {
  it('not on a terminal: plain progress lines on stderr, the report alone on stdout; copies inside the input are named as such', () => {
    const r = ingest(join(tmp.dir, 'plain.sqlite'));
    expect(r.status, r.stderr).toBe(0);
    const progress = r.stderr.trimEnd().split('\n');
    // A JSON Lines file is counted first, so progress is in reports, not bytes.
    expect(progress[0]).toMatch(/^Ingesting: 0% \(0 of 200 reports\)/);
    expect(progress).toContain(progress.find((l) => /^Ingesting: 100% /.test(l)));
    expect(progress.some((l) => /^Indexing for comparison: 100% \(\d+ of \d+ reports\)$/.test(l))).toBe(true);
    expect(r.stderr).not.toContain('\r');
    expect(r.stdout).toMatch(/^Added 160, already present 40 \(all duplicates within the input\), skipped 0 \(\d+\.\d s\)\.\n$/);
  });

  it('with --json: progress as JSON lines on stderr, the report as JSON on stdout', () => {
    const r = ingest(join(tmp.dir, 'json.sqlite'), ['--json']);
    expect(r.status, r.stderr).toBe(0);
    const events = r.stderr.trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string; task: string; done: number; total: number; unit: string });
    expect(events.every((e) => e.type === 'progress')).toBe(true);
    const ingestEvents = events.filter((e) => e.task === 'ingest');
    expect(ingestEvents.at(-1)!.done).toBe(ingestEvents.at(-1)!.total);
    expect(ingestEvents.every((e) => e.unit === 'reports')).toBe(true);
    expect(events.some((e) => e.task === 'compareIndex')).toBe(true);
    expect(JSON.parse(r.stdout).added).toHaveLength(160);
  });

  // script(1) (util-linux, on every Debian) runs a command on a pseudo-terminal.
  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('on a terminal: the progress line is cleared before the report, which stands on its own line (needs script(1))', () => {
    const library = join(tmp.dir, 'tty.sqlite');
    const cmd = [process.execPath, BIN, 'ingest', data, '--library', library].map((a) => `'${a}'`).join(' ');
    // script(1) runs the command on a pseudo-terminal, as a person's shell would.
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...process.env, TERM: 'dumb' } });
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain('\r\x1b[KIngesting ');
    // What the screen shows last: the report at the start of a fresh line.
    const screen = r.stdout.split(/\r\x1b\[K/).at(-1)!;
    expect(screen).toMatch(/^Added 160, already present 40 \(all duplicates within the input\), skipped 0 \(\d+\.\d s\)\.\r?\n$/);
  });

  it('a rebuild of derived data when a library opens reports its progress too', () => {
    const library = join(tmp.dir, 'rebuild.sqlite');
    expect(ingest(library).status).toBe(0);
    // As after an update that changed how the indexes are built: every dataset is out of date.
    const db = new Database(library);
    db.prepare('UPDATE derived_state SET version = version + 1000').run();
    db.close();
    const r = spawnSync(process.execPath, [BIN, 'list', '--library', library, '--limit', '1'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    // Each dataset with articles to build says how far it is, the search index first.
    expect(lines[0]).toMatch(/^Rebuilding the search index: 0% \(0 of 16\d reports\)$/);
    for (const what of ['the search index', 'the near-duplicate links', 'the compare index']) {
      expect(lines.some((l) => new RegExp(`^Rebuilding ${what}: 100% \\(16\\d of 16\\d reports\\)$`).test(l)), what).toBe(true);
    }
    expect(r.stdout.split('\n')).toHaveLength(2);
  });
});
