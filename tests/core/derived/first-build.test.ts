import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import { compareIndexer } from '../../../src/core/derived/compare-rows/catch-up';
import { binaryCompare, keptCompareDocs, keptNameStats, keptTimelineRows } from '../../../src/core/derived/compare-rows/first-build';
import { reindexStoredArticle } from '../../../src/core/derived/compare-rows/rows';
import { bumpCompareVersion } from '../../../src/core/derived/explore-groupings';
import { allCompareDocs } from '../../../src/core/store/queries/compare';
import { nameStats } from '../../../src/core/store/queries/entities';
import { allTimelineRows } from '../../../src/core/store/queries/timeline';
import { getTimeline, listEntities, listStories } from '../../../src/core/explore/views';
import type { WriteDb } from '../../../src/core/store/db';
import type { ArticleId } from '../../../src/shared/api';
import { ROOT, SEEDS, tempDir } from '../../support/temp';

const WORKER = join(ROOT, 'out/node/compare-worker.js');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A library of the seeds and 20 variants of them, every article waiting for the compare index. */
async function library(name: string): Promise<WriteDb> {
  const db = await openLibrary({ path: join(tmp.dir, name), seedDir: null });
  const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: name, version: '0' });
  const seeds = readdirSync(SEEDS).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  for (const [i, text] of seeds.entries()) await api.ingestText({ name: `seed-${i}.txt`, text });
  for (let k = 0; k < 20; k++) {
    await api.ingestText({ name: `variant-${k}.txt`, text: `${seeds[k % seeds.length]}\n\nNachtrag ${k}: Außenministerin Željka Novák${k} sprach am ${k + 1}. März 2024 in Łódź mit ${k + 3} Journalisten.\n` });
  }
  return db;
}

/** The three views as a person sees them. */
function views(db: WriteDb): unknown {
  return { timeline: getTimeline(db, { limit: 10_000 }), entities: listEntities(db, { limit: 5000 }), stories: listStories(db) };
}

describe('a first build keeps the rows it writes for the views', () => {
  it('gives the views exactly what reading the tables gives, and the same views', async () => {
    expect(existsSync(WORKER), `${WORKER} is missing: run node scripts/build-node.mjs`).toBe(true);
    const db = await library('kept.sqlite');
    await compareIndexer(db, { workerFile: WORKER, workers: 1, poolMin: 1, batchSize: 4 }).catchUp({ urgent: true });
    // In the turn the catch-up ends, as a view that waited for it reads.
    const names = keptNameStats(db);
    const rows = keptTimelineRows(db);
    const docs = keptCompareDocs(db);
    expect(names?.length).toBeGreaterThan(0);
    expect(names).toEqual(nameStats(db));
    expect(rows).toEqual(allTimelineRows(db));
    expect(docs).toEqual(allCompareDocs(db));
    // Each is given once.
    expect(keptNameStats(db)).toBeUndefined();
    db.close();
  });

  it('builds the same timeline, people and stories as a regrouping from the tables', async () => {
    const db = await library('views.sqlite');
    await compareIndexer(db, { workerFile: WORKER, workers: 1, poolMin: 1, batchSize: 4 }).catchUp({ urgent: true });
    const first = views(db);
    bumpCompareVersion(db);
    expect(views(db)).toEqual(first);
    db.close();
  });

  it('gives nothing once a row changed otherwise, after the turn it ended, or when no person waited', async () => {
    const db = await library('stale.sqlite');
    const indexer = compareIndexer(db, { workerFile: WORKER, workers: 1, poolMin: 1, batchSize: 4 });
    await indexer.catchUp({ urgent: true });
    reindexStoredArticle(db, db.prepare('SELECT id FROM articles LIMIT 1').pluck().get() as ArticleId);
    expect(keptTimelineRows(db)).toBeUndefined();

    db.exec('DELETE FROM entity_mentions; DELETE FROM timeline_mentions; DELETE FROM compare_docs; INSERT INTO compare_pending(article_id) SELECT id FROM articles;');
    bumpCompareVersion(db);
    await indexer.catchUp({ urgent: true });
    await new Promise((resolve) => setImmediate(resolve));
    expect(keptCompareDocs(db)).toBeUndefined();

    db.exec('DELETE FROM entity_mentions; DELETE FROM timeline_mentions; DELETE FROM compare_docs; INSERT INTO compare_pending(article_id) SELECT id FROM articles;');
    bumpCompareVersion(db);
    await indexer.catchUp();
    expect(keptNameStats(db)).toBeUndefined();
    db.close();
  });
});

describe('binaryCompare', () => {
  it('orders strings as SQLite orders TEXT (code points, so a letter above U+FFFF after U+FFFD)', async () => {
    const db = await openLibrary({ path: join(tmp.dir, 'order.sqlite'), seedDir: null });
    const words = ['Zoë', 'zoe', 'Ärger', '\u{1D400}bold', '\uFFFDx', '\uE000y', 'Łódź', 'a', 'ab', '', '日本', 'Ω'];
    const sql = db.prepare(`SELECT v FROM (${words.map(() => 'SELECT ? AS v').join(' UNION ALL ')}) ORDER BY v`).pluck().all(...words);
    expect([...words].sort(binaryCompare)).toEqual(sql);
    expect([...words].sort()).not.toEqual(sql); // the default order would not do
    db.close();
  });
});
