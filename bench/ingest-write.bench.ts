import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { IngestReport } from '../src/shared/api';
import { openLibrary } from '../src/core/library';
import { withWriteCache } from '../src/core/store/db';
import { prepareBatch } from '../src/core/ingest/extract-pool';
import type { PreparedArticle } from '../src/core/ingest/prepare';
import { readFileInputs } from '../src/core/ingest/read-input';
import { writeBatch } from '../src/core/ingest/write';
import { corpusFile } from './lib/corpus';
import { report, summarise } from './lib/measure';
import { tempDir } from './lib/paths';

/** The ingest's batch (`BATCH_SIZE` in core/ingest/ingest.ts). */
const BATCH = 250;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * The library thread's share of a 10k import alone: articles extracted beforehand, then
 * written in the import's batches to a fresh library (article and source rows, blocks, search
 * index, near-duplicates, twin groups, site templates, the compare waiting list), as CPU time
 * of the whole process with nothing else running. Baseline in the same run: the same stems
 * inserted raw into one FTS5 table, in the same batches.
 */
export async function run(): Promise<void> {
  const tmp = tempDir();
  const file = corpusFile(10_000);
  const prepared: PreparedArticle[] = [];
  let inputs = [];
  for await (const item of readFileInputs(file, 'corpus.jsonl', 0)) {
    if ('input' in item) inputs.push(item.input);
    if (inputs.length === BATCH) {
      for (const o of prepareBatch(inputs)) if (o.ok) prepared.push(o.value);
      inputs = [];
    }
  }
  for (const o of prepareBatch(inputs)) if (o.ok) prepared.push(o.value);
  const ours: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < Number(process.env.BENCH_RUNS ?? 3); i++) {
    const db = new Database(join(tmp.dir, `raw-${i}.sqlite`));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(title, body, stem, tokenize='unicode61 remove_diacritics 2')");
    const ins = db.prepare('INSERT INTO t(title, body, stem) VALUES (?, ?, ?)');
    const flush = db.transaction((rows: PreparedArticle[]) => {
      for (const p of rows) ins.run(p.extraction.title, p.extraction.text, p.searchTexts.body.stems);
    });
    let t = cpuMs();
    for (let k = 0; k < prepared.length; k += BATCH) flush(prepared.slice(k, k + BATCH));
    raw.push((cpuMs() - t) / prepared.length);
    db.close();

    const lib = await openLibrary({ path: join(tmp.dir, `lib-${i}.sqlite`), seedDir: null });
    const rep: IngestReport = { added: [], present: [], skipped: [], warnings: [], durationMs: 0 };
    t = cpuMs();
    await withWriteCache(lib, async () => {
      for (let k = 0; k < prepared.length; k += BATCH) writeBatch(lib, prepared.slice(k, k + BATCH), rep);
    });
    ours.push((cpuMs() - t) / rep.added.length);
    lib.close();
  }
  report({
    scenario: 'ingest-write',
    metric: '10k prepared articles written, CPU per article',
    ...summarise(ours),
    unit: 'ms',
    baseline: { name: 'raw FTS5 insert of the same stems', median: summarise(raw).median },
  });
  tmp.cleanup();
}
