import { describe, expect, it } from 'vitest';
import { featureContext, sentenceFeatures } from '../../../src/core/compare/features';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { article } from '../../support/article-input';

/** The feature keys of each sentence of two one-sentence reports, compared together. */
function keys(a: string, b: string): [string[], string[]] {
  const A = analyzeArticle(article('a', [a])), B = analyzeArticle(article('b', [b]));
  const ctx = featureContext([A, B], () => 1, 1);
  return [A, B].map((x) => [...sentenceFeatures(x.sentences[0]!, ctx, x.input.text).keys()]) as [string[], string[]];
}
const shared = ([a, b]: [string[], string[]]) => a.filter((k) => b.includes(k) && !k.startsWith('#'));

describe('sentence features', () => {
  it('gives a noun made of a participle the root of the verb the other report uses', () => {
    expect(shared(keys('Bis zu 20 Menschen wurden vermisst.', 'Anfangs war von bis zu 20 Vermissten die Rede.'))).toContain('vermiss');
    expect(shared(keys('Zwei Arbeiter wurden schwer verletzt.', 'Die Verletzten kamen in ein Krankenhaus.'))).toContain('verletz');
  });
  it('keeps a noun apart from a verb it merely begins with', () => {
    expect(shared(keys('Der Gast kam am Abend.', 'Das Gas strömte am Abend aus.'))).not.toContain('gas');
  });
  it('reads a score as a figure both reports share, and a clock time as none', () => {
    const [a, b] = keys('Spanien setzte sich im Finale mit 2:1 (0:0) gegen England durch.', 'Die Spanier besiegten England beim 2:1-Sieg im Olympiastadion.');
    expect(a.filter((k) => b.includes(k) && k.startsWith('#'))).toEqual(['#2:1|score']);
    expect(a).toContain('#0:0|score');
    const [c, d] = keys('Das Spiel begann um 20:45 Uhr in Berlin.', 'Um 20:45 Uhr war Anpfiff in Berlin.');
    expect([...c, ...d].filter((k) => k.endsWith('|score'))).toEqual([]);
  });
});

describe('sentence features of an act', () => {
  it('gives a noun of an act the key of its verb, written whole or split by a main clause', () => {
    expect(shared(keys('Nach der Festnahme des Verdächtigen sprach die Polizei von einem Erfolg.', 'Beamte haben den Verdächtigen am Morgen festgenommen.')).length).toBe(2);
    expect(shared(keys('Die Polizei nahm den Verdächtigen am Morgen fest.', 'Nach der Festnahme des Verdächtigen sprach die Polizei von einem Erfolg.')).length).toBe(3);
    expect(shared(keys('Der Minister trat am Sonntag zurück.', 'Sein Rücktritt kam für viele überraschend.')).length).toBe(1);
  });
  it('keeps a split verb as it is when no compared sentence says it whole', () => {
    const [a] = keys('Der Minister trat am Sonntag zurück.', 'Der Bürgermeister trat am Montag vor die Presse.');
    expect(a).toContain('tret');
  });
});
