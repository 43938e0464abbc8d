import { describe, expect, it } from 'vitest';
import { featureContext, sentenceFeatures } from '../../../src/core/compare/features';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { article } from '../../support/article-input';

/** The feature keys of each sentence of two one-sentence reports, compared together. */
function keys(a: string, b: string): [string[], string[]] {
  const A = analyzeArticle(article('a', [a])), B = analyzeArticle(article('b', [b]));
  const ctx = featureContext([A, B], () => 1, 1);
  return [A, B].map((x) => [...sentenceFeatures(x.sentences[0]!, ctx).keys()]) as [string[], string[]];
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
});
