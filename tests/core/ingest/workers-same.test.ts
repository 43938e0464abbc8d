import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/core/ingest/ingest';
import { openLibrary } from '../../../src/core/library';
import { searchArticles } from '../../../src/core/search/search';
import type { WriteDb } from '../../../src/core/store/db';
import { ROOT, tempDir } from '../../support/temp';

/**
 * An import on extraction workers (batches sent in chunks over two workers, written in the
 * order read) stores exactly what extraction on the library thread stores: the same articles,
 * bodies and blocks, in the same order, found by the same searches.
 */
const tmp = tempDir('parallax-workers-same-');
let workerFile: string;
const corpus = join(tmp.dir, 'reports.jsonl');

const TOWNS = ['Graz', 'Linz', 'Bregenz', 'Salzburg', 'Innsbruck', 'Klagenfurt', 'Eisenstadt'];
const TOPICS = ['Hochwasser', 'Gemeinderat', 'Straßenbahn', 'Schulreform', 'Wahlkampf', 'Budget'];

beforeAll(async () => {
  workerFile = join(tmp.dir, 'extract-worker.mjs');
  await build({ entryPoints: [join(ROOT, 'src/core/worker/extract-worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile: workerFile, logLevel: 'error' });
  // Over 2 MB in all, so the import uses a pool of workers, not one.
  const lines: string[] = [];
  for (let i = 0; i < 300; i++) {
    const town = TOWNS[i % TOWNS.length]!;
    const topic = TOPICS[(i * 5) % TOPICS.length]!;
    const paragraphs = Array.from({ length: 12 }, (_, p) => `${town} meldet am ${(i % 28) + 1}. März zum Thema ${topic} Neues: Absatz ${p} von Bericht ${i}, mit ${i * 7 + p} Beteiligten und einer längeren Erklärung der Stadtverwaltung, die ausführlich zitiert wird und noch weitere Einzelheiten nennt.`);
    lines.push(JSON.stringify({ title: `${topic} in ${town} (${i})`, text: paragraphs.join('\n\n') }));
  }
  writeFileSync(corpus, lines.join('\n') + '\n');
});
afterAll(() => tmp.cleanup());

async function imported(name: string, extractWorkerFile: string | undefined): Promise<WriteDb> {
  const db = await openLibrary({ path: join(tmp.dir, `${name}.sqlite`), seedDir: null });
  const report = await ingestPaths({ db, emit: () => {}, jobId: null, extractWorkerFile }, [corpus]);
  expect(report.skipped).toEqual([]);
  expect(report.added).toHaveLength(300);
  return db;
}

const stored = (db: WriteDb) => ({
  articles: db.prepare('SELECT id, title, body, text, extraction FROM articles ORDER BY rowid').all(),
  blocks: db.prepare('SELECT article_id, seq, kind, start, end, text FROM blocks ORDER BY article_id, seq').all(),
});
const hits = (db: WriteDb, q: string) => searchArticles(db, { q, sort: 'relevance', limit: 50, offset: 0, facets: false, groupCopies: false }).hits.map((h) => h.article.id);

describe('an import on extraction workers', () => {
  it('stores and finds the same as one on the library thread', async () => {
    const onWorkers = await imported('workers', workerFile);
    const here = await imported('here', undefined);
    try {
      expect(stored(onWorkers)).toEqual(stored(here));
      for (const q of ['Straßenbahn Graz', 'Beteiligten', '"Bericht 217"']) {
        expect(hits(onWorkers, q).length).toBeGreaterThan(0);
        expect(hits(onWorkers, q)).toEqual(hits(here, q));
      }
    } finally {
      onWorkers.close();
      here.close();
    }
  });
});
