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

/** A word as compared: without the punctuation and quotation marks around it. */
const bare = (w: string) => w.replace(/^[„“”"'‚‘’»«(]+|[„“”"'‚‘’»«),.;:!?]+$/g, '');

/**
 * What two nearly identical sentences (a `same` pair: wire copy, lightly edited) do not share:
 * the runs of words each has and the other lacks, in order (`im Berliner Tiergarten` only in
 * the first). A longest common subsequence of words, punctuation aside; empty when the words
 * are the same.
 */
export function wordRuns(a: string, b: string): { a: string[]; b: string[] } {
  const wa = a.split(/\s+/).filter(Boolean), wb = b.split(/\s+/).filter(Boolean);
  const ka = wa.map(bare), kb = wb.map(bare);
  const n = wa.length, m = wb.length;
  // lcs[i][j]: the longest common run of words of wa[i..] and wb[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = ka[i] === kb[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out = { a: [] as string[], b: [] as string[] };
  let runA: string[] = [], runB: string[] = [];
  const flush = () => {
    if (runA.length) out.a.push(bare(runA.join(' ')));
    if (runB.length) out.b.push(bare(runB.join(' ')));
    runA = [];
    runB = [];
  };
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ka[i] === kb[j]) {
      flush();
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) runA.push(wa[i++]!);
    else runB.push(wb[j++]!);
  }
  flush();
  return { a: out.a.filter(Boolean), b: out.b.filter(Boolean) };
}
