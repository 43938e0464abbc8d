/**
 * `--refused FILE`: every dev fact the out-of-fold model refuses (it has a candidate pair, none
 * passes the threshold and the show floor), one JSON line each: its best candidate by the model
 * with the row the model saw (by feature name) and both texts, and the partners the assignment
 * gave each of its sentences instead — to read what the refused facts share by kind, not one
 * fact at a time. Dev events only: the held-out events are never read.
 */
import { writeFileSync } from 'node:fs';
import { alignPair } from '../../src/core/compare/align';
import { PAIR_FEATURES, pairProbability, type PairModel } from '../../src/core/compare/align-pair';
import type { Compare } from './data';

const round = (x: number) => Math.round(x * 1000) / 1000;

export function dumpRefused(file: string, dev: Compare[], modelFor: (event: string) => PairModel, opts: { showMin: number; minShared: number }): number {
  const lines: string[] = [];
  for (const c of dev) {
    const model = modelFor(c.set);
    let rows: { a: number; b: number; row: number[] }[] = [];
    const shown = alignPair(c.A, c.B, c.va, c.vb, c.maxIdf, { model, candidateMin: 0.2, showMin: opts.showMin, minShared: opts.minShared, collect: (r) => (rows = r) });
    const text = (side: 'A' | 'B', k: number) => c[side].input.text.slice(c[side].sentences[k]!.start, c[side].sentences[k]!.end);
    const p = (r: { row: number[] }) => pairProbability(r.row, model);
    c.facts.forEach((f, fact) => {
      if (shown.some((s) => f.a.has(s.a) && f.b.has(s.b))) return;
      const cands = rows.filter((r) => f.a.has(r.a) && f.b.has(r.b)).sort((x, y) => p(y) - p(x));
      if (!cands.length) return;
      if (cands.some((r) => p(r) >= model.threshold && r.row[0]! >= opts.showMin)) return;
      const best = cands[0]!;
      const row = Object.fromEntries(PAIR_FEATURES.map((n, j) => [n, round(best.row[j]!)]));
      // What each of the fact's sentences was paired with instead (the one-to-one assignment's take).
      const elsewhere = (side: 'a' | 'b') => shown.filter((s) => (side === 'a' ? f.a.has(s.a) : f.b.has(s.b)))
        .map((s) => ({ other: side === 'a' ? s.b : s.a, text: side === 'a' ? text('B', s.b) : text('A', s.a) }));
      lines.push(JSON.stringify({
        set: c.set, compare: `${c.A.input.title} | ${c.B.input.title}`, fact, a: best.a, b: best.b, p: round(p(best)), candidates: cands.length,
        ta: text('A', best.a), tb: text('B', best.b), row, pairedA: elsewhere('a'), pairedB: elsewhere('b'),
      }));
    });
  }
  writeFileSync(file, lines.join('\n') + '\n');
  return lines.length;
}
