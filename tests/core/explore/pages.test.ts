import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import type { WriteDb } from '../../../src/core/store/db';
import type { ArticleId, ParallaxApi } from '../../../src/shared/api';
import { SEEDS, tempDir } from '../../support/temp';

// The seeds, and one wire report in three near-identical versions that dates a meeting.
const tmp = tempDir();
let db: WriteDb;
let api: ParallaxApi;
const copies: ArticleId[] = [];

const wire = (v: number) =>
  `Gipfel in Genf, Fassung ${v}\n\n` +
  Array.from({ length: 10 }, (_, k) =>
    k === 4 ? 'Am 14. März 2024 trafen sich die Delegationen in Genf zu Gesprächen über einen Waffenstillstand.' : `Satz ${k} der Agenturmeldung über den Gipfel in Genf nennt viele Beteiligte und Orte Nummer ${k * 7}.`,
  ).join(' ') + (v ? ` Ergänzung ${v}.` : '');

beforeAll(async () => {
  db = await openLibrary({ path: join(tmp.dir, 'pages.sqlite'), seedDir: SEEDS });
  api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: 'x', version: '0' });
  for (let v = 0; v < 3; v++) copies.push((await api.ingestText({ text: wire(v), name: `wire${v}.txt` })).added[0]!.articleId);
});
afterAll(() => {
  db.close();
  tmp.cleanup();
});

