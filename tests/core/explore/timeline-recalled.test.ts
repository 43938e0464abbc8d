import { describe, expect, it } from 'vitest';
import { buildTimeline, type TimelineInput } from '../../../src/core/explore/timeline';
import type { ArticleId } from '../../../src/shared/api';

const row = (articleId: string, kind: TimelineInput['kind'], text: string, sentence: string, date: string | null, published: string | null = null): TimelineInput => {
  const at = Math.max(0, sentence.indexOf(text));
  return {
    articleId: articleId as ArticleId, kind, start: at, end: at + text.length, text, date, endDate: null, sentenceStart: 0, sentenceEnd: sentence.length,
    sentence, keys: 'hafen brand @keller', article: { title: `Bericht ${articleId}`, site: null, published, dateConflict: null },
  };
};
const shape = (rows: TimelineInput[], stories: Map<ArticleId, string>) => buildTimeline(rows, stories).events.map((e) => [e.date, [...e.articleIds].sort().join()]);

// Reports of one story, published a year after a disaster they all recall with its year; only
// month headers and weekdays date the news itself, and one report names its day without a year.
describe('a story whose reports recall an old date', () => {
  const st = new Map<ArticleId, string>(['a', 'b', 'c', 'd'].map((k) => [k as ArticleId, 's']));
  const recall = (id: string, published: string | null = null) => row(id, 'date', 'am 3. März 2023', 'Keller galt als Verantwortlicher für den Brand am 3. März 2023.', '2023-03-03', published);
  const rows = [
    recall('a'),
    row('a', 'open', 'am 12. März', 'Ermittler hätten Keller am 12. März im Hafen festgenommen.', null),
    recall('b', '2024-03'),
    row('b', 'open', 'am Dienstag', 'Keller wurde am Dienstag im Hafen festgenommen.', null, '2024-03'),
    recall('c'),
    // The recalled day without its year: the same day, not the third of this March.
    row('c', 'open', 'vom 3. März', 'Keller sei für den Brand vom 3. März verantwortlich.', null),
    row('c', 'undated', '', 'Keller ist in Haft.', null),
    recall('d', '2024-03'),
    row('d', 'undated', '', 'Keller ist festgenommen worden.', null, '2024-03'),
  ];
  it('reads a yearless day the story also writes with its year as that date, not as a day of the news month', () => {
    const events = shape(rows, st);
    expect(events.map(([d]) => d)).not.toContain('2024-03-03');
    expect(events).toContainEqual(['2023-03-03', 'a,b,c,d']);
  });
  it('cites every report on the news day of its month, not only on the day they all recall', () => {
    // 12 March 2024 was a Tuesday.
    expect(shape(rows, st)).toContainEqual(['2024-03-12', 'a,b,c,d']);
  });
  it('keeps a yearless day that no report writes with a year in the news month', () => {
    const alone = rows.filter((r) => r.articleId !== 'c');
    expect(shape([...alone, row('c', 'open', 'am 12. März', 'Am 12. März griffen Ermittler zu.', null)], st)).toContainEqual(['2024-03-12', 'a,b,c,d']);
  });
});

describe('a report without a day of its own that says `gestern`', () => {
  it('dates it to its story’s day (it was written the day after), not the day before', () => {
    const st = new Map<ArticleId, string>(['a', 'b', 'c'].map((k) => [k as ArticleId, 's']));
    const rows = [
      row('a', 'date', 'am 19. Mai 2024', 'Der Hubschrauber stürzte am 19. Mai 2024 im Nebel ab.', '2024-05-19'),
      row('b', 'date', '19.05.2024', 'Absturz am 19.05.2024: der Hubschrauber im Nebel.', '2024-05-19'),
      row('c', 'open', 'gestern', 'Der Hubschrauber war gestern im Nebel abgestürzt.', null, '2024-05'),
    ];
    expect(shape(rows, st)).toEqual([['2024-05-19', 'a,b,c']]);
  });
});

