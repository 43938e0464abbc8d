/**
 * How a comparison's sentences are marked, shared by the compare view and its HTML export so
 * both mark the same sentences: wire copy, and the sentence that carries a figure found elsewhere. No runtime dependencies.
 */
import type { AlignedPair, Comparison, FigureDifference, SentenceRef } from './api';

/**
 * Keys (`articleId:sentenceIndex`) of the sentences that lie (mostly) inside a wire-copy
 * passage: at least half of the sentence is in the passage.
 */
export function wireSentenceKeys(c: Comparison): Set<string> {
  const keys = new Set<string>();
  for (const p of c.passages) {
    if (!p.isWireCopy) continue;
    for (const o of p.occurrences) {
      const a = c.articles.find((x) => x.id === o.articleId);
      a?.sentences.forEach((s, i) => {
        const overlap = Math.min(s.end, o.end) - Math.max(s.start, o.start);
        if (overlap > 0 && overlap >= (s.end - s.start) / 2) keys.add(`${a.id}:${i}`);
      });
    }
  }
  return keys;
}

/**
 * Where a figure found in another sentence (`FigureDifference.elsewhere`) really stands: the
 * sentence of the partner report that holds its offsets, which is not the aligned one. Null for
 * a figure both aligned sentences carry, or when no sentence holds it.
 */
export function elsewhereSentence(c: Comparison, pair: AlignedPair, f: FigureDifference): SentenceRef | null {
  if (!f.elsewhere) return null;
  for (const [side, q] of [[pair.a, f.a], [pair.b, f.b]] as const) {
    const a = c.articles.find((x) => x.id === side.articleId);
    if (!a || !q) continue;
    const own = a.sentences[side.sentence];
    if (own && own.start <= q.start && q.end <= own.end) continue;
    const k = a.sentences.findIndex((s) => s.start <= q.start && q.end <= s.end);
    if (k >= 0) return { articleId: a.id, sentence: k };
  }
  return null;
}