describe('getTimelinePage', () => {
  it('pages the whole timeline with its total, the same events as getTimeline', async () => {
    const all = await api.getTimeline({ limit: 10_000 });
    const first = await api.getTimelinePage({ limit: 3 });
    const second = await api.getTimelinePage({ limit: 3, offset: 3 });
    expect(first.total).toBe(all.length);
    expect([...first.events, ...second.events].map((e) => e.id)).toEqual(all.slice(0, 6).map((e) => e.id));
    expect((await api.getTimelinePage({ offset: all.length })).events).toEqual([]);
  });

  it('folds near-identical copies that date the same event into one chip that counts them', async () => {
    const page = await api.getTimelinePage({ from: '2024-03-14', to: '2024-03-14' });
    const event = page.events.find((e) => e.chips.some((c) => copies.includes(c.mention.articleId)))!;
    expect(event).toBeDefined();
    const mine = event.chips.filter((c) => copies.includes(c.mention.articleId));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.copyCount).toBe(2);
    expect(event.reportCount).toBe(event.chips.reduce((n, c) => n + 1 + c.copyCount, 0));
  });

  it('gives an opened event whole: the copies a chip folds, every mention, the same chips and dates as the page', async () => {
    const page = await api.getTimelinePage({ from: '2024-03-14', to: '2024-03-14' });
    const shown = page.events.find((e) => e.chips.some((c) => copies.includes(c.mention.articleId)))!;
    const whole = await api.getTimelineEvent(shown.id);
    const timeline = await api.getTimeline({ from: '2024-03-14', to: '2024-03-14' });
    const { chips, ...event } = whole;
    expect(event).toEqual(timeline.find((e) => e.id === shown.id));
    expect(chips.map((c) => ({ mention: c.mention, published: c.published, copyCount: c.copies.length }))).toEqual(shown.chips);
    const chip = chips.find((c) => copies.includes(c.mention.articleId))!;
    expect([chip.mention.articleId, ...chip.copies.map((c) => c.mention.articleId)].sort()).toEqual([...copies].sort());
    // Each copy is its report's first mention of the event, with the report's date.
    for (const c of chip.copies) {
      expect(c.mention).toEqual(whole.mentions.find((m) => m.articleId === c.mention.articleId));
      expect(c.published).toBe((await api.getArticle(c.mention.articleId)).published);
    }
  });

  it('refuses an id the timeline does not hold and one that is no event id', async () => {
    await expect(api.getTimelineEvent('2024-03-14:0')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(api.getTimelineEvent('2024-3-14:abc')).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(api.getTimelineEvent(42 as never)).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});

describe('listStorySummaries and getStory', () => {
  it('list the stories of listStories with their reports counted and the first four named, and give each whole by id', async () => {
    const stories = await api.listStories();
    expect(stories.length).toBeGreaterThan(0);
    const summaries = await api.listStorySummaries();
    expect(summaries).toEqual(stories.map(({ articleIds, ...s }) => ({ ...s, articleCount: articleIds.length, firstIds: articleIds.slice(0, 4) })));
    for (const s of stories) expect(await api.getStory(s.id)).toEqual(s);
    await expect(api.getStory('story:0123456789ab')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(api.getStory('story:../x')).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});

describe('listEntityPage', () => {
  it('pages the names with the total, most reports first', async () => {
    const all = await api.listEntities({ limit: 5000 });
    const page = await api.listEntityPage({ offset: 2, limit: 2 });
    expect(page.total).toBe(all.length);
    expect(page.items.map((e) => e.id)).toEqual(all.slice(2, 4).map((e) => e.id));
    await expect(api.listEntityPage({ offset: -1 })).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});

describe('getEntityMentions', () => {
  it('pages an entity’s mentions by report, keyset, the same mentions in the same order as getEntity', async () => {
    const all = await api.listEntities({ limit: 5000 });
    const entity = all.find((e) => e.articleCount >= 3)!;
    expect(entity).toBeDefined();
    const whole = await api.getEntity(entity.id);
    const reports = [];
    let page = await api.getEntityMentions({ id: entity.id, limit: 2 });
    reports.push(...page.reports);
    while (page.next) {
      expect(page.reports).toHaveLength(2);
      page = await api.getEntityMentions({ id: entity.id, after: page.next, limit: 2 });
      reports.push(...page.reports);
    }
    expect(reports).toHaveLength(entity.articleCount);
    expect(reports.flatMap((r) => r.mentions)).toEqual(whole.mentions);
    for (const r of reports) expect(r.mentions.every((x) => x.articleId === r.articleId && x.articleTitle === r.articleTitle)).toBe(true);
    expect((await api.getEntityMentions({ id: entity.id, limit: entity.articleCount })).next).toBeNull();
  });

  it('pages the reports that name an entity most first, keyset, with every mention once', async () => {
    const all = await api.listEntities({ limit: 5000 });
    const entity = all.find((e) => e.articleCount >= 3 && e.mentionCount > e.articleCount)!;
    expect(entity).toBeDefined();
    const whole = await api.getEntity(entity.id);
    const reports = [];
    let page = await api.getEntityMentions({ id: entity.id, order: 'most', limit: 2 });
    reports.push(...page.reports);
    while (page.next) {
      page = await api.getEntityMentions({ id: entity.id, order: 'most', after: page.next, limit: 2 });
      reports.push(...page.reports);
    }
    expect(reports).toHaveLength(entity.articleCount);
    const counts = reports.map((r) => r.mentions.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(counts.at(-1)!);
    const key = (x: { articleId: string; start: number }) => `${x.articleId}:${x.start}`;
    expect(reports.flatMap((r) => r.mentions).map(key).sort()).toEqual(whole.mentions.map(key).sort());
    // A cursor of one order is not one of the other.
    const first = await api.getEntityMentions({ id: entity.id, limit: 1 });
    await expect(api.getEntityMentions({ id: entity.id, order: 'most', after: first.next! })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(api.getEntityMentions({ id: entity.id, order: 'oldest' as never })).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  it('refuses an unknown entity, a cursor it did not give and a limit out of range', async () => {
    await expect(api.getEntityMentions({ id: 'person:nobody-at-all' as never })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const id = (await api.listEntities({ limit: 1 }))[0]!.id;
    await expect(api.getEntityMentions({ id, after: 'page 2' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(api.getEntityMentions({ id, limit: 0 })).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
