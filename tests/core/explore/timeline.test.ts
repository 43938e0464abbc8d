import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import { buildTimeline, type TimelineInput } from '../../../src/core/explore/timeline';
import type { WriteDb } from '../../../src/core/store/db';
import type { ArticleId } from '../../../src/shared/api';
import type { ParallaxApi } from '../../../src/shared/api';
import { tempDir } from '../../support/temp';

function row(articleId: string, date: string, keys: string, over: Partial<TimelineInput> = {}, dates: Partial<TimelineInput['article']> = {}): TimelineInput {
  return {
    articleId: articleId as ArticleId, kind: 'date', start: 0, end: 1, text: 'x', date, endDate: null, sentenceStart: 0, sentenceEnd: 1,
    sentence: keys, keys, article: { title: articleId, site: null, published: '2025-04-12', dateConflict: null, ...dates }, ...over,
  };
}

describe('buildTimeline', () => {
  it('groups mentions of one date with shared key words into one event, and keeps other events apart', () => {
    const { events } = buildTimeline([
      row('a', '2025-04-11', 'treff @Witkoff @Putin @Petersburg stund'),
      row('b', '2025-04-11', 'gesprach @Witkoff @Petersburg stund'),
      row('c', '2025-04-11', 'borse verlust prozent'),
      row('d', '2025-04-12', 'treff @Witkoff @Putin @Petersburg'),
    ]);
    expect(events.map((e) => [e.date, e.articleIds.sort()])).toEqual([
      ['2025-04-11', ['a', 'b']],
      ['2025-04-11', ['c']],
      ['2025-04-12', ['d']],
    ]);
  });
  it('folds a month-precision mention into the matching day of that month', () => {
    const { events } = buildTimeline([
      row('a', '2025-10-24', '@Dmitriew @Witkoff miami getroff', { endDate: '2025-10-26' }),
      row('a', '2025-10', '@Dmitriew @Witkoff traf'),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: '2025-10-24', endDate: '2025-10-26' });
    expect(events[0]!.mentions.map((m) => m.date)).toEqual(['2025-10-24', '2025-10']);
  });
  it('dates an undated lead sentence of an article with a contradicted date through another report', () => {
    const { events, textDates } = buildTimeline([
      row('a', '2025-04-11', '@Witkoff @Putin @Petersburg kremlchef stund #4|stund'),
      row('z', '2025-04-11', 'anderes thema hier'),
      row('b', '', '@Witkoff @Petersburg kremlchef #4|stund angriffskrieg', { kind: 'undated', date: null }, { published: '2025-07', dateConflict: '2025-04' }),
    ]);
    expect(textDates.get('b' as ArticleId)?.date).toBe('2025-04-11');
    const ev = events.find((e) => e.articleIds.includes('b' as ArticleId))!;
    expect(ev.mentions.find((m) => m.articleId === 'b')).toMatchObject({ inferred: true, date: '2025-04-11' });
  });
  it('does not date an undated sentence from another month', () => {
    const { textDates } = buildTimeline([
      row('a', '2025-03-11', '@Witkoff @Putin @Petersburg kremlchef stund'),
      row('b', '', '@Witkoff @Petersburg kremlchef stund', { kind: 'undated', date: null }, { published: '2025-07', dateConflict: '2025-04' }),
    ]);
    expect(textDates.size).toBe(0);
  });
});

describe('relative dates on the timeline', () => {
  const tmp = tempDir();
  let db: WriteDb;
  let api: ParallaxApi;
  beforeAll(async () => {
    db = await openLibrary({ path: join(tmp.dir, 'rel.sqlite'), seedDir: null });
    api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: 'x', version: '0' });
  });
  afterAll(() => {
    db.close();
    tmp.cleanup();
  });

  it('resolves weekdays against the article date, and against the text date when the header is contradicted', async () => {
    await api.ingestText({
      name: 'rel.txt',
      text: 'Gipfel in Genf\n\n14. März 2025\n\nDie Außenminister trafen sich am Dienstag in Genf zu Gesprächen über den Waffenstillstand. Das Treffen dauerte drei Stunden.\n\nAm Mittwoch reiste die Delegation nach Wien weiter, wo sie mit der Regierung sprach.\n',
    });
    const events = await api.getTimeline();
    const dates = events.map((e) => e.date);
    expect(dates).toContain('2025-03-11'); // the Tuesday before Friday 14 March
    expect(dates).toContain('2025-03-12');
    const tuesday = events.find((e) => e.date === '2025-03-11')!;
    const m = tuesday.mentions[0]!;
    const article = await api.getArticle(m.articleId);
    expect(article.text.slice(m.sentenceStart, m.sentenceEnd)).toBe(m.sentence);
    expect(m.sentence).toMatch(/^Die Außenminister trafen sich am Dienstag in Genf/);
  });

  it('updates the timeline as articles are ingested', async () => {
    const before = (await api.getTimeline()).length;
    await api.ingestText({ name: 'more.txt', text: 'Wahl in Wien\n\n3. Juni 2025\n\nAm Sonntag wählte Wien einen neuen Gemeinderat, die Beteiligung lag bei 60 Prozent.\n' });
    const after = await api.getTimeline();
    expect(after.length).toBe(before + 1);
    expect(after.map((e) => e.date)).toContain('2025-06-01');
  });
});
