import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { HTTP_TOKEN_HEADER } from '../src/shared/api';
import { corpusFile } from './lib/corpus';
import { now, report, summarise } from './lib/measure';
import { ROOT, tempDir } from './lib/paths';
import { memoryOf, parallaxPeak } from './lib/process';

/**
 * Issue 13's one more report into a reopened library: `parallax serve` on a copy of a library
 * whose three views are stored current, a timeline page read (served from the store), the host
 * left until idle (no thread of it running for two seconds: what the branch's warm-up of the
 * views' indexes takes), one report ingested over HTTP, then the time from the ingest's answer to the first
 * timeline page no longer marked `updating` (the views with the report). Run for this tree and,
 * with `PARALLAX_BENCH_BASE=DIR` (a built checkout of main, e.g. /work/wt-base), for that tree
 * too, alternating, so the rebuild and the fold are measured in one run. Sizes:
 * `PARALLAX_BENCH_SIZES` (default 10000,100000; a library missing is built once by
 * `parallax ingest`, ~15 minutes at 100k), rounds: `BENCH_RUNS` (default 3).
 */
export async function run(): Promise<void> {
  const sizes = (process.env.PARALLAX_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const base = process.env.PARALLAX_BENCH_BASE;
  const trees = [{ name: 'this tree', root: ROOT }, ...(base ? [{ name: 'base', root: base }] : [])];
  for (const n of sizes) {
    const stored = await storedLibrary(n);
    const ms = new Map<string, number[]>(trees.map((t) => [t.name, []]));
    const rss = new Map<string, number[]>(trees.map((t) => [t.name, []]));
    for (let i = 0; i < runs; i++) {
      for (const tree of trees) {
        const r = await oneMore(tree.root, stored, i);
        ms.get(tree.name)!.push(r.ms);
        rss.get(tree.name)!.push(r.rssMb);
        console.log(`one-more     ${n} ${tree.name} round ${i + 1}: ${r.ms.toFixed(0)} ms to the views with the report (${r.served}), RSS ${r.rssMb.toFixed(0)} MB`);
      }
    }
    const goal = n <= 10_000 ? '≤ 3 s' : '≤ 6 s';
    const baseline = base ? { name: 'base', median: summarise(ms.get('base')!).median } : undefined;
    report({ scenario: 'one-more', metric: `${n}: ingest → the views with the report`, ...summarise(ms.get('this tree')!), unit: 'ms', ...(baseline ? { baseline } : {}), goal });
    report({ scenario: 'one-more', metric: `${n}: serve RSS then`, ...summarise(rss.get('this tree')!), unit: 'MB', ...(base ? { baseline: { name: 'base', median: summarise(rss.get('base')!).median } } : {}) });
  }
}

/** The cached `n`-report library with its three views built and stored current (bench/.cache/views-N.sqlite). */
async function storedLibrary(n: number): Promise<string> {
  const file = join(ROOT, 'bench', '.cache', `views-${n}.sqlite`);
  if (existsSync(file)) return file;
  const lib = join(ROOT, 'bench', '.cache', `library-${n}.sqlite`);
  if (!existsSync(lib)) {
    console.log(`one-more     building the ${n.toLocaleString('en')}-report library once (bench/.cache)…`);
    const r = await parallaxPeak(['ingest', corpusFile(n), '--library', `${lib}.building`]);
    if (r.code !== 0) throw new Error(`bench: parallax ingest exited with ${r.code}`);
    renameSync(`${lib}.building`, lib);
  }
  copyFileSync(lib, `${file}.building`);
  const serve = await serveOn(ROOT, `${file}.building`);
  try {
    await serve.call('getTimelinePage', { limit: 100 });
    // Stored once quiet 10 s: the three rows at the counter of the compare rows' changes.
    for (;;) {
      const db = new Database(`${file}.building`, { readonly: true });
      const ok = db.prepare('SELECT count(*) FROM explore_views WHERE stamp = (SELECT changes FROM explore_views_state)').pluck().get() === 3;
      db.close();
      if (ok) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
  } finally {
    await serve.stop();
  }
  renameSync(`${file}.building`, file);
  return file;
}

interface Serve {
  pid: number;
  call(method: string, ...args: unknown[]): Promise<unknown>;
  stop(): Promise<void>;
}

/** `parallax serve` of the tree at `root` on `library`. */
async function serveOn(root: string, library: string): Promise<Serve> {
  const child = spawn(process.execPath, [join(root, 'bin/parallax.mjs'), 'serve', '--library', library, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out);
      if (m) resolve(new URL(m[0]));
    });
    child.once('exit', () => reject(new Error(`serve exited: ${out}`)));
  });
  const headers = { [HTTP_TOKEN_HEADER]: url.searchParams.get('token')!, 'content-type': 'application/json' };
  return {
    pid: child.pid!,
    async call(method, ...args) {
      const res = await fetch(`${url.origin}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(args) });
      const body = (await res.json()) as { value?: unknown; error?: unknown };
      if (!('value' in body)) throw new Error(`bench: ${method} failed: ${JSON.stringify(body)}`);
      return body.value;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
    },
  };
}

/** Whether any thread of a process is running or waiting to run (state R in `/proc`). */
function running(pid: number): boolean {
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      if (readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8').split(') ')[1]!.startsWith('R')) return true;
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return false;
}

/**
 * Resolves once no thread of the process ran or waited to run over two seconds (sampled every
 * 50 ms). Its threads' states, not its CPU time: at load ~30 on two cores a thread at work gets a
 * few percent of a core, which the CPU time took for idle (a warm-up not landed yet).
 */
async function idle(pid: number): Promise<void> {
  for (let quiet = 0; quiet < 40; ) {
    await new Promise((r) => setTimeout(r, 50));
    quiet = running(pid) ? 0 : quiet + 1;
  }
}

/** One round: the stored library copied, served by `root`'s build, one report in, the time to the views with it. */
async function oneMore(root: string, stored: string, round: number): Promise<{ ms: number; rssMb: number; served: string }> {
  const tmp = tempDir();
  const library = join(tmp.dir, 'library.sqlite');
  copyFileSync(stored, library);
  const serve = await serveOn(root, library);
  try {
    const first = (await serve.call('getTimelinePage', { limit: 100 })) as { updating?: true };
    if (first.updating) throw new Error('bench: the stored views were not current');
    await idle(serve.pid);
    // A new report each round (never a copy of one in the library), dated so that it joins the timeline.
    const text = `Gipfel in Wien\n\n1${round % 10}. März 2016\n\nAm Freitag trafen sich die Außenminister in Wien (Runde ${round}, ${Date.now()}). Kanzler Werner Faymann sprach mit Journalisten.\n`;
    await serve.call('ingestText', { name: `one more ${round}.txt`, text });
    const t = now();
    let pages = 0;
    for (;;) {
      pages++;
      const page = (await serve.call('getTimelinePage', { limit: 100 })) as { updating?: true };
      if (!page.updating) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const ms = now() - t;
    return { ms, rssMb: memoryOf(serve.pid)?.rssMb ?? 0, served: pages === 1 ? 'the first page' : `${pages} pages, the first marked updating` };
  } finally {
    await serve.stop();
    tmp.cleanup();
  }
}
