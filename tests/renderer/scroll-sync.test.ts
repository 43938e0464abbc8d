import { describe, expect, it } from 'vitest';
import type { AlignedPair, AlignmentClass, ArticleId, Comparison } from '../../src/shared/api';
import { follow, syncPath } from '../../src/renderer/src/lib/scroll-sync';

const A = 'aaaaaaaaaaaa' as ArticleId;
const B = 'bbbbbbbbbbbb' as ArticleId;
const noDiff = { figures: [], dates: [], names: [], quotes: [], sources: [] };

/** A comparison of A and B with the given pairs `[sentence in A, sentence in B, class, score]`. */
function comparison(pairs: [number, number, AlignmentClass, number][]): Comparison {
  return {
    articles: [],
    pairs: pairs.map(([a, b, cls, score], i): AlignedPair => {
      // Half the pairs name B first, as the API may.
      const x = { articleId: A, sentence: a };
      const y = { articleId: B, sentence: b };
      return { a: i % 2 ? y : x, b: i % 2 ? x : y, class: cls, score, reasons: [], differences: noDiff };
    }),
    passages: [],
    sources: [],
    spellings: [],
    tookMs: 1,
  };
}

describe('syncPath', () => {
  it('keeps the pairs that go forward in both reports', () => {
    const c = comparison([
      [0, 3, 'same', 0.9],
      [2, 5, 'paraphrase', 0.7],
      [4, 9, 'same', 0.8],
    ]);
    expect(syncPath(c, A, B)).toEqual([
      [0, 3],
      [2, 5],
      [4, 9],
    ]);
    // From the other side, the same pairs the other way round.
    expect(syncPath(c, B, A)).toEqual([
      [3, 0],
      [5, 2],
      [9, 4],
    ]);
  });

  it('leaves out a lead sentence many others merely relate to, and a crossing pair', () => {
    const c = comparison([
      // B's sentence 2 is a general lead: many sentences of A relate to it.
      [0, 2, 'related', 0.3],
      [5, 2, 'related', 0.3],
      [9, 2, 'related', 0.3],
      [12, 2, 'related', 0.3],
      // The real correspondences.
      [1, 4, 'same', 0.9],
      [6, 8, 'paraphrase', 0.6],
      [10, 12, 'same', 0.9],
      // A paragraph B moved to its end.
      [3, 20, 'same', 0.95],
    ]);
    expect(syncPath(c, A, B)).toEqual([
      [0, 2],
      [1, 4],
      [6, 8],
      [10, 12],
    ]);
  });

  it('is empty when the reports have no pair', () => {
    expect(syncPath(comparison([]), A, B)).toEqual([]);
    expect(syncPath(comparison([[0, 1, 'same', 1]]), A, 'cccccccccccc' as ArticleId)).toEqual([]);
  });
});

describe('follow', () => {
  const marks = [
    { a: 100, b: 400 },
    { a: 300, b: 500 },
    { a: 700, b: 1300 },
  ];

  it('is at the partner when the leader is at a landmark, in proportion between two', () => {
    expect(follow(marks, 300)).toBe(500);
    expect(follow(marks, 200)).toBe(450);
    expect(follow(marks, 500)).toBe(900);
  });

  it('keeps the distance before the first landmark and after the last', () => {
    expect(follow(marks, 40)).toBe(340);
    expect(follow(marks, 800)).toBe(1400);
  });

  it('copes with landmarks on one line and with none', () => {
    expect(follow([{ a: 100, b: 100 }, { a: 100, b: 160 }, { a: 200, b: 300 }], 100)).toBe(160);
    expect(follow([], 100)).toBeNull();
  });
});
