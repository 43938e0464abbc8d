import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import type { WriteDb } from '../../../src/core/store/db';
import type { ParallaxApi } from '../../../src/shared/api';
import type { ArticleId, Comparison, EntityId } from '../../../src/shared/api';
import { isApiError } from '../../../src/shared/errors';
import { escapeHtml } from '../../../src/core/compare/export-html';
import { SEEDS, tempDir } from '../../support/temp';

const tmp = tempDir();
let db: WriteDb;
let api: ParallaxApi;
const id: Record<string, ArticleId> = {};

beforeAll(async () => {
  db = await openLibrary({ path: join(tmp.dir, 'seeds.sqlite'), seedDir: SEEDS });
  api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: 'x', version: '0' });
  const rows = db.prepare('SELECT a.id, s.name FROM articles a JOIN sources s ON s.id = a.source_id').all() as { id: ArticleId; name: string }[];
  for (const r of rows) id[r.name.slice(0, 3)] = r.id;
});
afterAll(() => {
  db.close();
  tmp.cleanup();
});

async function rejects(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (isApiError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a rejection');
}

describe('compareArticles on the seeds: 000 (TKP) vs 003 (dpa)', () => {
  let c: Comparison;
  const text = (ref: { articleId: ArticleId; sentence: number }) => c.articles.find((a) => a.id === ref.articleId)!.sentences[ref.sentence]!.text;
  beforeAll(async () => {
    c = await api.compareArticles([id['000']!, id['003']!]);
  });

  it('gives sentences with offsets into each article text', async () => {
    for (const a of c.articles) {
      const art = await api.getArticle(a.id);
      for (const s of a.sentences) expect(art.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('aligns the St. Petersburg meeting by its length, and keeps two different trips from agreeing', () => {
    // The pair whose two sentences both carry the length (others may note it as stated elsewhere).
    const length = c.pairs.find((p) => p.differences.figures.some((f) => f.kind === 'same' && !f.elsewhere && f.a?.unit === 'Stunden'));
    expect(['paraphrase', 'same']).toContain(length?.class);
    expect(text(length!.b)).toMatch(/St\. Petersburg/);
    expect(length!.reasons[0]).toMatchObject({ kind: 'figure' });
    const trips = c.pairs.find((p) => /reiste daraufhin am Freitag/.test(text(p.a)) || /reiste daraufhin am Freitag/.test(text(p.b)));
    if (trips) expect(trips.class).toBe('related');
    expect(length).toBeDefined();
    const fig = length!.differences.figures.find((f) => f.kind === 'same')!;
    expect([fig.a!.text, fig.b!.text].sort()).toEqual(['mehr als vier Stunden', 'über vier Stunden']);
    expect(fig.qualifiersDiffer).toBe(true);
  });

  it('lists the sources each report cites', () => {
    const names = (aid: ArticleId) => c.articles.find((a) => a.id === aid)!.sources.map((s) => s.name);
    expect(names(id['000']!)).toEqual(expect.arrayContaining(['Times', 'Reuters']));
    expect(names(id['003']!)).toEqual(expect.arrayContaining(['Interfax', 'Truth Social', 'Axios']));
    expect(names(id['000']!)).not.toContain('Interfax');
  });

  it('finds the quotes with their speakers and the sentences only one report has', () => {
    const q = c.articles.find((a) => a.id === id['003'])!.quotes.find((x) => x.text.startsWith('Russland muss sich bewegen'));
    expect(q?.speaker).toBe('Donald Trump');
    for (const a of c.articles) expect(a.unique.length).toBeGreaterThan(0);
    const unique003 = c.articles.find((x) => x.id === id['003'])!;
    expect(unique003.unique.map((k) => unique003.sentences[k]!.text).some((t) => /Truth Social/.test(t))).toBe(true);
  });

  it('reports the spelling variants inside 000', () => {
    const forms = c.spellings.map((s) => s.variants.map((v) => v.text).sort());
    expect(forms).toContainEqual(['Whitkoff', 'Witkoff']);
    expect(forms).toContainEqual(['Kellog', 'Kellogg']);
  });
});

describe('wire copy', () => {
  it('marks a shared passage of 20+ words as wire copy', async () => {
    const base = (await api.getArticle(id['004']!)).text;
    const para = base.split('\n').find((l) => l.startsWith('Witkoff hat sich schon mehrfach'))!;
    const r = await api.ingestText({ name: 'wire.txt', text: `Eine andere Zeitung berichtet\n\n26. April 2025\n\nVorab ein eigener Satz über das Wetter in Berlin.\n\n${para}\n` });
    const c = await api.compareArticles([id['004']!, r.added[0]!.articleId]);
    expect(c.passages[0]).toMatchObject({ isWireCopy: true });
    expect(c.passages[0]!.occurrences).toHaveLength(2);
    expect(c.pairs.some((p) => p.class === 'same')).toBe(true);
  });
});

describe('entities on the seeds', () => {
  it('groups each spelling variant with its person', async () => {
    const people = await api.listEntities({ kind: 'person', limit: 500 });
    const variantsOf = (needle: string) => people.find((p) => p.variants.some((v) => v.text.endsWith(needle)))!.variants.map((v) => v.text.split(' ').pop());
    expect(variantsOf('Dmitrijew')).toEqual(expect.arrayContaining(['Dmitrijew', 'Dmitriew']));
    expect(variantsOf('Witkoff')).toEqual(expect.arrayContaining(['Witkoff', 'Whitkoff']));
    expect(variantsOf('Kellogg')).toEqual(expect.arrayContaining(['Kellogg', 'Kellog']));
    const names = people.map((p) => p.name);
    for (const n of ['Wladimir Putin', 'Donald Trump', 'Jared Kushner', 'Marco Rubio', 'Dmitri Peskow', 'Juri Uschakow', 'Wolodymyr Selenskyj', 'Karoline Leavitt', 'Sergej Lawrow', 'Rustem Umjerow', 'Tucker Carlson'])
      expect(names).toContain(n);
  });

  it('lists every mention on the entity page, and keeps a split and a merge across re-indexing', async () => {
    const witkoff = (await api.listEntities({ q: 'whitkoff' }))[0]!;
    const page = await api.getEntity(witkoff.id);
    expect(page.mentions.length).toBe(page.mentionCount);
    expect(new Set(page.mentions.map((m) => m.articleId)).size).toBe(5);
    for (const m of page.mentions.slice(0, 5)) expect(m.sentence).toContain(m.text);
    const [rest, split] = await api.splitEntity(witkoff.id, ['Whitkoff']);
    expect(split!.variants.map((v) => v.text)).toEqual(['Whitkoff']);
    expect(rest!.variants.map((v) => v.text)).not.toContain('Whitkoff');
    await api.reextractArticles();
    const after = await api.listEntities({ q: 'itkoff' });
    expect(after.find((e) => e.variants.some((v) => v.text === 'Whitkoff'))!.variants).toHaveLength(1);
    const merged = await api.mergeEntities([rest!.id, split!.id]);
    expect(merged.variants.map((v) => v.text)).toEqual(expect.arrayContaining(['Steve Witkoff', 'Whitkoff']));
    expect(await rejects(api.getEntity('person:nobody' as EntityId))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the timeline of the seeds', () => {
  const EXPECTED: { date: string; articles: string[]; words: RegExp }[] = [
    { date: '2025-02', articles: ['003', '004'], words: /Russland/ },
    { date: '2025-03', articles: ['003'], words: /Russland/ },
    { date: '2025-04-11', articles: ['000', '003', '004'], words: /Petersburg/ },
    { date: '2025-04-12', articles: ['000'], words: /Oman/ },
    { date: '2025-04-25', articles: ['004'], words: /Moskau/ },
    { date: '2025-10-24', articles: ['002'], words: /Miami/ },
    { date: '2025-10-25', articles: ['002'], words: /abgesagt/ },
    { date: '2025-11-19', articles: ['002'], words: /Türkei/ },
    { date: '2025-11-30', articles: ['001'], words: /Florida/ },
    { date: '2025-12-02', articles: ['001'], words: /Moskau/ },
  ];

  it('holds at least 9 of the 10 events with the right dates and reports', async () => {
    const events = await api.getTimeline();
    let found = 0;
    for (const e of EXPECTED) {
      const ev = events.find((x) => x.date === e.date && x.mentions.some((m) => e.words.test(m.sentence)) && e.articles.every((a) => x.articleIds.includes(id[a]!)));
      if (ev) found++;
    }
    expect(found).toBeGreaterThanOrEqual(9);
    const miami = events.find((x) => x.date === '2025-10-24')!;
    expect(miami.endDate).toBe('2025-10-26');
  });

  it('never cuts a sentence inside a date or a place name', async () => {
    const events = await api.getTimeline();
    for (const m of events.flatMap((e) => e.mentions)) {
      expect(m.sentence).not.toMatch(/(^|\s)(St|\d{1,2})\.$/);
      if (!m.inferred) expect(m.sentence).toContain(m.text);
    }
    const s = events.flatMap((e) => e.mentions).find((m) => m.text === '11. April')!;
    expect(s.sentence).toBe('Zuletzt sprach er mit dem Kremlchef am 11. April in St. Petersburg mehr als vier Stunden lang.');
  });

  it('tells the article view that 003 points to 11 April 2025, through the other reports', async () => {
    const d = await api.getArticleDating(id['003']!);
    expect(d).toMatchObject({ published: '2025-07', dateConflict: '2025-04', textDate: '2025-04-11' });
    expect(d.evidence.some((m) => m.articleId === id['003'] && m.inferred)).toBe(true);
    expect(d.evidence.some((m) => m.articleId === id['004'] || m.articleId === id['000'])).toBe(true);
    const events = await api.getTimeline({ articleId: id['003']! });
    expect(events.find((e) => e.date === '2025-04-11')!.mentions.find((m) => m.articleId === id['003'])!.inferred).toBe(true);
  });

  it('groups the reports into stories by what they cover and when', async () => {
    const stories = await api.listStories();
    const sets = stories.map((s) => [...s.articleIds].sort());
    // The April meeting's story (the wire copy of 004's paragraph, dated 26 April, may join it).
    const april = sets.find((s) => s.includes(id['000']!))!;
    expect(april).toEqual(expect.arrayContaining([id['000']!, id['003']!, id['004']!]));
    expect(april).not.toContain(id['001']!);
    expect(april).not.toContain(id['002']!);
    expect(sets).toContainEqual([id['001']!, id['002']!].sort());
  });
});

describe('bad input', () => {
  it('refuses one article, five, a repeated id, an unknown id and an article without body', async () => {
    expect(await rejects(api.compareArticles([id['000']!]))).toEqual({ code: 'BAD_INPUT', message: 'compare: give two to 4 articles (got 1)' });
    const five = ['000', '001', '002', '003', '004'].map((k) => id[k]!);
    expect(await rejects(api.compareArticles(five))).toEqual({ code: 'BAD_INPUT', message: 'compare: at most 4 articles at once (got 5)' });
    expect(await rejects(api.compareArticles([id['000']!, id['000']!]))).toMatchObject({ code: 'BAD_INPUT', message: 'compare: the same article is given twice' });
    expect(await rejects(api.compareArticles([id['000']!, 'aaaaaaaaaaaa' as ArticleId]))).toEqual({ code: 'NOT_FOUND', message: 'compare: no article with id "aaaaaaaaaaaa"' });
    expect(await rejects(api.compareArticles('nope' as unknown as ArticleId[]))).toMatchObject({ code: 'BAD_INPUT' });
    const empty = await api.ingestText({ name: 'menu.txt', text: 'Home\nWorld\nSport\nContact' });
    expect(empty.warnings.map((w) => w.message)).toEqual(['no article body found']);
    const emptyId = (empty.added[0] ?? empty.present[0])!.articleId;
    expect(await rejects(api.compareArticles([id['000']!, emptyId]))).toEqual({ code: 'BAD_INPUT', message: `compare: article "${emptyId}" has no body text to compare` });
    expect(await rejects(api.exportComparison([id['000']!, id['003']!], 'pdf' as 'html'))).toMatchObject({ code: 'BAD_INPUT' });
    expect(await rejects(api.getTimeline({ from: 'gestern' }))).toMatchObject({ code: 'BAD_INPUT' });
    expect(await rejects(api.mergeEntities(['person:a' as EntityId]))).toMatchObject({ code: 'BAD_INPUT' });
  });
});

describe('exportComparison', () => {
  it('writes one self-contained, escaped HTML file', async () => {
    const f = await api.exportComparison([id['000']!, id['003']!], 'html');
    expect(f.mediaType).toMatch(/^text\/html/);
    expect(f.content).toMatch(/^<!doctype html>/);
    expect(f.content).not.toMatch(/<script|<link|src=|href=|@import|url\(/i);
    expect(f.content).toContain('<style>');
    expect(f.content).toContain('mehr als vier Stunden');
    expect(escapeHtml('<b onclick="x">&\'')).toBe('&lt;b onclick=&quot;x&quot;&gt;&amp;&#39;');
  });
});
