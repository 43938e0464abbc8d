import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../src/shared/api';
import { ROOT, tempDir } from '../support/temp';
import { checkLibrary } from './support/library-check';

/**
 * kill -9 at the worst moments: three points of a 10k import (first batch written, half way,
 * while the compare index catches up), and while annotations are being saved through the
 * browser host. Afterwards the library is whole, its search index in step, and a rerun
 * finishes the import without a single duplicate.
 */

const BIN = join(ROOT, 'bin/parallax.mjs');
const N = 10_000;
/** A 10k import and its reruns on a loaded 2-core machine. */
const SLOW_MS = 300_000;
const tmp = tempDir('parallax-kill-');
const data = join(tmp.dir, 'reports.jsonl');
const WORDS = ['Gipfel', 'Genf', 'Gespräche', 'Kreml', 'Washington', 'Waffenruhe', 'Delegation', 'Sanktionen', 'Energie', 'Grenze', 'Flüchtlinge', 'Minister'];

beforeAll(() => {
  const w = (k: number) => WORDS[k % WORDS.length];
  const line = (i: number) =>
    JSON.stringify({
      id: `r${i}`,
      title: `Bericht ${i} über ${w(i)}`,
      text: [0, 1, 2, 3].map((p) => `Absatz ${p} von Bericht ${i}: ${w(i + p)} und ${w(i * 7 + p)} am Tag ${(i % 28) + 1}. Die ${w(i * 3)} bleibt offen.`).join('\n\n'),
    });
  writeFileSync(data, Array.from({ length: N }, (_, i) => line(i)).join('\n'));
});
afterAll(() => tmp.cleanup());

