import { copyFileSync, existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLibrary } from '../src/core/library';
import { createParallaxService } from '../src/core/service';
import type { SearchPage } from '../src/shared/api';
import { benchLibrary, drawQueries } from './search.bench';
import { corpusFile, readCorpus } from './lib/corpus';
import { checkQueries } from './lib/search-queries';
import { now, summarise } from './lib/measure';
import { ROOT, tempDir } from './lib/paths';
import { entityGroups } from '../src/core/explore/views';
import { writeSpellings } from '../src/core/explore/spellings-lookup';
import { replaceSpellings, spellingsState } from '../src/core/store/queries/name-spellings';

/**
 * Search speed work's two tools, on a copy of the bench's cached library (SQLite writes to it):
 *
 * - `dump <file>`: every result of `checkQueries` as JSON (hits in order with scores, snippets,
 *   copy counts; totals, facets, notices; no timings), to diff a change against main's build.
 * - `time [kind…]`: the bench's queries of each kind in a loop (run under `--cpu-prof` to see
 *   where a kind spends), with its CPU-time p50/p95.
 *
 * `PARALLAX_NAMED=1`: on the library with its compare index built and the spellings lookup
 * stored, as the app has them (the bench's library has no people: its compare index waits).
 */
async function namedLibrary(n: number): Promise<string> {
  const file = (await benchLibrary(n)).replace(/\.sqlite$/, '-named.sqlite');
  if (existsSync(file)) return file;
  copyFileSync(await benchLibrary(n), `${file}.building`);
  const db = await openLibrary({ path: `${file}.building`, seedDir: null });
  const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: file, version: 'bench', compareWorkerFile: join(ROOT, 'out/node/compare-worker.js') });
  await api.getTimeline({ limit: 10 });
  const { changes } = spellingsState(db);
  replaceSpellings(db, (sink) => writeSpellings(entityGroups(db).groups, sink), changes);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  renameSync(`${file}.building`, file);
  return file;
}

export async function run(args: string[]): Promise<void> {
  const n = Number(process.env.PARALLAX_BENCH_SIZES ?? '10000');
  const tmp = tempDir();
  const file = join(tmp.dir, 'library.sqlite');
  copyFileSync(process.env.PARALLAX_NAMED ? await namedLibrary(n) : await benchLibrary(n), file);
  const db = await openLibrary({ path: file, seedDir: null });
  const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: file, version: 'bench' });
  const records = readCorpus(corpusFile(n));
  await api.searchArticles({ q: 'warm up' });
  const [mode, ...rest] = args;
  if (mode === 'dump') {
    const lines: string[] = [];
    for (const q of checkQueries(db, records, 40)) {
      const page: Partial<SearchPage> = await api.searchArticles(q);
      delete page.tookMs;
      lines.push(JSON.stringify({ query: q, page }));
    }
    writeFileSync(rest[0]!, `${lines.join('\n')}\n`);
    console.log(`${lines.length} searches written to ${rest[0]}`);
  } else {
    const drawn: Record<string, string[]> = process.env.QUERIES ? { given: process.env.QUERIES.split('|') } : drawQueries(records);
    const rounds = Number(process.env.ROUNDS ?? '3');
    for (const [kind, qs] of Object.entries(drawn)) {
      if (rest.length && !rest.includes(kind.replace(' ', '-'))) continue;
      const cpu: number[] = [];
      const perQuery = new Map<string, number[]>();
      for (let r = 0; r < rounds; r++) {
        for (const q of qs) {
          const c = process.cpuUsage();
          await api.searchArticles({ q, limit: 20 });
          const u = process.cpuUsage(c);
          cpu.push((u.user + u.system) / 1000);
          perQuery.set(q, [...(perQuery.get(q) ?? []), (u.user + u.system) / 1000]);
        }
      }
      const s = summarise(cpu);
      console.log(`${kind.padEnd(14)} CPU p50 ${s.median.toFixed(2)} p95 ${s.p95.toFixed(2)} ms (n ${cpu.length})`);
      if (process.env.SLOWEST) {
        const slow = [...perQuery].map(([q, ts]) => [q, summarise(ts).median, Math.min(...ts), Math.max(...ts)] as const).sort((a, b) => b[1] - a[1]);
        for (const [q, m, lo, hi] of slow.slice(0, Number(process.env.SLOWEST))) console.log(`   ${m.toFixed(1).padStart(6)} (${lo.toFixed(1)}–${hi.toFixed(1)})  ${q}`);
      }
    }
  }
  void now;
  db.close();
  tmp.cleanup();
}
