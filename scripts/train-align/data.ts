/**
 * The trainer's view of `eval/compare`: every pairwise compare of the dev events and the seeds,
 * analysed once as the product does it (`libraryContext`), with the sentences that state each
 * shared gold fact, and the candidate pairs with their feature rows and labels.
 */
import type { AnalyzedArticle } from '../../src/core/analysis/analyze';
import { alignPair, type Alignment, type AlignOptions } from '../../src/core/compare/align';
import { featureContext, sentenceFeatures, type Vector } from '../../src/core/compare/features';
import { libraryContext, loadForCompare } from '../../src/core/compare/in-library';
import { withReferents } from './referents';
import { anchorSpans } from '../../eval/compare/lib/alignment';
import { overlaps } from '../../eval/compare/lib/anchors';
import { sharedContentWords } from '../../eval/compare/lib/content-words';
import type { GoldSet } from '../../eval/compare/lib/gold';
import type { EvalLibrary } from '../../eval/compare/lib/library';

/** One compare of two reports, ready to align again with any model. */
export interface Compare {
  set: string;
  A: AnalyzedArticle;
  B: AnalyzedArticle;
  va: Vector[];
  vb: Vector[];
  maxIdf: number;
  /** Per shared fact, the sentences of A and of B that state it. */
  facts: { a: Set<number>; b: Set<number> }[];
  /** Candidate pairs: feature row and whether the two sentences state one shared fact. */
  rows: { row: number[]; y: number; a: number; b: number }[];
}

/** Analyses every compare within each story of the sets. */
/**
 * `referents`: each report's sentences that name nobody but say `er`/`sie` are lent the people
 * named just before (`scripts/train-align/referents.ts`), a variant the product does not ship yet.
 */
export async function loadCompares(lib: EvalLibrary, sets: GoldSet[], opts: { acts?: boolean; minShared?: number; referents?: boolean } = {}): Promise<Compare[]> {
  const out: Compare[] = [];
  for (const set of sets) {
    const spans = await anchorSpans(lib, set);
    for (const story of set.stories) {
      for (let i = 0; i < story.length; i++) {
        for (let j = i + 1; j < story.length; j++) {
          const [ka, kb] = [story[i]!, story[j]!];
          const ids = [lib.ids.get(`${set.id}/${ka}`)!, lib.ids.get(`${set.id}/${kb}`)!];
          // Through the contract first: it brings the library's name groups up to date, as for any compare.
          await lib.api.compareArticles(ids);
          const arts = loadForCompare(lib.db, ids);
          const ctx = libraryContext(lib.db, arts);
          const fctx = featureContext(arts, ctx.idf, ctx.maxIdf, ctx.idOf, opts);
          const [A, B] = arts as [AnalyzedArticle, AnalyzedArticle];
          const [va, vb] = arts.map((a) => {
            const vs = a.sentences.map((s) => sentenceFeatures(s, fctx, a.input.text));
            return opts.referents ? withReferents(vs, a.sentences, a.input.text) : vs;
          }) as [Vector[], Vector[]];
          const facts = set.facts.filter((f) => f.in[ka] && f.in[kb]).map((f) => ({
            a: indexes(A, spans.get(ka)!.get(f.id)!),
            b: indexes(B, spans.get(kb)!.get(f.id)!),
          }));
          const c: Compare = { set: set.id, A, B, va, vb, maxIdf: ctx.maxIdf, facts, rows: [] };
          alignPair(A, B, va, vb, ctx.maxIdf, { model: null, ...(opts.minShared !== undefined ? { minShared: opts.minShared } : {}), collect: (rows) => (c.rows = rows.map((r) => ({ ...r, y: statesFact(c, r.a, r.b) ? 1 : 0 }))) });
          out.push(c);
        }
      }
    }
  }
  return out;
}

function indexes(a: AnalyzedArticle, spans: [number, number][]): Set<number> {
  return new Set(a.sentences.flatMap((s, k) => (overlaps(s, spans) ? [k] : [])));
}

function statesFact(c: Compare, i: number, j: number): boolean {
  return c.facts.some((f) => f.a.has(i) && f.b.has(j));
}

/** Recall and (generous) precision counts, as `eval/compare` scores them. */
export interface Tally { facts: number; hits: number; pairs: number; good: number }

export const emptyTally = (): Tally => ({ facts: 0, hits: 0, pairs: 0, good: 0 });

/** Aligns one compare with these options and adds its counts to `t`. */
export function tally(c: Compare, opts: Partial<AlignOptions>, t: Tally): void {
  const pairs: Alignment[] = alignPair(c.A, c.B, c.va, c.vb, c.maxIdf, opts);
  const text = (a: AnalyzedArticle, k: number) => a.input.text.slice(a.sentences[k]!.start, a.sentences[k]!.end);
  for (const f of c.facts) {
    t.facts++;
    if (pairs.some((p) => f.a.has(p.a) && f.b.has(p.b))) t.hits++;
  }
  for (const p of pairs) {
    t.pairs++;
    if (statesFact(c, p.a, p.b) || sharedContentWords(text(c.A, p.a), text(c.B, p.b)) >= 3) t.good++;
  }
}
