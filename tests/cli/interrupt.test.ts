import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/temp';

const BIN = join(ROOT, 'bin/parallax.mjs');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** Runs the CLI, sends Ctrl+C once its stderr shows `when`, and resolves with what it said. */
function interrupted(args: string[], when: RegExp): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' } });
    let out = '';
    let err = '';
    let sent = false;
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      err += s;
      if (!sent && when.test(err)) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    child.on('exit', (code) => resolve({ code, out, err }));
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

describe('Ctrl+C during long work', () => {
  it('stops an import between batches, says what was kept, and the same command adds the rest', async () => {
    const file = join(tmp.dir, 'viele.jsonl');
    const para = 'Die Delegationen trafen sich am Freitag in Genf, und der Minister sprach von schwierigen Gesprächen über die Kosten.';
    writeFileSync(file, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `r${i}`, title: `Bericht ${i}`, text: `${para} Punkt ${i}.\n\n${para}` })).join('\n'));
    const library = join(tmp.dir, 'stop.sqlite');
    const r = await interrupted(['ingest', file, '--library', library], /Ingesting: [1-9]\d*% \(/);
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
