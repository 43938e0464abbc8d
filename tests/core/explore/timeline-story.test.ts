import { describe, expect, it } from 'vitest';
import { isFurnitureSentence } from '../../../src/core/analysis/furniture';
import { buildTimeline, TimelineIndex, type TimelineInput } from '../../../src/core/explore/timeline';
import { clauseOfDate, eventLabel } from '../../../src/core/explore/timeline-labels';
import { tidyLabel } from '../../../src/core/explore/label-text';
import type { ArticleId } from '../../../src/shared/api';

const row = (articleId: string, kind: TimelineInput['kind'], text: string, sentence: string, date: string | null, published: string | null = null): TimelineInput => {
  const at = Math.max(0, sentence.indexOf(text));
  return {
    articleId: articleId as ArticleId, kind, start: at, end: at + text.length, text, date, endDate: null, sentenceStart: 0, sentenceEnd: sentence.length,
    sentence, keys: 'damaskus rebell @asad', article: { title: `Bericht ${articleId}`, site: null, published, dateConflict: null },
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
  it('folds a month most of a story’s reports give into that story’s day, even in other words; one report’s month stays apart', () => {
    const other = (r: TimelineInput, keys: string) => ({ ...r, keys });
    const days = [
      row('a', 'date', 'am 19. Mai', 'Der Hubschrauber stürzte am 19. Mai ab.', '2024-05-19'),
      row('b', 'date', 'am 19. Mai 2024', 'Am 19. Mai 2024 starb der Präsident.', '2024-05-19'),
    ];
    const months = [
      other(row('c', 'date', 'im Mai', 'Im Mai trauerte das Land um seinen Präsidenten.', '2024-05'), 'trau land'),
      other(row('b', 'date', 'Mai 2024', 'Mai 2024: das Land in Trauer.', '2024-05'), 'trau land'),
    ];
    // Another story's month mention in other words stays a row of its own.
    const x = other(row('x', 'date', 'im Mai', 'Im Mai wurde in Madrid gewählt.', '2024-05'), 'madrid wahl');
    const stories = new Map([...storyOf, ['x' as ArticleId, 't']]);
    const rowsOf = (rs: TimelineInput[]) => buildTimeline(rs, stories).events.map((e) => [e.date, e.articleIds.sort().join()]);
    expect(rowsOf([...days, ...months, x])).toEqual([['2024-05', 'x'], ['2024-05-19', 'a,b,c']]);
    // Early in the month, in one report only: perhaps another event of the story.
    expect(rowsOf([...days, months[0]!])).toEqual([['2024-05', 'c'], ['2024-05-19', 'a,b']]);
  });
  it('takes the news day of a story published in December over the background day most of its reports give late in November', () => {
    const st = new Map<ArticleId, string>(['a', 'b', 'c', 'd'].map((k) => [k as ArticleId, 's']));
    const rows = [
      row('a', 'date', 'Am 27. November', 'Am 27. November begann die Offensive.', '2024-11-27', '2024-12'),
      row('b', 'date', 'am 27. November', 'Die Offensive hatte am 27. November begonnen.', '2024-11-27', '2024-12'),
      row('c', 'date', 'am 27. November', 'Sie begann am 27. November.', '2024-11-27', '2024-12'),
      row('c', 'date', 'am 8. Dezember', 'Am 8. Dezember nahmen die Rebellen Damaskus ein.', '2024-12-08', '2024-12'),
      row('d', 'open', 'am Sonntag', 'Die Rebellen erklärten am Sonntag, Assad sei geflohen.', null, '2024-12'),
    ];
    const sunday = buildTimeline(rows, st).events.find((e) => e.articleIds.includes('d' as ArticleId));
    expect(sunday?.date).toBe('2024-12-08');
  });
  it('does not date a story by the end or start of a period its reports name (bis zum, ab, seit)', () => {
    const st = new Map<ArticleId, string>(['a', 'b', 'c', 'd'].map((k) => [k as ArticleId, 's']));
    const rows = [
      row('a', 'date', '5. Januar 2022', 'Der Präsident nahm am 5. Januar 2022 den Rücktritt der Regierung an.', '2022-01-05'),
      row('b', 'date', '19. Januar', 'Der Ausnahmezustand gilt bis zum 19. Januar.', '2022-01-19', '2022-01'),
      row('c', 'date', '19. Januar', 'Zuvor war bis zum 19. Januar der Notstand verhängt worden.', '2022-01-19', '2022-01'),
      row('d', 'open', 'am Mittwoch', 'Die Regierung trat am Mittwoch zurück.', null, '2022-01'),
    ];
    const wednesday = buildTimeline(rows, st).events.find((e) => e.articleIds.includes('d' as ArticleId));
    expect(wednesday?.date).toBe('2022-01-05');
  });
  it('lets a report dated by its header alone, with no date in its text, give its story its day and be cited on it', () => {
    const st = new Map<ArticleId, string>(['a', 'b'].map((k) => [k as ArticleId, 's']));
    const rows = [
      row('a', 'undated', '', 'Israel griff in der Nacht Ziele im Iran an.', null, '2025-06-13T09:58'),
      row('b', 'open', 'am Freitag', 'Israel griff am Freitag Ziele im Iran an.', null, '2025-06'),
    ];
    const { events } = buildTimeline(rows, st);
    expect(events.map((e) => [e.date, e.articleIds.sort().join()])).toEqual([['2025-06-13', 'a,b']]);
  });
  it('dates a story by neither a day still to come nor a recalled day of the month before that is not the weekday its reports name', () => {
    const st = new Map<ArticleId, string>(['a', 'b', 'c', 'd'].map((k) => [k as ArticleId, 's']));
    const rows = [
      row('a', 'date', '24. November', 'Der Außenseiter hatte die erste Runde am 24. November gewonnen.', '2024-11-24', '2024-12'),
      row('b', 'date', '24. November', 'Die erste Runde vom 24. November ist ungültig.', '2024-11-24', '2024-12'),
      row('a', 'date', '21. Dezember', 'Ihr Mandat würde normalerweise am 21. Dezember enden.', '2024-12-21', '2024-12'),
      row('a', 'date', '1. Dezember', 'Das muss die Regierung entscheiden, die nach der Wahl vom 1. Dezember gebildet werden soll.', '2024-12-01', '2024-12'),
      row('b', 'open', 'am Freitag', 'Das Gericht annullierte die Wahl am Freitag.', null, '2024-12'),
      row('c', 'open', 'am Freitag', 'Am Freitag erklärten die Richter die Wahl für ungültig.', null, '2024-12'),
      row('d', 'open', 'am Freitag', 'Die Richter entschieden am Freitag.', null, '2024-12'),
      row('c', 'open', 'am Sonntag', 'Am Sonntag sollte eigentlich die Stichwahl stattfinden.', null, '2024-12'),
      row('d', 'open', 'am Sonntag', 'Die Stichwahl hätte am Sonntag stattfinden sollen.', null, '2024-12'),
    ];
    const { events } = buildTimeline(rows, st);
    const friday = events.find((e) => e.articleIds.includes('c' as ArticleId) && e.articleIds.includes('d' as ArticleId));
    // The story's month, not 20 December (the Friday before a term's end) nor 22 November.
    expect(friday?.date).toBe('2024-12');
    expect(events.map((e) => e.date)).not.toContain('2024-11-22');
    expect(events.map((e) => e.date)).not.toContain('2024-12-20');
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
  it('leaves a gallery counter and a photo credit out of a caption taken for a headline', () => {
    const keys = new Map([['@israel', 3], ['@iran', 3], ['angegriff', 2]]);
    expect(eventLabel({ titles: ['1/8 Israel hat in der Nacht auf Freitag Ziele im Iran angegriffen. Foto: AFP'], sentences: [], keys })).toBe('Israel hat in der Nacht auf Freitag Ziele im Iran angegriffen');
    expect(eventLabel({ titles: ['Israel greift Iran an (Foto: Vahid Salemi/AP)'], sentences: [], keys })).toBe('Israel greift Iran an');
  });
  it('prefers a statement of the event to a question or a condition about it holding as many key words', () => {
    const keys = new Map([['@lindner', 3], ['abstimm', 2], ['kanzl', 1]]);
    const sentences = ['Sollte Lindner die Abstimmung verlieren, wäre der Kanzler am Zug.', 'Lindner verlor die Abstimmung im Bundestag.'];
    expect(eventLabel({ titles: [], sentences, keys })).toBe('Lindner verlor die Abstimmung im Bundestag');
    expect(eventLabel({ titles: [], sentences: ['Verliert Lindner die Abstimmung?', 'Lindner verlor die Abstimmung.'], keys })).toBe('Lindner verlor die Abstimmung');
  });
  it('cuts a long sentence at a clause', () => {
    const long = 'Witkoff traf Putin in St. Petersburg zu Gesprächen über die Ukraine, die mehr als vier Stunden dauerten und ohne Ergebnis blieben, wie es hieß.';
    const label = eventLabel({ titles: [], sentences: [long], keys: new Map([['@witkoff', 1]]) });
    expect(label.length).toBeLessThanOrEqual(90);
    expect(long.startsWith(label.replace(/…$/, ''))).toBe(true);
  });
  it('labels a long sentence whose date stands past the cut by the clause that holds the date', () => {
    const s = 'Wie die Zeitung unter Berufung auf mehrere Beamte aus beiden Ländern weiter berichtet, soll das für diesen Mittwoch geplante Treffen der Minister verschoben worden sein.';
    const keys = new Map([['minist', 1], ['treff', 1]]);
    const label = eventLabel({ titles: [], sentences: [{ text: s, dateAt: s.indexOf('diesen Mittwoch') }], keys });
    expect(label.startsWith('Soll das für diesen Mittwoch geplante Treffen')).toBe(true);
    expect(label).not.toContain('Zeitung');
  });
  it('drops the mark an empty kicker or a dateline leaves before a headline', () => {
    const keys = new Map([['@trump', 3], ['wahlveranstalt', 2]]);
    expect(eventLabel({ titles: ['- Bei einer Wahlveranstaltung wurde auf Trump geschossen'], sentences: [], keys })).toBe('Bei einer Wahlveranstaltung wurde auf Trump geschossen');
    expect(tidyLabel(': Oberbefehlshaber entlassen')).toBe('Oberbefehlshaber entlassen');
    expect(tidyLabel('Wahlkampf : Schüsse bei einer Wahlveranstaltung')).toBe('Wahlkampf: Schüsse bei einer Wahlveranstaltung');
  });
  it('does not cut a long sentence inside a list of names', () => {
    const s = 'Am Sonntag verhandelten die Gesandten Anton Berger, Jana Kraus und Minister Paul Lenz in der Hauptstadt über einen Frieden in der Region.';
    const label = eventLabel({ titles: [], sentences: [s], keys: new Map([['@berger', 1]]) });
    expect(label).toMatch(/Jana Kraus und Minister/);
    expect(label.endsWith('…')).toBe(true);
  });
  it('keeps the head of a long sentence when its date is in it, and a short clause with the one before', () => {
    const s = 'Am Freitag traf der Gesandte den Präsidenten in der alten Zarenstadt zu Gesprächen, die mehr als vier Stunden dauerten und ohne Ergebnis blieben.';
    expect(clauseOfDate({ text: s, dateAt: 0 })).toBe(s);
    const t = 'Die Gespräche der beiden Delegationen über einen Waffenstillstand blieben lange ohne Ergebnis; am Montag, dem 3. März, wurde dann eine Einigung gemeldet.';
    expect(clauseOfDate({ text: t, dateAt: t.indexOf('dem 3. März') })).toBe('Am Montag, dem 3. März, wurde dann eine Einigung gemeldet.');
  });
  it('keeps the whole sentence when the clause of its date cannot stand alone', () => {
    const said = '„Wir haben diese Wahl gewonnen und werden das Land in eine gute Zukunft führen“, rief der Vorsitzende am Sonntagabend vor seinen Anhängern.';
    expect(clauseOfDate({ text: said, dateAt: said.indexOf('am Sonntagabend') })).toBe(said);
    const rel = 'Die lange Schlacht um die vollkommen zerstörte Stadt im Osten des Landes, die im Mai 2023 von den Truppen eingenommen wurde.';
    expect(clauseOfDate({ text: rel, dateAt: rel.indexOf('im Mai') })).toBe(rel);
  });
});

describe('TimelineIndex.add', () => {
  it('cites a report added later on its story’s event, as a full build does, reading its "am Sonntag" against the story’s day', () => {
    const a = row('a', 'date', 'am 8. Dezember', 'Die Rebellen nahmen am 8. Dezember Damaskus ein.', '2024-12-08', '2024-12');
    const b = row('b', 'date', 'am 8. Dezember 2024', 'Am 8. Dezember 2024 fiel Damaskus an die Rebellen.', '2024-12-08');
    const c = [row('c', 'open', 'am Sonntag', 'Die Rebellen erklärten am Sonntag, Assad sei geflohen.', null), row('c', 'undated', '', 'Assad ist geflohen.', null)];
    const other = row('x', 'date', 'am 3. März', 'Am 3. März tagte der Rat in Wien.', '2016-03-03');
    const two = new Map<ArticleId, string>([['a' as ArticleId, 's'], ['b' as ArticleId, 's']]);
    const three = new Map<ArticleId, string>([...two, ['c' as ArticleId, 's']]);
    const index = new TimelineIndex([a, b, { ...other, keys: 'wien rat @rat' }], two);
    expect(index.result().events.find((e) => e.date === '2024-12-08')!.articleIds.sort()).toEqual(['a', 'b']);
    index.add(c, three);
    const full = buildTimeline([a, b, { ...other, keys: 'wien rat @rat' }, ...c], three);
    const shape = (r: ReturnType<TimelineIndex['result']>) => r.events.map((e) => [e.date, [...e.articleIds].sort()]);
    expect(shape(index.result())).toEqual(shape(full));
    expect(shape(index.result())).toContainEqual(['2024-12-08', ['a', 'b', 'c']]);
  });
});
