import { describe, expect, it } from 'vitest';
import { alignPair } from '../../../src/core/compare/align';
import { featureContext, sentenceFeatures } from '../../../src/core/compare/features';
import { withReferents } from '../../../scripts/train-align/referents';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { article } from '../../support/article-input';

/**
 * Two reports aligned by the hand score, as `compare` builds their vectors (word rarity over their
 * sentences), every candidate from 0.3 shown: what is tested is which sentences meet at all (one
 * shared word is never a candidate, `MIN_SHARED`), not where the pair model puts its threshold.
 */
function align(a: string[], b: string[]) {
  const A = analyzeArticle(article('a', a)), B = analyzeArticle(article('b', b));
  const df = new Map<string, number>();
  const all = [...A.sentences, ...B.sentences];
  for (const s of all) for (const st of new Set(s.stems)) df.set(st, (df.get(st) ?? 0) + 1);
  const idf = (s: string) => Math.log((all.length + 1) / ((df.get(s) ?? 0) + 1)) + 1;
  const max = Math.log(all.length + 1) + 1;
  const ctx = featureContext([A, B], idf, max);
  const vectors = (x: typeof A) => withReferents(x.sentences.map((s) => sentenceFeatures(s, ctx, x.input.text)), x.sentences, x.input.text);
  return alignPair(A, B, vectors(A), vectors(B), max, { model: null, relatedMin: 0.3 });
}

describe('a pronoun read as the person named just before', () => {
  it('joins a sentence that speaks of someone as `er` to one that names him for the same act', () => {
    const r = align(
      ['Donald Trump kam nach den Schüssen in ein Krankenhaus bei Butler.', 'Mittlerweile wurde er entlassen.'],
      ['Trump ist wieder entlassen worden, teilte sein Sprecher mit.'],
    );
    expect(r).toContainEqual(expect.objectContaining({ a: 1, b: 0 }));
  });
  it('does not join two sentences that both speak of the person only by a pronoun', () => {
    const r = align(
      ['Donald Trump kam nach den Schüssen in ein Krankenhaus bei Butler.', 'Mittlerweile wurde er entlassen.'],
      ['Trump sprach am Abend zu seinen Anhängern in Milwaukee.', 'Danach wurde er entlassen.'],
    );
    expect(r.some((p) => p.a === 1 && p.b === 1)).toBe(false);
  });
  it('lends nothing to a sentence that names a person of its own', () => {
    const r = align(
      ['Donald Trump kam nach den Schüssen in ein Krankenhaus bei Butler.', 'Sein Berater Jason Miller wurde entlassen.'],
      ['Trump ist wieder entlassen worden, teilte sein Sprecher mit.'],
    );
    expect(r.some((p) => p.a === 1 && p.b === 0)).toBe(false);
  });
});
