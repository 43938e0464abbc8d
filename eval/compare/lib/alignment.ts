import type { Comparison } from '../../../src/shared/api';
import { locate, overlaps, type Span } from './anchors';
import { sharedContentWords } from './content-words';
import type { GoldSet } from './gold';
import type { EvalLibrary } from './library';

/** A shared fact the comparison did not join, with the two sentences that state it. */
export interface FactMiss {
  set: string;
  fact: string;
  a: string;
  b: string;
  /** What the comparison paired the first sentence with instead, if anything. */
  pairedInstead: string | null;
}

/** A shown pair that states no shared fact and shares fewer than three content words. */
export interface WrongPair {
  set: string;
  a: string;
  b: string;
  class: string;
  score: number;
}

/** Alignment recall and precision over every pairwise comparison within each gold story. */
export interface AlignmentScore {
  compares: number;
  factPairs: number;
  factHits: number;
  pairs: number;
  goodPairs: number;
  /** Anchors that stand in no compared sentence (e.g. read as a caption): counted as misses. */
  unplaced: string[];
  misses: FactMiss[];
  wrong: WrongPair[];
  tookMs: number[];
  /** Counts per compare (`set/a~b`), for a paired bootstrap of two variants over the compares (`train:align -- --bootstrap`). */
  perCompare: Record<string, [{ facts: number; hits: number; pairs: number; good: number }]>;
}

/** Compares every pair of reports within each gold story of the sets and scores the pairs. */
export async function scoreAlignment(lib: EvalLibrary, sets: GoldSet[]): Promise<AlignmentScore> {
  const out: AlignmentScore = { compares: 0, factPairs: 0, factHits: 0, pairs: 0, goodPairs: 0, unplaced: [], misses: [], wrong: [], tookMs: [], perCompare: {} };
  for (const set of sets) {
    const spans = await anchorSpans(lib, set);
    for (const story of set.stories) {
      for (let i = 0; i < story.length; i++) {
        for (let j = i + 1; j < story.length; j++) {
          const [ka, kb] = [story[i]!, story[j]!];
          const c = await lib.api.compareArticles([lib.ids.get(`${set.id}/${ka}`)!, lib.ids.get(`${set.id}/${kb}`)!]);
          out.compares++;
          out.tookMs.push(c.tookMs);
          const before = { facts: out.factPairs, hits: out.factHits, pairs: out.pairs, good: out.goodPairs };
          scoreCompare(c, set, ka, kb, spans, out);
          out.perCompare[`${set.id}/${ka}~${kb}`] = [{ facts: out.factPairs - before.facts, hits: out.factHits - before.hits, pairs: out.pairs - before.pairs, good: out.goodPairs - before.good }];
        }
      }
    }
  }
  return out;
}

/** Report key → fact id → where the fact's anchors stand in the report's article text. */
export type SpanTable = Map<string, Map<string, Span[]>>;

/** Locates every fact anchor of a set in its reports' article texts. */
export async function anchorSpans(lib: EvalLibrary, set: GoldSet): Promise<SpanTable> {
  const table: SpanTable = new Map();
  for (const r of set.reports) {
    const text = (await lib.api.getArticle(lib.ids.get(`${set.id}/${r.key}`)!)).text;
    const byFact = new Map<string, Span[]>();
    for (const f of set.facts) {
      const anchors = f.in[r.key];
      if (anchors) byFact.set(f.id, anchors.flatMap((a) => locate(text, a)));
    }
    table.set(r.key, byFact);
  }
  return table;
}

function scoreCompare(c: Comparison, set: GoldSet, ka: string, kb: string, spans: SpanTable, out: AlignmentScore): void {
  const [A, B] = c.articles as [Comparison['articles'][0], Comparison['articles'][0]];
  const sentence = (side: typeof A, k: number) => side.sentences[k]!;
  const oriented = c.pairs.map((p) => (p.a.articleId === A.id ? { a: sentence(A, p.a.sentence), b: sentence(B, p.b.sentence), p } : { a: sentence(A, p.b.sentence), b: sentence(B, p.a.sentence), p }));
  const shared = set.facts.filter((f) => f.in[ka] && f.in[kb]);
  for (const f of shared) {
    const sa = spans.get(ka)!.get(f.id)!;
    const sb = spans.get(kb)!.get(f.id)!;
    out.factPairs++;
    const hit = oriented.some((o) => overlaps(o.a, sa) && overlaps(o.b, sb));
    if (hit) {
      out.factHits++;
      continue;
    }
    const inA = A.sentences.filter((s) => overlaps(s, sa));
    const inB = B.sentences.filter((s) => overlaps(s, sb));
    if (!inA.length) out.unplaced.push(`${set.id}/${ka}: ${f.id}`);
    if (!inB.length) out.unplaced.push(`${set.id}/${kb}: ${f.id}`);
    const instead = oriented.find((o) => inA.some((s) => s.start === o.a.start))?.b.text ?? null;
    out.misses.push({ set: set.id, fact: f.id, a: `${ka}: ${inA[0]?.text ?? '(not a compared sentence)'}`, b: `${kb}: ${inB[0]?.text ?? '(not a compared sentence)'}`, pairedInstead: instead });
  }
  for (const o of oriented) {
    out.pairs++;
    const statesFact = shared.some((f) => overlaps(o.a, spans.get(ka)!.get(f.id)!) && overlaps(o.b, spans.get(kb)!.get(f.id)!));
    if (statesFact || sharedContentWords(o.a.text, o.b.text) >= 3) out.goodPairs++;
    else out.wrong.push({ set: set.id, a: `${ka}: ${o.a.text}`, b: `${kb}: ${o.b.text}`, class: o.p.class, score: o.p.score });
  }
}
