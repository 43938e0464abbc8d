import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/temp';

const BIN = join(ROOT, 'bin/parallax.mjs');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** How often `interrupted` asks whether the state to interrupt in was reached. */
const LOOK_MS = 25;

/**
 * Runs the CLI, sends Ctrl+C once `when` holds (its stderr so far shows a pattern, or a state of
 * the work was reached), and resolves with what it said.
 */
function interrupted(args: string[], when: RegExp | (() => boolean)): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' } });
    let out = '';
    let err = '';
    let sent = false;
    const interrupt = () => {
      if (sent || !(typeof when === 'function' ? when() : when.test(err))) return;
      sent = true;
      clearInterval(look);
      child.kill('SIGINT');
    };
    const look = typeof when === 'function' ? setInterval(interrupt, LOOK_MS) : undefined;
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      err += s;
      interrupt();
    });
    child.on('exit', (code) => (clearInterval(look), resolve({ code, out, err })));
  });
}

const count = (library: string) => {
  const db = new Database(library, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/** Whether the library holds more than `n` reports yet (false while it is not there or not readable). */
const holdsMore = (library: string, n: number) => {
  try {
    return count(library) > n;
  } catch {
    return false;
  }
};

describe('Ctrl+C during long work', () => {
  it('stops an import between batches, says what was kept, and the same command adds the rest', async () => {
    const file = join(tmp.dir, 'viele.jsonl');
    const para = 'Die Delegationen trafen sich am Freitag in Genf, und der Minister sprach von schwierigen Gesprächen über die Kosten.';
    writeFileSync(file, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `r${i}`, title: `Bericht ${i}`, text: `${para} Punkt ${i}.\n\n${para}` })).join('\n'));
    const library = join(tmp.dir, 'stop.sqlite');
    // Ctrl+C once a batch is written beside the five seed reports: the progress line's count
    // moves before (a report counts half once extracted), so a stop on it could keep nothing.
    const r = await interrupted(['ingest', file, '--library', library], () => holdsMore(library, 5));
    expect(r.code).toBe(130);
    expect(r.err).toContain('Stopping once the reports being written are in');
    expect(r.out).toMatch(/^Added \d+, already present 0, skipped 0/);
    expect(r.out).toContain('Stopped. The reports written are kept');
    const kept = Number(/^Added (\d+)/.exec(r.out)![1]);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(3000);
    expect(count(library)).toBe(kept + 5);

    const again = await interrupted(['ingest', file, '--library', library], /^$/);
    expect(again.code).toBe(0);
    expect(again.out).toContain(`Added ${3000 - kept}, already present ${kept}`);
  }, 300_000);
});
