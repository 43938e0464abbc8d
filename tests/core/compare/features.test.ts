import { describe, expect, it } from 'vitest';
import { featureContext, sentenceFeatures, type Vector } from '../../../src/core/compare/features';
import { pairStats } from '../../../src/core/compare/align-pair';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { article } from '../../support/article-input';

/** The feature vectors of the sentences of two one-sentence reports, compared together. */
function vectors(a: string, b: string): [Vector, Vector] {
  const A = analyzeArticle(article('a', [a])), B = analyzeArticle(article('b', [b]));
  const ctx = featureContext([A, B], () => 1, 1);
  return [A, B].map((x) => sentenceFeatures(x.sentences[0]!, ctx, x.input.text)) as [Vector, Vector];
}
/** Their feature keys. */
const keys = (a: string, b: string) => vectors(a, b).map((v) => [...v.keys()]) as [string[], string[]];
/** The words and names both have (no figures, no acts). */
const shared = ([a, b]: [string[], string[]]) => a.filter((k) => b.includes(k) && !k.startsWith('#') && !k.startsWith('!'));

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
  it('keeps a split verb as it is when no compared sentence says it whole and it tells no act', () => {
    const [a] = keys('Der Zug fuhr am Sonntag ab.', 'Der Bürgermeister trat am Montag vor die Presse.');
    expect(a).toContain('fuhr');
    // `trat … zurück` tells an act (`text/act-concepts.ts`): the whole verb, though no compared sentence says it.
    const [b] = keys('Der Minister trat am Sonntag zurück.', 'Der Bürgermeister trat am Montag vor die Presse.');
    expect(b).toContain('!resign');
  });
});

describe('sentence features of an act told in other words', () => {
  it('shares the act when two reports tell it in other words, and counts it toward the shared features', () => {
    const [a, b] = vectors('Bei dem Angriff starben 14 Menschen.', 'Bei dem Angriff wurden 14 Menschen getötet.');
    expect(a.has('!die') && b.has('!die')).toBe(true);
    expect(pairStats(a, b).acts).toBe(1);
    const [c, d] = vectors('Drei Menschen kamen ums Leben.', 'Drei Menschen sind tot.');
    expect(pairStats(c, d).acts).toBe(1);
  });
  it('does not count an act again when both tell it in the same word', () => {
    const [a, b] = vectors('Der Präsident starb am Sonntag.', 'Am Sonntag starb der frühere Präsident.');
    expect(pairStats(a, b).acts).toBe(0);
  });
  it('does not join two different acts', () => {
    const [a, b] = vectors('Zwei Menschen wurden verletzt.', 'Zwei Menschen wurden getötet.');
    expect(pairStats(a, b).acts).toBe(0);
  });
});
