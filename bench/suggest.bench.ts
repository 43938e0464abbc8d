import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { openLibrary } from '../src/core/library';
import { findNames } from '../src/core/search/names';
import { SuggestIndex } from '../src/core/search/suggest';
import { stmt } from '../src/core/store/queries/cache';
import { report, summarise, now } from './lib/measure';
import { benchLibrary } from './search.bench';

/**
 * Issue 4's suggestion figures at 100k articles: one word with a typo, type-ahead of a second
 * word, the index's heap, and start-up (snapshot load, never a re-index) against a rebuild.
 */

const QUERIES = 200;

function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** One edit (drop, double or swap a letter) inside the word, never the first letter. */
function typo(word: string, rand: () => number): string {
  const i = 1 + Math.floor(rand() * (word.length - 2));
  const k = rand();
  if (k < 0.34) return word.slice(0, i) + word.slice(i + 1);
  if (k < 0.67) return word.slice(0, i) + word[i] + word.slice(i);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

// A full collection before each heap reading, so garbage of the build does not count.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};

export async function run(): Promise<void> {
  const n = Number(process.env.PARALLAX_SUGGEST_SIZE ?? 100_000);
  const file = await benchLibrary(n);
  const db = await openLibrary({ path: file, seedDir: null });
  const label = `${(n / 1000).toFixed(0)}k`;

  // Rebuild once (the first run has no snapshot; later runs measure it anyway, then save).
  const before = heapMb();
  let t = now();
  let built: SuggestIndex | null = new SuggestIndex(db);
  built.rebuild();
  const rebuildMs = now() - t;
  const entries = built.size;
  const heap = heapMb() - before;
  built = null;
  const snapBytes = (stmt(db, "SELECT length(data) AS n FROM search_snapshots WHERE name = 'suggest'").get() as { n: number }).n;

  // Start-up: a fresh index object loads the snapshot.
  const loads: number[] = [];
  let idx: SuggestIndex | null = null;
  let loadedHeap = 0;
  for (let i = 0; i < 3; i++) {
    idx = null;
    const h0 = heapMb();
    t = now();
    idx = new SuggestIndex(db);
    idx.ready();
    loads.push(now() - t);
    loadedHeap = heapMb() - h0;
  }
  report({ scenario: 'suggest', metric: `${label} start-up: load snapshot (${(snapBytes / 1e6).toFixed(0)} MB)`, ...summarise(loads), unit: 'ms', baseline: { name: 'full rebuild', median: rebuildMs } });
  report({ scenario: 'suggest', metric: `${label} index heap after a build (${entries.toLocaleString('en')} entries)`, median: heap, unit: 'MB', n: 1, goal: '< 100 MB' });
  report({ scenario: 'suggest', metric: `${label} index heap loaded from the snapshot`, median: loadedHeap, unit: 'MB', n: 1, goal: '< 100 MB' });

  // Queries: names and title words from the library, misspelt; two-word names typed ahead.
  const rand = rng(3);
  const rows = db.prepare('SELECT title, body FROM articles WHERE rowid % 97 = 0 LIMIT 2000').all() as { title: string; body: string }[];
  const names = rows.flatMap((r) => findNames(`${r.title}\n${r.body}`).map((x) => x.text));
  const single = names.flatMap((x) => x.split(' ')).filter((w) => w.length >= 5);
  const double = names.filter((x) => x.split(' ').length === 2);
  const typos = Array.from({ length: QUERIES }, () => typo(single[Math.floor(rand() * single.length)]!, rand));
  const ahead = Array.from({ length: QUERIES }, () => {
    const [a, b] = double[Math.floor(rand() * double.length)]!.split(' ');
    return `${a} ${b!.slice(0, 2)}`;
  });
  console.log(`(suggest at ${label}: load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${cpus().length} cores)`);
  for (const [kind, qs] of [
    ['one word with a typo', typos],
    ['type-ahead of a second word', ahead],
  ] as const) {
    const times: number[] = [];
    let answered = 0;
    for (const q of qs) {
      t = now();
      const s = idx!.suggest(q);
      times.push(now() - t);
      if (s.length > 0) answered++;
    }
    report({
      scenario: 'suggest',
      metric: `${label} ${kind} (${Math.round((answered / qs.length) * 100)}% answered)`,
      ...summarise(times),
      unit: 'ms',
      goal: kind.startsWith('one') ? 'p95 < 10 ms' : 'p95 < 30 ms',
    });
  }
  void join;
  db.close();
}