describe('a yearless day in a sentence of what is still to come', () => {
  const st = new Map<ArticleId, string>(['a', 'b', 'c'].map((k) => [k as ArticleId, 's']));
  const news = [
    row('a', 'date', 'am 13. Juli 2024', 'Keller wurde am 13. Juli 2024 im Hafen festgenommen.', '2024-07-13'),
    row('b', 'date', '13.07.2024', 'Festnahme am 13.07.2024 im Hafen.', '2024-07-13'),
  ];
  it('is the coming day, not the one of the year before', () => {
    const rows = [...news, row('c', 'open', 'am 5. November', 'Der Prozess gegen Keller findet am 5. November statt.', null)];
    const days = shape(rows, st).map(([d]) => d);
    expect(days).toContain('2024-11-05');
    expect(days).not.toContain('2023-11-05');
  });
  it('a day months after the news told as done is still read into the year before', () => {
    const rows = [...news, row('c', 'open', 'am 5. November', 'Keller war am 5. November schon einmal festgenommen worden.', null)];
    expect(shape(rows, st).map(([d]) => d)).toContain('2023-11-05');
  });
});

// A story dated only by month headers and weekdays, whose reports also name the coming day of a
// ceremony: the news said vaguely (`am Samstag`, its month) is not that scheduled day.
describe('a story with no day of its own that names a day still to come', () => {
  const st = new Map<ArticleId, string>(['a', 'b', 'c', 'd'].map((k) => [k as ArticleId, 's']));
  const news = (id: string) => row(id, 'open', 'am Samstag', 'Das Gremium wählte Keller am Samstag im Hafen zum Vorsitzenden.', null, '2024-12');
  const rows = [
    news('a'),
    news('b'),
    news('c'),
    row('c', 'open', 'am 29. Dezember', 'Die Amtseinführung von Keller findet am 29. Dezember statt.', null, '2024-12'),
    row('d', 'open', 'am 29. Dezember', 'Seine Gegner planen, Keller auch nach der Amtseinführung am 29. Dezember nicht anzuerkennen.', null, '2024-12'),
  ];
  it('keeps the news in its month, citing every report, and the ceremony on its own day', () => {
    const events = shape(rows, st);
    expect(events).toContainEqual(['2024-12', 'a,b,c']);
    expect(events).toContainEqual(['2024-12-29', 'c,d']);
  });
  it('folds the month into a day the reports tell as done', () => {
    const done = rows.map((r) => (r.date === null && r.text === 'am 29. Dezember' ? row(r.articleId, 'open', 'am 29. Dezember', 'Keller war am 29. Dezember im Hafen gewählt worden.', null, '2024-12') : r));
    expect(shape(done, st).map(([d]) => d)).not.toContain('2024-12');
  });
});

// A story with no year and no month header: most reports say only `am Freitag`, one gives the
// day without a year. Together they fix the year (the latest up to today with that weekday).
describe('a story whose weekday and day are said by different reports', () => {
  const st = new Map<ArticleId, string>(['a', 'b', 'c'].map((k) => [k as ArticleId, 's']));
  const friday = (id: string, published: string | null = null) => row(id, 'open', 'am Freitag', 'Ein Beben erschütterte am Freitag den Hafen von Keller.', null, published);
  const day = (published: string | null = null) => row('c', 'open', 'Am 28. März', 'Am 28. März erschütterte ein Beben den Hafen von Keller.', null, published);
  it('dates the story to the latest 28 March that was a Friday, citing every report', () => {
    const events = shape([friday('a'), friday('b'), day()], st);
    const dated = String(events.find(([, ids]) => ids === 'a,b,c')?.[0]);
    expect(dated).toMatch(/^\d{4}-03-28$/);
    expect(new Date(`${dated}T12:00:00Z`).getUTCDay()).toBe(5);
    expect(Number(dated.slice(0, 4))).toBeLessThanOrEqual(new Date().getUTCFullYear());
  });
  it('needs the weekday from two reports', () => {
    const events = shape([friday('a'), row('b', 'open', 'am Montag', 'Ein Beben erschütterte am Montag den Hafen von Keller.', null), day()], st);
    expect(events.some(([d]) => /-03-28$/.test(d as string))).toBe(false);
  });
  it('leaves a story its headers date to a month in that month', () => {
    const events = shape([friday('a', '2024-11'), friday('b', '2024-11'), day('2024-11')], st);
    expect(events.map(([d]) => d)).toContain('2024-11');
    expect(events.some(([d]) => /^2024-11-\d\d$/.test(d as string))).toBe(false);
  });
});
