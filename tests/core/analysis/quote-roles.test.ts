import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { article } from '../../support/article-input';

/** The quotations of one invented paragraph, as text → speaker (names6 pass, `eval/names/quote-roles.tsv`). */
function quotes(...sentences: string[]): Record<string, string | null> {
  const a = analyzeArticle(article('a', [sentences.join(' ')]));
  return Object.fromEntries(a.quotes.map((q) => [q.text, q.speaker]));
}

describe('findQuotes: a speaker named only by a role', () => {
  it('is the person the report names in that role, not the nearest name', () => {
    const q = quotes('Kanzler Tomas Berglund entließ am Abend Finanzminister Jonas Erlinger.', 'Erlinger habe zu oft taktiert, warf ihm Berglund vor.', '„Zu oft hat er mein Vertrauen gebrochen“, so die klare Botschaft des Kanzlers.');
    expect(q['Zu oft hat er mein Vertrauen gebrochen']).toBe('Tomas Berglund');
  });
  it('is no one when the report names the nearest person in another role', () => {
    const q = quotes('Kanzlerin Marta Lindqvist wurde von Lukas Hartwig in Schutz genommen.', '„Das ist nicht akzeptabel“, sagte der 75-jährige Senator am Mittwoch.');
    expect(q['Das ist nicht akzeptabel']).toBeNull();
  });
  it('is no one when two people hold such a role', () => {
    const q = quotes('Außenminister Jonas Erlinger traf Verteidigungsminister Lukas Hartwig.', '„Wir sind uns einig“, sagte der Minister.');
    expect(q['Wir sind uns einig']).toBeNull();
  });
  // Guard (passes on main too): a word for what someone is (`der SPD-Politiker`) refers back as before.
  it('leaves a party word to the older rule', () => {
    const q = quotes('Kanzler Tomas Berglund gratulierte dem Wahlsieger.', '„Wir sind enge Partner“, schrieb der SPD-Politiker am Sonntagabend.');
    expect(q['Wir sind enge Partner']).toBe('Tomas Berglund');
  });
});
