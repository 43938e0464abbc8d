/**
 * Sentence alignment between two reports.
 *
 * Each sentence becomes a sparse vector: its content stems weighted by rarity (IDF over the
 * library, or over the compared sentences when the library is small), plus one feature per
 * name (keyed by the transliteration skeleton of its surname, so `Dmitrijew` meets `Dmitriev`) and per figure
 * (`#4|stund`), which weigh like rare words because a shared name or figure is strong
 * evidence. Pairs are scored by cosine similarity through an inverted index (only sentences
 * that share a feature are scored).
 *
 * Pairs are assigned one to one: the best-scoring first, each sentence in one pair only, so
 * a sentence is not joined to every other that shares a word with it; wire copy (the same text)
 * may pair many to one, since one report repeats or splits what the other has once. A pair is
 * classed by how much of the wording it shares: `same` when word pairs (bigrams) mostly agree,
 * `paraphrase` when the similarity is high, `related` above the floor. Compounds meet their
 * parts (`Gefangenenaustausch`, `Austausch`) and names meet their other spellings.
 */
import type { AlignmentClass } from '../../shared/api';
import type { AnalyzedArticle, AnalyzedSentence } from '../analysis/analyze';
import { unitKey } from '../analysis/numbers';
import { foldText } from '../text/fold';
import { nameSkeleton } from '../text/transliteration';
import { stemWord } from '../text/words';

/**
 * Below this cosine two sentences are not shown as aligned: calibrated on the dev set of
 * `eval/compare` (at 0.25, three in four shown pairs state a shared fact or share three content
 * words; at 0.2 two in three, at 0.3 four in five with a tenth fewer facts found).
 */
export const RELATED_MIN = 0.25;
/** Features (names, words; a figure counts for two) a pair must share, unless it is the same text. */
export const MIN_SHARED = 2;
/** A pair whose dates or figures contradict each other scores this share of its likeness. */
export const CONFLICT_FACTOR = 0.6;
/** From this cosine on, a pair says the same thing in other words. */
export const PARAPHRASE_MIN = 0.4;
/** Share of word bigrams (Dice) from which two sentences are the same text, lightly edited. */
export const SAME_TEXT_MIN = 0.6;
/** Weight of a figure feature, as a multiple of the rarest word's IDF: a shared figure (`vier Stunden`) is the strongest evidence of one claim. */
const FIGURE_WEIGHT = 2;
/** A name weighs like its rarest spelling as a word, times this (a name is a stronger cue than a noun). */
const NAME_BOOST = 1.5;

/** A sparse vector, L2-normalised. */
export type Vector = Map<string, number>;

/** Rarity of a stem: larger for rarer stems. */
export type Idf = (stem: string) => number;

/**
 * The feature key of a name: the transliteration skeleton of its last word, so every spelling of
 * one name (`Prigoschin`/`Prigozhin`, `Dmitrijew`/`Dmitriew`) is one feature.
 */
export function nameFeature(name: string): string {
  const last = name.split(' ').pop()!;
  return `@${nameSkeleton(foldText(last).replace(/s$/, ''))}`;
}

/** Parts of a compound at least this long count as words of their own. */
const PART_MIN = 5;
/** … when the rest of the compound is at least this long (`Luftfahrt|behörde`, not `Beh|örde`). */
const REST_MIN = 3;
/** A compound part weighs this share of the word itself: it says a little less. */
const PART_WEIGHT = 0.7;

/**
 * For each long stem of the compared sentences, the other stems of them it begins or ends with
 * (`gefangenenaustausch` → `austausch`, `passagierlist` → `passagi`): compounds and their parts
 * name the same thing.
 */
export function compoundParts(stems: Iterable<string>): Map<string, string[]> {
  const vocab = new Set([...stems].filter((w) => w.length >= PART_MIN));
  const out = new Map<string, string[]>();
  for (const w of vocab) {
    const parts: string[] = [];
    // Every head and tail of the word long enough to be a part, looked up (not every pair of words).
    for (let k = PART_MIN; k <= w.length - REST_MIN; k++) {
      const head = w.slice(0, k), tail = w.slice(w.length - k);
      if (vocab.has(head)) parts.push(head);
      if (tail !== head && vocab.has(tail)) parts.push(tail);
    }
    if (parts.length) out.set(w, parts);
  }
  return out;
}

