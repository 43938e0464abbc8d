import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { article } from '../../support/article-input';

/** The quotations of one invented paragraph, as text → speaker. */
function quotes(...sentences: string[]): Record<string, string | null> {
  const a = analyzeArticle(article('a', [sentences.join(' ')]));
  return Object.fromEntries(a.quotes.map((q) => [q.text, q.speaker]));
}

describe('findQuotes: names in quotation marks', () => {
  it('reads a paper named in quotation marks as a name, not a quote of the person beside it', () => {
    const q = quotes('Der Reporter Jonas Erlinger von der „Washington Post“ kam am Freitag frei.');
    expect(q).not.toHaveProperty('Washington Post');
  });

  // Guard (passes on main too): the rule must not drop capitalised quoted words.
  it('keeps a capitalised quote that is no organisation', () => {
    const q = quotes('Kanzlerin Marta Lindqvist sprach von einem „Schwarzen Tag“.');
    expect(q['Schwarzen Tag']).toBe('Marta Lindqvist');
  });
});

describe('findQuotes: the stated speaker before the nearest name', () => {
  it('gives indirect speech closed by `so die Hamas` to the Hamas, not to the man it is about', () => {
    const q = quotes('Ismail Hanija sei bei einem „feigen Angriff auf seine Wohnung“ getötet worden, nachdem er in der Stadt war, so die Hamas.');
    expect(q['feigen Angriff auf seine Wohnung']).toBe('Hamas');
  });

  it('gives a quote to the organisation named after `erklärte`', () => {
    const q = quotes('Viktor Stanek habe „die Stadt verlassen“, erklärte die Hamas am Montag.');
    expect(q['die Stadt verlassen']).toBe('Hamas');
  });

  it('gives no one a quote said by an unnamed speaker, not the person it speaks of', () => {
    const q = quotes('„Wir haben ihn im Wald gefunden“, sagte eine Polizistin über Karel Vondra.');
    expect(q['Wir haben ihn im Wald gefunden']).toBeNull();
  });

  it('gives no one a label the sentence gives a person with `als „…“`, nor a neighbour of the sentences before', () => {
    const q = quotes('Richter Tomas Brandl sprach am Morgen.', 'In der Anklage wurde Karel Vondra als „Kopf einer Bande“ bezeichnet.');
    expect(q['Kopf einer Bande']).toBeNull();
    // Guard: a quote without `als` keeps the name beside it.
    expect(quotes('Kanzlerin Marta Lindqvist sprach von einem „Schwarzen Tag“.')['Schwarzen Tag']).toBe('Marta Lindqvist');
  });

  it('gives no one a quote an unnamed speaker introduces before it, not a name of the sentences before', () => {
    const q = quotes('Präsidentin Dana Holm lobte den Austausch.', 'Für die Regierung erklärte ein Sprecher, der Austausch sei gelungen, «die Gefangenen sind frei».');
    expect(q['die Gefangenen sind frei']).toBeNull();
  });

  // Guards (pass on main too): what the construction reading must not take for a speaker.
  it('does not take the platform after `auf` for the speaker', () => {
    const q = quotes('Die Ministerin Ilse Brandauer verurteilte die Tat. „Das ist feige“, schrieb sie auf der Plattform Telegram.');
    expect(q['Das ist feige']).toBe('Ilse Brandauer');
  });

  it('reads `laut X` that opens the sentence before the person it reports on', () => {
    const q = quotes('Laut der Nachrichtenagentur Reuters wurde Pavel Horak „von einem Geschoss“ getroffen.');
    expect(q['von einem Geschoss']).toBe('Reuters');
  });

  it('keeps the subject named before `laut X` as the speaker', () => {
    const q = quotes('Präsident Pavel Horak nannte die Entscheidung laut Reuters „einen Fehler“.');
    expect(q['einen Fehler']).toBe('Pavel Horak');
  });
});
