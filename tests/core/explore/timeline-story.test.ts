import { describe, expect, it } from 'vitest';
import { isFurnitureSentence } from '../../../src/core/analysis/furniture';
import { buildTimeline, type TimelineInput } from '../../../src/core/explore/timeline';
import { eventLabel } from '../../../src/core/explore/timeline-labels';
import type { ArticleId } from '../../../src/shared/api';

const row = (articleId: string, kind: TimelineInput['kind'], text: string, sentence: string, date: string | null, published: string | null = null): TimelineInput => {
  const at = Math.max(0, sentence.indexOf(text));
  return {
    articleId: articleId as ArticleId, kind, start: at, end: at + text.length, text, date, endDate: null, sentenceStart: 0, sentenceEnd: sentence.length,
    sentence, keys: 'damaskus rebell @asad', articleTitle: `Bericht ${articleId}`, site: null, published, dateConflict: null,
  };
};

describe('buildTimeline with stories', () => {
  const storyOf = new Map<ArticleId, string>([['a', 's'], ['b', 's'], ['c', 's']].map(([k, v]) => [k as ArticleId, v!]));
  it('reads a report’s "am Sonntag" against its story’s day and cites an undated report with its lead', () => {
    const rows = [
      row('a', 'date', 'am 8. Dezember', 'Die Rebellen nahmen am 8. Dezember Damaskus ein.', '2024-12-08', '2024-12'),
      row('b', 'date', 'am 8. Dezember 2024', 'Am 8. Dezember 2024 fiel Damaskus an die Rebellen.', '2024-12-08'),
      row('c', 'open', 'am Sonntag', 'Die Rebellen erklärten am Sonntag, Assad sei geflohen.', null),
      row('c', 'undated', '', 'Assad ist geflohen.', null),
    ];
    const { events } = buildTimeline(rows, storyOf);
    expect(events).toHaveLength(1);
    expect(events[0]!.date).toBe('2024-12-08');
    expect(events[0]!.articleIds.sort()).toEqual(['a', 'b', 'c']);
    expect(events[0]!.label).not.toContain(' · ');
  });
  it('finds the year of a day named with its weekday when no report gives one', () => {
    const rows = [
      row('a', 'open', '23. August', 'Das Flugzeug stürzte am Mittwochabend (23. August) ab.', null),
      row('b', 'open', 'am Mittwoch', 'Am Mittwoch stürzte ein Flugzeug ab.', null),
    ];
    const { events } = buildTimeline(rows, storyOf);
    expect(events.map((e) => [e.date, e.articleIds.length])).toEqual([['2023-08-23', 2]]);
  });
});

describe('isFurnitureSentence', () => {
  it('knows stamps, broadcast lines and copyright lines from news', () => {
    expect(isFurnitureSentence('Stand: 19.11.2025, 09:47 Uhr')).toBe(true);
    expect(isFurnitureSentence('Aktualisiert am 18.02.2024 - 11:16 Uhr Lesedauer: 4 Min.')).toBe(true);
    expect(isFurnitureSentence('Der Beitrag wurde am 9. Dezember im Programm von WDR 5 gesendet.')).toBe(true);
    expect(isFurnitureSentence('Quelle: (c) Copyright Thomson Reuters 2024.')).toBe(true);
    expect(isFurnitureSentence('Am 8. Dezember nahmen die Rebellen Damaskus ein.')).toBe(false);
    expect(isFurnitureSentence('Das Treffen begann am Sonntag um 14:30 Uhr.')).toBe(false);
  });
});

describe('eventLabel', () => {
  it('takes the headline or sentence that holds most of the row’s key words, without dateline or period', () => {
    const keys = new Map([['@witkoff', 3], ['@putin', 3], ['petersburg', 2], ['treff', 1]]);
    expect(eventLabel({ titles: [], sentences: ['Moskau (dpa) - Witkoff traf Putin in St. Petersburg.', 'Das Wetter war schön.'], keys })).toBe('Witkoff traf Putin in St. Petersburg');
  });
  it('cuts a long sentence at a clause', () => {
    const long = 'Witkoff traf Putin in St. Petersburg zu Gesprächen über die Ukraine, die mehr als vier Stunden dauerten und ohne Ergebnis blieben, wie es hieß.';
    const label = eventLabel({ titles: [], sentences: [long], keys: new Map([['@witkoff', 1]]) });
    expect(label.length).toBeLessThanOrEqual(90);
    expect(long.startsWith(label.replace(/…$/, ''))).toBe(true);
  });
});
