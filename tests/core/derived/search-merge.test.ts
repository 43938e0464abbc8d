import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import { ingestUploads } from '../../../src/core/ingest/ingest';
import { mergeSearchIndex, searchMerger } from '../../../src/core/derived/search-merge';
import { searchSegmentCount } from '../../../src/core/store/queries/search-index';
import { withWriteCache, type WriteDb } from '../../../src/core/store/db';
import { seededRandom } from '../../support/random';

const WORDS = ['Regierung', 'Koalition', 'Haushalt', 'Gespräche', 'Waffenruhe', 'Delegation', 'Minister', 'Parlament', 'Abstimmung', 'Brüssel', 'Genf', 'Zürich', 'Werk', 'Schließung', 'Verhandlung', 'Streik'];

/** Reports enough for three of the import's write batches (250 each), so three flushes, three segments. */
function reports(n: number): Uint8Array {
  const rnd = seededRandom(7);
  const word = () => WORDS[Math.floor(rnd() * WORDS.length)]!;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const sentences = Array.from({ length: 6 }, (_, s) => `Die ${word()} und die ${word()} sprachen am Tag ${i} über ${word()} Nummer ${i * 7 + s}.`);
    lines.push(JSON.stringify({ id: `r${i}`, title: `${word()} ${word()} Bericht ${i}`, text: sentences.join(' ') }));
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

const QUERIES = ['Regierung', 'Koalition Haushalt', '"Waffenruhe und"', 'Verhand*', 'Parlamnet', 'Zürich Bericht', 'Nummer 1407', 'sprachen -Streik'];

async function imported(n: number): Promise<{ db: WriteDb; pages: () => Promise<unknown[]> }> {
  const db = await openLibrary({ path: ':memory:', seedDir: null });
  const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: ':memory:', version: 'test' });
  await ingestUploads({ db, emit: () => {}, jobId: null }, [{ name: 'reports.jsonl', bytes: reports(n) }]);
  const pages = () => Promise.all(QUERIES.map(async (q) => ({ ...(await api.searchArticles({ q, limit: 20 })), tookMs: 0 })));
  // The pages compared hold hits (a comparison of empty pages could not fail).
  expect((await pages()).filter((p) => p.hits.length > 0).length).toBeGreaterThanOrEqual(QUERIES.length - 1);
  return { db, pages };
}

describe('the search index merged after an import', () => {
  it('leaves one segment and the same search pages', async () => {
    const { db, pages } = await imported(700);
    expect(searchSegmentCount(db)).toBeGreaterThanOrEqual(3);
    const before = await pages();
    expect(mergeSearchIndex(db, 8)).toBeGreaterThan(1);
    expect(searchSegmentCount(db)).toBe(1);
    expect(await pages()).toEqual(before);
    // Merged, there is nothing more to do.
    expect(mergeSearchIndex(db)).toBe(0);
    db.close();
  });

  it('in the background waits for a large write to end, then merges', async () => {
    const { db, pages } = await imported(700);
    const before = await pages();
    const segments = searchSegmentCount(db);
    const kick = searchMerger(db, 8);
    await withWriteCache(db, async () => {
      kick();
      for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
      expect(searchSegmentCount(db)).toBe(segments);
    });
    for (let i = 0; i < 400 && searchSegmentCount(db) > 1; i++) await new Promise((r) => setTimeout(r, 5));
    expect(searchSegmentCount(db)).toBe(1);
    expect(await pages()).toEqual(before);
    db.close();
  });
});
