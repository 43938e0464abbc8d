/**
 * Sentence alignment between two reports.
 *
 * Each sentence becomes a sparse vector: its content stems weighted by rarity (IDF over the
 * library, or over the compared sentences when the library is small), plus one feature per
 * name (keyed by its Kölner Phonetik code, so `Dmitrijew` meets `Dmitriew`) and per figure
 * (`#4|stund`), which weigh like rare words because a shared name or figure is strong
 * evidence. Pairs are scored by cosine similarity through an inverted index (only sentences
 * that share a feature are scored).
 *
 * Every sentence keeps its best partner on the other side, and also partners within
 * `NEAR_BEST` of the best (many-to-one: one long sentence of one report often says what two
 * short ones say in the other). A pair is classed by how much of the wording it shares:
 * `same` when word pairs (bigrams) mostly agree, `paraphrase` when the similarity is high,
 * `related` above the floor.
 */
import type { AlignmentClass } from '../../shared/api';
import type { AnalyzedArticle, AnalyzedSentence } from '../analysis/analyze';
import { unitKey } from '../analysis/numbers';
import { foldText } from '../text/fold';
import { colognePhonetic } from '../text/phonetic';
import { stemWord } from '../text/words';

/** Below this cosine two sentences are not aligned at all. */
export const RELATED_MIN = 0.2;
/** From this cosine on, a pair says the same thing in other words. */
export const PARAPHRASE_MIN = 0.4;
/** Share of word bigrams (Dice) from which two sentences are the same text, lightly edited. */
export const SAME_TEXT_MIN = 0.6;
/** Partners scoring at least this share of a sentence's best partner are kept too. */
export const NEAR_BEST = 0.85;
/** Weight of a figure feature, as a multiple of the rarest word's IDF: a shared figure is strong evidence. */
const FIGURE_WEIGHT = 1;
/** A name weighs like its rarest spelling as a word, times this (a name is a stronger cue than a noun). */
const NAME_BOOST = 1.5;

/** A sparse vector, L2-normalised. */
export type Vector = Map<string, number>;

/** Rarity of a stem: larger for rarer stems. */
export type Idf = (stem: string) => number;

/** The feature key of a name: its kind and the phonetic code of its last word. */
export function nameFeature(name: string): string {
  const last = name.split(' ').pop()!;
  return `@${colognePhonetic(foldText(last).replace(/s$/, ''))}`;
}

/** The vector of one sentence (see the module comment). */
export function sentenceVector(s: AnalyzedSentence, idf: Idf, maxIdf: number): Vector {
  const v: Vector = new Map();
  for (const stem of s.stems) v.set(stem, (v.get(stem) ?? 0) + idf(stem));
  for (const n of s.names) v.set(nameFeature(n.name), Math.min(maxIdf, idf(stemWord(foldText(n.name.split(' ').pop()!)))) * NAME_BOOST);
  for (const q of s.quantities) v.set(`#${q.value}|${unitKey(q.unit)}`, maxIdf * FIGURE_WEIGHT);
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

/** One aligned pair of sentence indexes with its score and class. */
export interface Alignment {
  a: number;
  b: number;
  score: number;
  class: AlignmentClass;
}

/** Word bigrams of a sentence, folded, for the same-text test. */
function bigrams(text: string): Set<string> {
  const w = foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  return out;
}

/** Dice coefficient of two sets. */
function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
}

/** How a pair is classed, from its score and its wording (see the module comment). */
export function classify(score: number, textA: string, textB: string): AlignmentClass {
  if (dice(bigrams(textA), bigrams(textB)) >= SAME_TEXT_MIN) return 'same';
  return score >= PARAPHRASE_MIN ? 'paraphrase' : 'related';
}

/** Aligns the sentences of two analysed reports, given their vectors. Pairs come in `a` order. */
export function alignPair(A: AnalyzedArticle, B: AnalyzedArticle, va: Vector[], vb: Vector[]): Alignment[] {
  const postings = new Map<string, { j: number; w: number }[]>();
  vb.forEach((v, j) => {
    for (const [k, w] of v) {
      let p = postings.get(k);
      if (!p) postings.set(k, (p = []));
      p.push({ j, w });
    }
  });
  const scores: Map<number, number>[] = va.map((v) => {
    const acc = new Map<number, number>();
    for (const [k, w] of v) for (const p of postings.get(k) ?? []) acc.set(p.j, (acc.get(p.j) ?? 0) + w * p.w);
    return acc;
  });
  const bestA = scores.map((m) => Math.max(0, ...m.values()));
  const bestB = new Array<number>(vb.length).fill(0);
  scores.forEach((m) => m.forEach((s, j) => (bestB[j] = Math.max(bestB[j]!, s))));
  const out: Alignment[] = [];
  scores.forEach((m, i) => {
    for (const [j, s] of m) {
      if (s < RELATED_MIN) continue;
      if (s < NEAR_BEST * bestA[i]! && s < NEAR_BEST * bestB[j]!) continue;
      const sa = A.sentences[i]!, sb = B.sentences[j]!;
      const score = Math.min(1, s);
      out.push({ a: i, b: j, score, class: classify(score, A.input.text.slice(sa.start, sa.end), B.input.text.slice(sb.start, sb.end)) });
    }
  });
  return out.sort((x, y) => x.a - y.a || y.score - x.score);
}
