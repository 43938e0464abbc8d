import { wireSentenceKeys } from '../../../shared/compare-marks';
export { elsewhereSentence, wordRuns } from '../../../shared/compare-marks';
import type { AlignedPair, AlignmentClass, ArticleId, ComparedArticle, Comparison, CompareSentence } from '../../../shared/api';

/** `articleId:sentenceIndex`, the key of one sentence of a comparison. */
export type SentenceKey = string;
export const sentenceKey = (articleId: ArticleId, sentence: number): SentenceKey => `${articleId}:${sentence}`;

/** A sentence's partner in another column, through pair `pair` (index into `Comparison.pairs`). */
export interface Partner {
  key: SentenceKey;
  articleId: ArticleId;
  sentence: number;
  pair: number;
  class: AlignmentClass;
  score: number;
}

const RANK: Record<AlignmentClass, number> = { same: 3, paraphrase: 2, related: 1 };

/** Every aligned sentence's partners, best first. */
export function partnersOf(c: Comparison): Map<SentenceKey, Partner[]> {
  const map = new Map<SentenceKey, Partner[]>();
  const add = (from: SentenceKey, p: Partner) => {
    const list = map.get(from);
    if (list) list.push(p);
    else map.set(from, [p]);
  };
  c.pairs.forEach((p, i) => {
    const ka = sentenceKey(p.a.articleId, p.a.sentence);
    const kb = sentenceKey(p.b.articleId, p.b.sentence);
    add(ka, { key: kb, articleId: p.b.articleId, sentence: p.b.sentence, pair: i, class: p.class, score: p.score });
    add(kb, { key: ka, articleId: p.a.articleId, sentence: p.a.sentence, pair: i, class: p.class, score: p.score });
  });
  for (const list of map.values()) list.sort((x, y) => RANK[y.class] - RANK[x.class] || y.score - x.score);
  return map;
}

/** The strongest class a sentence is aligned with, or null when it stands alone. */
export function bestClass(partners: readonly Partner[] | undefined): AlignmentClass | null {
  return partners && partners.length > 0 ? partners[0]!.class : null;
}

/** One paragraph of a compare column: the article's sentences of one block. */
export interface CompareBlock {
  block: number;
  sentences: { index: number; sentence: CompareSentence }[];
}

export function blocksOf(a: ComparedArticle): CompareBlock[] {
  const out: CompareBlock[] = [];
  a.sentences.forEach((sentence, index) => {
    const last = out[out.length - 1];
    if (last && last.block === sentence.block) last.sentences.push({ index, sentence });
    else out.push({ block: sentence.block, sentences: [{ index, sentence }] });
  });
  return out;
}

/** Keys of the sentences that lie (mostly) inside a wire-copy passage (as the export marks them). */
export function wireKeys(c: Comparison): Set<SentenceKey> {
  return wireSentenceKeys(c);
}

/** The pair shown in the differences panel at first: the one with the most to say, best aligned. */
export function defaultPair(pairs: readonly AlignedPair[]): number {
  if (pairs.length === 0) return -1;
  let best = 0;
  let bestScore = -1;
  pairs.forEach((p, i) => {
    const d = p.differences;
    const weight = d.figures.length * 2 + d.quotes.length + d.dates.length + (p.class === 'related' ? 0 : 1);
    const s = weight + p.score;
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  });
  return best;
}

/**
 * The text a compare column shows for `[start, end)` of `Article.text`: the parts of its
 * sentences in that range, one space between sentences (what lies between them is not shown).
 */
export function shownText(a: ComparedArticle, start: number, end: number): string {
  const parts: string[] = [];
  for (const s of a.sentences) {
    if (s.end <= start || s.start >= end) continue;
    parts.push(s.text.slice(Math.max(0, start - s.start), Math.min(s.text.length, end - s.start)));
  }
  return parts.join(' ');
}
