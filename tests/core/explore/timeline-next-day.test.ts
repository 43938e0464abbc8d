import { describe, expect, it } from 'vitest';
import { buildTimeline, type TimelineInput } from '../../../src/core/explore/timeline';
import type { ArticleId } from '../../../src/shared/api';

const row = (articleId: string, text: string, sentence: string, date: string, keys: string, published = date): TimelineInput => {
  const at = Math.max(0, sentence.indexOf(text));
  return {
    articleId: articleId as ArticleId, kind: 'date', start: at, end: at + text.length, text, date, endDate: null, sentenceStart: 0, sentenceEnd: sentence.length,
    sentence, keys, article: { title: `Bericht ${articleId}`, site: null, published, dateConflict: null },
  };
};
const shape = (rows: TimelineInput[], stories: Map<ArticleId, string>) =>
  buildTimeline(rows, stories).events.map((e) => [e.endDate ? `${e.date}..${e.endDate}` : e.date, [...e.articleIds].sort().join()]);

// Unrelated reports so that the story's words are rare in the library, as in a real one.
const filler = Array.from({ length: 12 }, (_, i) => row(`f${i}`, 'am 3. März', `Am 3. März tagte der Rat ${i}.`, '2024-03-03', `rat tag haushalt @meier${i}`));
const fillerStories = filler.map((r) => [r.articleId, `f${r.articleId}`] as const);

describe('one event told over two days', () => {
  const story = new Map<ArticleId, string>([...['a', 'b', 'c', 'd', 'e'].map((k) => [k as ArticleId, 's'] as const), ...fillerStories]);
  const crash = [
    row('a', 'am Sonntag', 'Der Hubschrauber mit Präsident Karimi war am Sonntag im Nebel abgestürzt.', '2024-05-19', 'hubschrau praesident abgestuerzt nebel @karimi', '2024-05-20'),
    row('c', 'am Sonntag', 'Ein Hubschrauber mit Präsident Karimi ist am Sonntag im Nebel abgestürzt.', '2024-05-19', 'hubschrau praesident abgestuerzt nebel @karimi'),
    row('d', 'am Sonntag', 'Karimi kam beim Absturz des Hubschraubers am Sonntag ums Leben.', '2024-05-19', 'hubschrau absturz leben @karimi', '2024-05-20'),
  ];
  const confirmed = [
    row('a', 'Am Montag', 'Am Montag bestätigte das Fernsehen den Tod von Präsident Karimi beim Absturz des Hubschraubers.', '2024-05-20', 'bestaetig fernseh tod praesident absturz hubschrau @karimi'),
    row('b', 'am Montag', 'Das Fernsehen bestätigte am Montag den Tod von Präsident Karimi, dessen Hubschrauber abgestürzt war.', '2024-05-20', 'fernseh bestaetig tod praesident hubschrau abgestuerzt @karimi'),
    row('e', 'am Montagmorgen', 'Retter fanden am Montagmorgen das Wrack des Hubschraubers von Präsident Karimi.', '2024-05-20', 'retter wrack hubschrau praesident @karimi'),
  ];
  it('makes one row over both days of a crash and the confirmation of the death the next day, citing every report', () => {
    const events = shape([...crash, ...confirmed, ...filler], story).filter(([d]) => !d!.startsWith('2024-03'));
    expect(events).toEqual([['2024-05-19..2024-05-20', 'a,b,c,d,e']]);
  });
  it('keeps a row of one report the next day, and a row in other words the day before, apart', () => {
    const other = [
      row('b', 'am Montag', 'Ein Zusammenhang mit dem Streit um die Ölpreise ist nicht ausgeschlossen, hieß es am Montag.', '2024-05-20', 'zusammenhang streit oelpreis ausgeschlossen'),
      row('e', 'am Samstag', 'Am Samstag hatte die Armee einen Flughafen im Norden bombardiert.', '2024-05-18', 'armee flughafen norden bombardiert'),
      row('b', 'am Samstag', 'Die Armee bombardierte am Samstag einen Flughafen im Norden des Landes.', '2024-05-18', 'armee bombardiert flughafen norden land'),
    ];
    const events = shape([...crash, ...other, ...filler], story).filter(([d]) => !d!.startsWith('2024-03'));
    expect(events).toEqual([['2024-05-18', 'b,e'], ['2024-05-19', 'a,c,d'], ['2024-05-20', 'b']]);
  });
});

describe('one event told in other words on one day', () => {
  it('makes one row of a story’s reports on its day, whatever words they use', () => {
    const story = new Map<ArticleId, string>([...['a', 'b', 'c', 'd'].map((k) => [k as ArticleId, 's'] as const), ...fillerStories]);
    const rows = [
      row('a', 'am Sonntag', 'Der Hubschrauber mit Präsident Karimi war am Sonntag im Nebel abgestürzt.', '2024-05-19', 'hubschrau praesident abgestuerzt nebel @karimi'),
      row('b', 'am Sonntag', 'Ein Hubschrauber mit Präsident Karimi ist am Sonntag im Nebel abgestürzt.', '2024-05-19', 'hubschrau praesident abgestuerzt nebel @karimi'),
      row('c', 'am Sonntag', 'Das Land trauert seit Sonntag um seinen Staatschef.', '2024-05-19', 'land trauert staatschef'),
      row('d', 'am Sonntag', 'Seit Sonntag herrscht im Land Staatstrauer.', '2024-05-19', 'land staatstrauer herrscht'),
    ];
    const events = shape([...rows, ...filler], story).filter(([d]) => !d!.startsWith('2024-03'));
    expect(events).toEqual([['2024-05-19', 'a,b,c,d']]);
  });
});
