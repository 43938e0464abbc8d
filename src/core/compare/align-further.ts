/**
 * Further partners decided after the assignment (`align.ts`), by a model of their own.
 *
 * The pair model judges each candidate on its own row, where a second partner of a sentence looks
 * like any pair ranked second (its rank and margin count it down), so a sentence that states what
 * two sentences of the other report state keeps one partner. Once the first assignment has run,
 * more is known of a candidate whose sentence is paired: how much of that sentence its partner has
 * explained, what is left of the pair after it, how sure the partner was, whether the candidate
 * stands next to the partner in its report (one fact told in two sentences) or repeats it. A second
 * model, fitted on those rows as the assignment meets them (`npm run train:align`, out of fold),
 * decides whether such a candidate is added.
 */
import type { AlignmentClass } from '../../shared/api';
import { norm, type Vector } from './features';
import { handScore, pairProbability, pairRow, pairStats, useUp, type PairContext, type PairModel } from './align-pair';

/** A candidate as the assignment holds it: its score, class, the first model's probability (`rank`) and context. */
export interface FurtherCandidate {
  a: number;
  b: number;
  score: number;
  class: AlignmentClass;
  rank: number;
  raw: number;
  ctx?: PairContext;
}

/** What the further-partner step reads of the assignment. */
export interface FurtherInput {
  va: Vector[];
  vb: Vector[];
  na: number[];
  nb: number[];
  maxIdf: number;
  evidenceFull: number;
  model: PairModel;
  further?: PairModel | null;
  minShared: number;
  conflictFactor: number;
  usedA: (Map<string, number> | null)[];
  usedB: (Map<string, number> | null)[];
  collect?: (rows: { a: number; b: number; row: number[] }[]) => void;
}

/** The further-partner model's inputs, in this order. */
export const FURTHER_FEATURES = [
  'p', 'pRest', 'restScore', 'restShared', 'restEvidence', 'restShare', 'restNames', 'restFigures', 'restActs',
  'leftA', 'leftB', 'pairedA', 'pairedB', 'partnerA', 'partnerB', 'nearA', 'nearB', 'repeatA', 'repeatB',
  'remainRankA', 'remainRankB', 'score', 'dice', 'shorter', 'longer', 'passed',
] as const;

/** How far apart (sentences) two partners count as one passage; a farther one is as far. */
const NEAR_MAX = 4;

/** The share of a sentence's own weight its partners have not explained (1 when unpaired). */
function left(v: Vector, used: Map<string, number> | null): number {
  if (!used) return 1;
  let all = 0, rest = 0;
  for (const [k, w] of v) { all += w; rest += Math.max(0, w - (used.get(k) ?? 0)); }
  return all > 0 ? rest / all : 0;
}

/** The cosine of two sentences of one report. */
function cosine(x: Vector, y: Vector): number {
  let d = 0;
  for (const [k, w] of x) d += w * (y.get(k) ?? 0);
  const n = norm(x) * norm(y);
  return n > 0 ? d / n : 0;
}

/**
 * Adds further partners among the candidates the assignment left (`rest`), for a sentence already
 * paired (`taken`), when the further model passes them; rows are read once, as the assignment
 * left things, then taken best first while what is left of the pair still shares `minShared`.
 */
export function furtherPartners(x: FurtherInput, taken: FurtherCandidate[], rest: FurtherCandidate[]): FurtherCandidate[] {
  const partnersA = new Map<number, FurtherCandidate[]>(), partnersB = new Map<number, FurtherCandidate[]>();
  for (const c of taken) {
    (partnersA.get(c.a) ?? partnersA.set(c.a, []).get(c.a)!).push(c);
    (partnersB.get(c.b) ?? partnersB.set(c.b, []).get(c.b)!).push(c);
  }
  const open = rest.filter((c) => c.ctx && c.class !== 'same' && (x.usedA[c.a] || x.usedB[c.b]));
  const remainA = new Map<number, number[]>(), remainB = new Map<number, number[]>();
  for (const c of open) {
    (remainA.get(c.a) ?? remainA.set(c.a, []).get(c.a)!).push(c.rank);
    (remainB.get(c.b) ?? remainB.set(c.b, []).get(c.b)!).push(c.rank);
  }
  const rows: { a: number; b: number; row: number[] }[] = [], judged: { c: FurtherCandidate; p: number }[] = [];
  for (const c of open) {
    const ua = x.usedA[c.a] ?? undefined, ub = x.usedB[c.b] ?? undefined;
    const st = pairStats(x.va[c.a]!, x.vb[c.b]!, ua, ub);
    if (st.shared < x.minShared) continue;
    const full = pairStats(x.va[c.a]!, x.vb[c.b]!);
    const factor = c.ctx!.conflict ? x.conflictFactor : 1;
    const restScore = handScore(st, x.na[c.a]!, x.nb[c.b]!, x.evidenceFull) * factor;
    const pRest = pairProbability(pairRow(st, { ...c.ctx!, score: restScore, cosine: (st.dot / (x.na[c.a]! * x.nb[c.b]!)) * factor }, x.maxIdf), x.model);
    const pa = partnersA.get(c.a) ?? [], pb = partnersB.get(c.b) ?? [];
    const near = (l: number[], k: number) => Math.min(NEAR_MAX, ...l.map((y) => Math.abs(y - k)));
    const rankIn = (l: number[]) => l.filter((p) => p > c.rank).length;
    const row = [
      c.rank, pRest, Math.min(restScore, 2), Math.log1p(st.shared), Math.min(st.mass / x.maxIdf, 8), full.mass > 0 ? st.mass / full.mass : 0,
      Math.min(st.names, 4), Math.min(st.figures + st.values, 3), Math.min(st.acts, 2),
      left(x.va[c.a]!, x.usedA[c.a]!), left(x.vb[c.b]!, x.usedB[c.b]!), Math.min(pa.length, 3), Math.min(pb.length, 3),
      Math.max(0, ...pa.map((p) => p.rank)), Math.max(0, ...pb.map((p) => p.rank)),
      near(pb.map((p) => p.a), c.a), near(pa.map((p) => p.b), c.b),
      Math.max(0, ...pb.map((p) => cosine(x.va[p.a]!, x.va[c.a]!))), Math.max(0, ...pa.map((p) => cosine(x.vb[p.b]!, x.vb[c.b]!))),
      Math.log1p(rankIn(remainA.get(c.a)!)), Math.log1p(rankIn(remainB.get(c.b)!)),
      Math.min(c.raw, 2), c.ctx!.dice, Math.log1p(Math.min(c.ctx!.sizeA, c.ctx!.sizeB)), Math.log1p(Math.max(c.ctx!.sizeA, c.ctx!.sizeB)),
      c.rank >= x.model.threshold ? 1 : 0,
    ];
    rows.push({ a: c.a, b: c.b, row });
    if (x.further) judged.push({ c, p: pairProbability(row, x.further) });
  }
  x.collect?.(rows);
  if (!x.further) return [];
  const out: FurtherCandidate[] = [];
  judged.sort((p, q) => q.p - p.p || p.c.a - q.c.a || p.c.b - q.c.b);
  for (const { c, p } of judged) {
    if (p < x.further.threshold) break;
    const ua = x.usedA[c.a] ?? undefined, ub = x.usedB[c.b] ?? undefined;
    if (pairStats(x.va[c.a]!, x.vb[c.b]!, ua, ub).shared < x.minShared) continue;
    useUp(x.va[c.a]!, x.vb[c.b]!, (x.usedA[c.a] ??= new Map()), (x.usedB[c.b] ??= new Map()));
    out.push(c);
  }
  return out;
}