/** The vector of one sentence (see the module comment). */
export function sentenceVector(s: AnalyzedSentence, idf: Idf, maxIdf: number, parts: ReadonlyMap<string, string[]> = new Map(), entityOf?: (kind: string, name: string) => string): Vector {
  const v: Vector = new Map();
  for (const stem of s.stems) {
    // `al` of `al-Assad`, `US`: particles and short words say nothing of the claim.
    if (stem.length < 3) continue;
    v.set(stem, (v.get(stem) ?? 0) + idf(stem));
    for (const p of parts.get(stem) ?? []) if (!v.has(p)) v.set(p, idf(p) * PART_WEIGHT);
  }
  // A name is its entity when the library groups it (`Hanija` and `Haniyeh`: one person), else its skeleton.
  for (const n of s.names) v.set(entityOf ? `@${entityOf(n.kind, n.name)}` : nameFeature(n.name), Math.min(maxIdf, idf(stemWord(foldText(n.name.split(' ').pop()!)))) * NAME_BOOST);
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
  // Per pair: the score, and how many features it shares (a figure counts as two).
  const shared: Map<number, number>[] = va.map(() => new Map());
  const scores: Map<number, number>[] = va.map((v, i) => {
    const acc = new Map<number, number>();
    for (const [k, w] of v) {
      for (const p of postings.get(k) ?? []) {
        acc.set(p.j, (acc.get(p.j) ?? 0) + w * p.w);
        shared[i]!.set(p.j, (shared[i]!.get(p.j) ?? 0) + (k.startsWith('#') ? MIN_SHARED : 1));
      }
    }
    return acc;
  });
  // One-to-one: the best-scoring pairs first, each sentence in one pair only — except wire copy
  // (the same text), which one report may repeat or split.
  const candidates: Alignment[] = [];
  scores.forEach((m, i) => {
    for (const [j, s] of m) {
      if (s < RELATED_MIN) continue;
      const sa = A.sentences[i]!, sb = B.sentences[j]!;
      // One shared name or word in two short sentences is a topic, not a claim.
      if (shared[i]!.get(j)! < MIN_SHARED && classify(s, A.input.text.slice(sa.start, sa.end), B.input.text.slice(sb.start, sb.end)) !== 'same') continue;
      // Different dates or figures for the same thing: not the same claim, whatever the words.
      const conflict = contradicts(sa, sb);
      const score = Math.min(1, s) * (conflict ? CONFLICT_FACTOR : 1);
      if (score < RELATED_MIN) continue;
      const cls = classify(score, A.input.text.slice(sa.start, sa.end), B.input.text.slice(sb.start, sb.end));
      candidates.push({ a: i, b: j, score, class: conflict && cls !== 'same' ? 'related' : cls });
    }
  });
  candidates.sort((x, y) => (y.class === 'same' ? 1 : 0) - (x.class === 'same' ? 1 : 0) || y.score - x.score || x.a - y.a || x.b - y.b);
  const usedA = new Uint8Array(va.length), usedB = new Uint8Array(vb.length);
  const out: Alignment[] = [];
  for (const c of candidates) {
    if ((usedA[c.a] || usedB[c.b]) && c.class !== 'same') continue;
    usedA[c.a] = 1;
    usedB[c.b] = 1;
    out.push(c);
  }
  return out.sort((x, y) => x.a - y.a || y.score - x.score);
}

/**
 * True when two sentences date what they say differently (`am Freitag` / `im März und im
 * Februar`: two trips) or give the same kind of figure with no value in common.
 */
export function contradicts(a: AnalyzedSentence, b: AnalyzedSentence): boolean {
  const da = a.dates.map((d) => d.date).filter((d): d is string => !!d);
  const db = b.dates.map((d) => d.date).filter((d): d is string => !!d);
  if (da.length && db.length && !da.some((x) => db.some((y) => x.startsWith(y) || y.startsWith(x)))) return true;
  for (const qa of a.quantities) {
    const same = b.quantities.filter((qb) => unitKey(qb.unit) === unitKey(qa.unit) && qa.unit !== null);
    if (same.length && !same.some((qb) => qb.value === qa.value) && !a.quantities.some((x) => same.some((qb) => qb.value === x.value))) return true;
  }
  return false;
}
