import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import type { WriteDb } from '../../../src/core/store/db';
import type { ParallaxApi } from '../../../src/shared/api';
import type { ArticleId } from '../../../src/shared/api';
import { SEEDS, tempDir } from '../../support/temp';

// The acceptance tests, over a library seeded with seeds/.
const tmp = tempDir();
let db: WriteDb;
let api: ParallaxApi;
const seed: Record<string, ArticleId> = {};

beforeAll(async () => {
  db = await openLibrary({ path: join(tmp.dir, 'lib.sqlite'), seedDir: SEEDS });
  api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: 'x', version: '0' });
  const rows = db.prepare('SELECT a.id, s.name FROM articles a JOIN sources s ON s.id = a.source_id').all() as { id: ArticleId; name: string }[];
  for (const r of rows) seed[r.name.slice(0, 3)] = r.id;
});
afterAll(() => {
  db.close();
  tmp.cleanup();
});

const ids = async (q: string) => (await api.searchArticles({ q, limit: 50 })).hits.map((h) => h.article.id).sort();
const sorted = (...xs: string[]) => xs.map((x) => seed[x]!).sort();

describe('searchArticles over the seeds', () => {
  it('folds umlauts: gesprache finds 000', async () => {
    expect(await ids('gesprache')).toContain(seed['000']);
    expect(await ids('Gespraeche')).toContain(seed['000']);
    expect(await ids('Gespräche')).toContain(seed['000']);
  });

  it('shows a teaser the body repeats once: 002\'s lead taken for its dek is one snippet, its hits counted once', async () => {
    const hit = (await api.searchArticles({ q: 'Dmitriew', limit: 50 })).hits.find((h) => h.article.id === seed['002'])!;
    const texts = hit.snippets.map((x) => x.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(hit.snippets.map((x) => x.field)).not.toContain('dek');
  });

  it('finds a phrase: "vier Stunden" finds 000 and 003 (and 004, whose text has it too)', async () => {
    const found = await ids('"vier Stunden"');
    expect(found).toEqual(expect.arrayContaining(sorted('000', '003')));
    // The words apart do not make the phrase: 001 and 002 have "vier" and "Stunden" elsewhere or not at all.
    expect(found).not.toContain(seed['002']);
  });

  it('finds compound parts: krieg finds 001 (Ukrainekriegs)', async () => {
    expect(await ids('krieg')).toContain(seed['001']);
  });

  it('filters by outlet: outlet:ntv.de finds 002 only', async () => {
    expect(await ids('outlet:ntv.de')).toEqual(sorted('002'));
  });

  it('filters by date: from:2025-11-01 finds 001 (inferred 2025-12-02) and 002', async () => {
    expect(await ids('from:2025-11-01')).toEqual(sorted('001', '002'));
  });

  it('answers every malformed query without an exception', async () => {
    for (const q of ['"vier Stunden', 'OR', 'krieg OR', '-', 'AND OR NOT', 'x'.repeat(10_000), "'; DROP TABLE articles; --", 'SELECT * FROM articles WHERE 1=1', '((((', ')))', '"', '*', 'from:gestern', 'has:', 'NEAR(a b)', 'title:x^2', '\u0000\uffff']) {
      const page = await api.searchArticles({ q });
      expect(page.hits, q.slice(0, 30)).toBeInstanceOf(Array);
      expect(page.notices, q.slice(0, 30)).toBeInstanceOf(Array);
    }
    expect((await api.searchArticles({ q: '"vier Stunden' })).notices).toContain('unclosed quote: read as a phrase to the end');
    expect((await api.listArticles()).total).toBe(5);
  });

  it('highlights stemmed and compound matches in snippets', async () => {
    const page = await api.searchArticles({ q: 'krieg' });
    const hit = page.hits.find((h) => h.article.id === seed['001'])!;
    const marked = hit.snippets.flatMap((s) => s.highlights.map(([a, b]) => s.text.slice(a, b)));
    expect(marked.some((w) => /krieg/i.test(w) && w.length > 5)).toBe(true);
    expect(hit.hitCount).toBeGreaterThan(0);
  });

  it('gives facets with counts', async () => {
    const page = await api.searchArticles({ q: 'Witkoff' });
    expect(page.facets!.outlet.reduce((n, f) => n + f.count, 0)).toBeLessThanOrEqual(page.total);
    expect(page.facets!.month.length).toBeGreaterThan(0);
    expect(page.facets!.lang).toEqual([{ value: 'de', count: page.total }]);
  });

  it('gives every hit offset in Article.text', async () => {
    const a = await api.getArticle(seed['000']!);
    const { ranges } = await api.getArticleHits(a.id, 'Gespräch');
    expect(ranges.length).toBeGreaterThan(0);
    for (const [s, e] of ranges) expect(a.text.slice(s, e).toLowerCase()).toMatch(/gespr/);
  });
});

describe('suggest over the seeds', () => {
  it('counts a result\'s hits where the reader marks them: the list\'s hitCount is getArticleHits\' count, title and captions included', async () => {
    let compared = 0;
    for (const q of ['Witkoff', 'Putin', 'Ukraine', 'Trump', 'Kreml', 'Gespräche']) {
      for (const hit of (await api.searchArticles({ q, limit: 50 })).hits) {
        expect({ q, id: hit.article.id, n: hit.hitCount }).toEqual({ q, id: hit.article.id, n: (await api.getArticleHits(hit.article.id, q)).ranges.length });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(15);
  });

  it('Whitkoff suggests Witkoff', async () => {
    const s = await api.suggest('Whitkoff');
    expect(s.map((x) => x.text).some((t) => /(^|\s)Witkoff$/.test(t))).toBe(true);
  });

  it('Dmitriev suggests Dmitrijew', async () => {
    const s = await api.suggest('Dmitriev');
    expect(s.map((x) => x.text).some((t) => t.includes('Dmitrijew'))).toBe(true);
  });
});

describe('searchArticles by entity over the seeds', () => {
  it('finds the other spellings of a name, the spelling as typed first, and says which', async () => {
    const page = await api.searchArticles({ q: 'Dmitriew', limit: 50 });
    const found = page.hits.map((h) => h.article.id);
    expect(found).toEqual(expect.arrayContaining(sorted('002', '003', '004')));
    expect(found[0]).toBe(seed['002']);
    expect(page.also).toEqual([{ word: 'Dmitriew', spellings: ['Dmitrijew'] }]);
  });
  it('widens a name that only one report misspells to every report of that person', async () => {
    const page = await api.searchArticles({ q: 'Whitkoff', limit: 50 });
    expect(page.hits.map((h) => h.article.id)).toEqual(expect.arrayContaining(sorted('000', '001', '002', '003', '004')));
    expect(page.hits[0]!.article.id).toBe(seed['000']);
  });
  it('marks in a report the other spellings the search found it by: the places the name as written has', async () => {
    // `Whitkof` (a typo of one report's `Whitkoff`) finds every report of Witkoff, which write `Witkoff`.
    const page = await api.searchArticles({ q: 'Whitkof', limit: 50 });
    expect(page.hits.length).toBeGreaterThan(2);
    for (const hit of page.hits) {
      const a = await api.getArticle(hit.article.id);
      const { ranges } = await api.getArticleHits(a.id, 'Whitkof');
      expect(ranges.length).toBeGreaterThan(0);
      expect(ranges).toEqual((await api.getArticleHits(a.id, 'Witkoff')).ranges);
    }
  });
  it('leaves a word that names no one with other spellings as it is', async () => {
    const page = await api.searchArticles({ q: 'Putin', limit: 50 });
    expect(page.also).toBeUndefined();
  });
});

