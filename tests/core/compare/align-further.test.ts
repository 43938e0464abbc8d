import { describe, expect, it } from 'vitest';
import { alignPair, type AlignOptions } from '../../../src/core/compare/align';
import { PAIR_FEATURES, type PairModel } from '../../../src/core/compare/align-pair';
import { FURTHER_FEATURES } from '../../../src/core/compare/align-further';
import { featureContext, sentenceFeatures } from '../../../src/core/compare/features';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { article } from '../../support/article-input';

function align(a: string[], b: string[], opts: Partial<AlignOptions> = {}) {
  const A = analyzeArticle(article('a', a)), B = analyzeArticle(article('b', b));
  const df = new Map<string, number>();
  const all = [...A.sentences, ...B.sentences];
  for (const s of all) for (const st of new Set(s.stems)) df.set(st, (df.get(st) ?? 0) + 1);
  const idf = (s: string) => Math.log((all.length + 1) / ((df.get(s) ?? 0) + 1)) + 1;
  const max = Math.log(all.length + 1) + 1;
  const ctx = featureContext([A, B], idf, max);
  return alignPair(A, B, A.sentences.map((s) => sentenceFeatures(s, ctx)), B.sentences.map((s) => sentenceFeatures(s, ctx)), max, { showMin: 0, ...opts });
}

/** A first model that passes a pair only when each sentence ranks it first: a second partner is always refused. */
const mutualOnly: PairModel = {
  kind: 'trees', features: PAIR_FEATURES, base: 0, threshold: 0.5,
  trees: [[{ f: PAIR_FEATURES.indexOf('mutual'), t: 0.5, l: 1, r: 2, v: 0 }, { f: -1, t: 0, l: -1, r: -1, v: -10 }, { f: -1, t: 0, l: -1, r: -1, v: 10 }]],
};
/** A further model that says the same of every candidate. */
const further = (v: number): PairModel => ({ kind: 'trees', features: FURTHER_FEATURES, base: 0, trees: [[{ f: -1, t: 0, l: -1, r: -1, v }]], threshold: 0.5 });

describe('further partners after the assignment (align-further)', () => {
  // One sentence of A states what two sentences of B state one each.
  const a = ['Witkoff traf Putin in Sankt Petersburg und das Treffen dauerte über vier Stunden.'];
  const b = ['Witkoff traf Putin in Sankt Petersburg.', 'Das Treffen dauerte mehr als vier Stunden.'];
  it('adds the second partner the first model refuses when the further model passes it', () => {
    expect(align(a, b, { model: mutualOnly }).map((p) => p.b)).toHaveLength(1);
    expect(align(a, b, { model: mutualOnly, further: further(10) }).map((p) => p.b).sort()).toEqual([0, 1]);
  });
  it('adds nothing when the further model refuses, or without one', () => {
    const alone = align(a, b, { model: mutualOnly });
    expect(align(a, b, { model: mutualOnly, further: further(-10) })).toEqual(alone);
    expect(align(a, b, { model: mutualOnly, further: null })).toEqual(alone);
  });
  it('never adds a partner on what the first partner already explains', () => {
    const r = align(
      ['Witkoff traf Putin in Sankt Petersburg zu Gesprächen über die Ukraine.'],
      ['Witkoff traf Putin in Sankt Petersburg zu Gesprächen über die Ukraine.', 'In Sankt Petersburg sprach Putin danach mit Witkoff.'],
      { model: mutualOnly, further: further(10) },
    );
    expect(r.map((p) => p.b)).toEqual([0]);
  });
  it('hands the trainer each candidate beside a paired sentence with one row, and none for an unpaired pair', () => {
    let rows: { a: number; b: number; row: number[] }[] = [];
    const first = align(a, b, { model: mutualOnly, collectFurther: (r) => (rows = r) });
    expect(rows.map((r) => [r.a, r.b])).toEqual([[0, 1 - first[0]!.b]]);
    expect(rows[0]!.row).toHaveLength(FURTHER_FEATURES.length);
    expect(rows[0]!.row.every(Number.isFinite)).toBe(true);
    // The two candidate sentences of B stand next to each other: the distance to the partner is 1.
    expect(rows[0]!.row[FURTHER_FEATURES.indexOf('nearB')]).toBe(1);
  });
});