const count = (library: string, sql: string) => {
  const db = new Database(library, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/**
 * Runs `parallax ingest` and kills it with SIGKILL the moment `when` says so (checked on every
 * progress line and every few milliseconds against the library), or lets it finish.
 */
function ingestUntil(library: string, when: ((stderr: string) => boolean) | null): Promise<{ killed: boolean; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [BIN, 'ingest', data, '--library', library, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let killed = false;
    const check = () => {
      if (killed || !when || child.exitCode !== null) return;
      if (when(err)) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    const timer = setInterval(check, 5);
    child.stdout!.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr!.setEncoding('utf8').on('data', (s: string) => ((err += s), check()));
    child.on('error', reject);
    child.on('close', () => (clearInterval(timer), resolve({ killed, out, err })));
  });
}

/** Whether the CLI's last word on the compare index (`--json` progress) says it is under way: some done, not all. */
const catchingUp = (err: string): boolean => {
  // Whole lines only: the last may still be coming.
  const lines = err.slice(0, err.lastIndexOf('\n') + 1).split('\n').filter((l) => l.includes('"task":"compareIndex"'));
  const last = lines.length > 0 ? (JSON.parse(lines.at(-1)!) as { done: number; total: number }) : null;
  return !!last && last.done > 0 && last.done < last.total;
};

const articlesIn = (library: string) => {
  try {
    return count(library, 'SELECT count(*) AS n FROM articles');
  } catch {
    return 0; // not created yet
  }
};

describe('kill -9 during a 10k import', () => {
  it('leaves a whole library at every point, and a rerun completes it without duplicates', async () => {
    const library = join(tmp.dir, 'kill.sqlite');
    const points: [string, (err: string) => boolean][] = [
      ['after the first batch', () => articlesIn(library) > 5],
      ['half way', () => articlesIn(library) >= N / 2],
      ['while the compare index catches up', catchingUp],
    ];
    let seeds = 0;
    for (const [what, when] of points) {
      const run = await ingestUntil(library, when);
      expect(run.killed, `${what}: killed before it finished (${run.err.slice(-300)})`).toBe(true);
      const state = checkLibrary(library);
      expect(state.integrity, what).toBe('ok');
      expect(state, what).toMatchObject({ searchDocs: state.articles, searchFts: state.articles, unindexed: 0, orphanedIndex: 0, duplicateContent: 0 });
      // Whole batches only: every source has its article and the other way round, and the
      // import's articles are a whole number of its 250-article transactions.
      expect(state.sources, what).toBe(state.articles);
      if (!seeds) seeds = count(library, "SELECT count(*) AS n FROM sources WHERE locator IS NULL");
      expect((state.articles - seeds) % 250, what).toBe(0);
      // The kill caught the catch-up under way (a kill after its last report tests nothing).
      if (when === catchingUp) expect(count(library, 'SELECT count(*) AS n FROM compare_pending'), what).toBeGreaterThan(0);
    }
    const last = await ingestUntil(library, null);
    expect(last.killed).toBe(false);
    const report = JSON.parse(last.out) as IngestReport;
    expect(report.skipped).toEqual([]);
    expect(report.added.length + report.present.length).toBe(N);
    const state = checkLibrary(library);
    expect(state).toMatchObject({ integrity: 'ok', articles: N + seeds, sources: N + seeds, searchDocs: N + seeds, unindexed: 0, duplicateContent: 0 });
    expect(count(library, 'SELECT count(*) AS n FROM compare_pending')).toBe(0);
  }, SLOW_MS);
});

describe('kill -9 while annotations are saved through the browser host', () => {
  it('keeps each annotation whole or not at all, and every one it confirmed', async () => {
    const library = join(tmp.dir, 'notes.sqlite');
    // A kill that lands after the host has saved the whole burst tests nothing. On a machine
    // busy enough that this process reacts late to the first answer, that happens; then the
    // burst is tried again on the same library, each round checking what every kill left.
    const earlier: number[] = [];
    let caught = false;
    for (let round = 0; round < 3 && !caught; round++) caught = await killDuringBurst(library, round, earlier);
    expect(caught, 'some of a burst was still being saved when the host died').toBe(true);
  }, 300_000);
});

/**
 * Starts the browser host on `library`, saves annotations through it, and kills it with -9 in
 * the middle of a burst; then checks the library: whole annotations, every confirmed one kept
 * (this round's and `earlier`'s, to which this round's are added). True when the kill caught
 * part of the burst unsaved.
 */
async function killDuringBurst(library: string, round: number, earlier: number[]): Promise<boolean> {
  const child = spawn(process.execPath, [BIN, 'serve', '--library', library, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out);
      if (m) resolve(new URL(m[0]));
    });
    child.on('exit', () => reject(new Error(`serve exited: ${out}`)));
  });
  const call = async (method: string, ...args: unknown[]) => {
    const res = await fetch(`${url.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-parallax-token': url.searchParams.get('token')! },
      body: JSON.stringify(args),
    });
    const body = (await res.json()) as { ok: boolean; value: unknown };
    if (!body.ok) throw new Error(JSON.stringify(body));
    return body.value as never;
  };
  const { items } = (await call('listArticles')) as { items: { id: string }[] };
  // The same report every round (the one of lowest id), so every round's spans are in its text.
  const article = (await call('getArticle', items.map((a) => a.id).sort()[0]!)) as { id: string; text: string };
  const span = Math.min(article.text.length - 40, 2000);
  const confirmed: number[] = [];
  let next = round * 1000;
  const add = async (i: number) => {
    const start = (i * 13) % span;
    await call('addAnnotation', { articleId: article.id, start, end: start + 20, color: 'green', note: `Notiz ${i} ${'ä'.repeat(i % 50)}`, tags: [`t${i}-a`, `t${i}-b`, `t${i}-c`] });
    confirmed.push(i);
  };
  // Eight writers at a time until forty are confirmed, as fast as the host takes them.
  const writer = async () => {
    while (confirmed.length < 40) await add(next++);
  };
  await Promise.all(Array.from({ length: 8 }, writer));
  // Then a burst of two hundred, and the host is killed the moment it has answered the first
  // of them: the others are being saved or waiting to be (saving them all takes the host a
  // good part of a second; SIGKILL lands in well under a millisecond).
  const burst = Array.from({ length: 200 }, () => next++);
  let answered = 0;
  const exited = new Promise((r) => child.once('exit', r));
  await Promise.allSettled(
    burst.map((i) =>
      add(i).then(() => {
        if (answered++ === 0) child.kill('SIGKILL');
      }),
    ),
  );
  await exited;
  expect(child.signalCode).toBe('SIGKILL');

  const db = new Database(library, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = db.prepare('SELECT id, note, exact, start, end FROM annotations').all() as { id: string; note: string; exact: string; start: number; end: number }[];
    const tagsOf = db.prepare('SELECT tag FROM annotation_tags WHERE annotation_id = ? ORDER BY tag');
    const saved = new Set<number>();
    for (const r of rows) {
      const i = Number(/^Notiz (\d+) /.exec(r.note)?.[1]);
      expect(r.note).toBe(`Notiz ${i} ${'ä'.repeat(i % 50)}`);
      expect((tagsOf.all(r.id) as { tag: string }[]).map((t) => t.tag)).toEqual([`t${i}-a`, `t${i}-b`, `t${i}-c`]);
      expect(r.exact).toBe(article.text.slice(r.start, r.end));
      saved.add(i);
    }
    for (const i of [...earlier, ...confirmed]) expect(saved.has(i), `confirmed annotation ${i} kept`).toBe(true);
    const orphans = db.prepare('SELECT count(*) AS n FROM annotation_tags t WHERE NOT EXISTS (SELECT 1 FROM annotations a WHERE a.id = t.annotation_id)').get() as { n: number };
    expect(orphans.n).toBe(0);
  } finally {
    db.close();
  }
  earlier.push(...confirmed);
  return answered < burst.length;
}
