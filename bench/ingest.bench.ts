import { join } from 'node:path';
import { stemmer } from '@orama/stemmers/german';
import Database from 'better-sqlite3';
import { extract } from '../src/core/ingest/extract/index';
import { ingestPaths } from '../src/core/ingest/ingest';
import { openLibrary } from '../src/core/library';
import { corpusFile, readCorpus } from './lib/corpus';
import { now, report, summarise, timeRuns } from './lib/measure';
import { ROOT, tempDir } from './lib/paths';

/**
 * Issue 3's figures: extraction throughput (MB/s on one core) over the 1,028 real articles, and
 * ingest of 10k articles end to end as a ratio to a raw FTS5 insert with a stemmed column.
 */
export async function run(): Promise<void> {
  const tmp = tempDir();
  const records = readCorpus(corpusFile(1028));
  const bytes = records.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
  const extractTimes = await timeRuns(5, () => {
    for (const r of records) extract({ text: r.text, format: 'text', hints: { title: r.title } });
  });
  const e = summarise(extractTimes);
  report({ scenario: 'extract', metric: `1,028 articles (${(bytes / 1e6).toFixed(1)} MB), one core`, median: bytes / 1e6 / (e.median / 1000), unit: 'MB/s', n: e.n });

  const file = corpusFile(10_000);
  const big = readCorpus(file);
  const rawRates: number[] = [];
  const ourRates: number[] = [];
  for (let i = 0; i < 3; i++) {
    const db = new Database(join(tmp.dir, `raw-${i}.sqlite`));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(title, body, stem, tokenize='unicode61 remove_diacritics 2')");
    const ins = db.prepare('INSERT INTO t(title, body, stem) VALUES (?, ?, ?)');
    let t = now();
    db.transaction(() => {
      for (const r of big) {
        const stems = (r.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(stemmer).join(' ');
        ins.run(r.title, r.text, stems);
      }
    })();
    rawRates.push(big.length / ((now() - t) / 1000));
    db.close();

    const lib = await openLibrary({ path: join(tmp.dir, `lib-${i}.sqlite`), seedDir: null });
    t = now();
    const rep = await ingestPaths({ db: lib, emit: () => {}, jobId: null, extractWorkerFile: join(ROOT, 'out/node/extract-worker.js') }, [file]);
    ourRates.push(rep.added.length / ((now() - t) / 1000));
    lib.close();
  }
  const raw = summarise(rawRates);
  report({
    scenario: 'ingest',
    metric: '10k articles end to end (extract, store, index), 2 cores',
    ...summarise(ourRates),
    unit: 'articles/s',
    baseline: { name: 'raw FTS5 insert with stemmed column', median: raw.median },
    goal: 'ratio ≥ 0.5',
  });
  tmp.cleanup();
}
