/**
 * `npm run train:align -- --read-misses FILE [--seed N]`: every dev fact the shipped pair model
 * misses (in sample, what `eval:compare -- --misses` lists), one JSON line each, with what is
 * needed to tell by reading why it was missed: the stage (no candidate, refused, lost to the
 * one-to-one assignment), the best candidate's hand score, probability and shared features, every
 * sentence of each side that holds the fact's anchor, their neighbours, and what each was paired
 * with instead. Lines are shuffled by a seed and tagged with their event, so that a reader can take
 * the first few of each event (a sample across events, not one event's misses). Dev events only.
 */
import { writeFileSync } from 'node:fs';
import { alignPair } from '../../src/core/compare/align';
import { PAIR_FEATURES, pairProbability } from '../../src/core/compare/align-pair';
import { PAIR_MODEL } from '../../src/core/compare/pair-model';
import type { GoldSet } from '../../eval/compare/lib/gold';
import type { Compare } from './data';

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Mulberry32: a seeded shuffle, so the sample is the same on every run. */
function shuffle<T>(xs: T[], seed: number): T[] {
  let s = seed >>> 0;
  const rnd = () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [out[i], out[j]] = [out[j]!, out[i]!]; }
  return out;
}

export function readMisses(file: string, dev: Compare[], sets: GoldSet[], seed: number): number {
  const model = PAIR_MODEL!;
  // The fact ids in the order `loadCompares` made each compare's facts.
  const factIds: { ka: string; kb: string; ids: string[]; whats: string[] }[] = [];
  for (const set of sets.filter((s) => s.id !== 'seeds')) for (const story of set.stories) for (let i = 0; i < story.length; i++) for (let j = i + 1; j < story.length; j++) {
    const [ka, kb] = [story[i]!, story[j]!];
    const fs = set.facts.filter((f) => f.in[ka] && f.in[kb]);
    factIds.push({ ka, kb, ids: fs.map((f) => f.id), whats: fs.map((f) => (f as { what?: string }).what ?? '') });
  }
  const lines: { set: string; line: string }[] = [];
  dev.forEach((c, ci) => {
    let rows: { a: number; b: number; row: number[] }[] = [];
    const shown = alignPair(c.A, c.B, c.va, c.vb, c.maxIdf, { collect: (r) => (rows = r) });
    const text = (side: 'A' | 'B', k: number) => (k < 0 || k >= c[side].sentences.length ? null : c[side].input.text.slice(c[side].sentences[k]!.start, c[side].sentences[k]!.end));
    const p = (r: { row: number[] }) => pairProbability(r.row, model);
    const meta = factIds[ci]!;
    c.facts.forEach((f, fi) => {
      if (shown.some((s) => f.a.has(s.a) && f.b.has(s.b))) return;
      const cands = rows.filter((r) => f.a.has(r.a) && f.b.has(r.b)).sort((x, y) => p(y) - p(x));
      const passes = cands.filter((r) => p(r) >= model.threshold && r.row[0]! >= 0.4);
      const stage = !f.a.size || !f.b.size ? 'unplaced' : !cands.length ? 'no candidate' : passes.length ? 'lost to one-to-one' : 'refused';
      const best = cands[0];
      const row = best ? Object.fromEntries(['score', 'shared', 'names', 'figures', 'synonyms', 'acts', 'rankA', 'rankB', 'conflict'].map((n) => [n, round(best.row[PAIR_FEATURES.indexOf(n as never)]!)])) : null;
      const side = (s: 'A' | 'B', ks: Set<number>) => [...ks].map((k) => ({
        k, text: text(s, k), prev: text(s, k - 1), next: text(s, k + 1),
        paired: shown.filter((x) => (s === 'A' ? x.a === k : x.b === k)).map((x) => (s === 'A' ? `${x.b}: ${text('B', x.b)}` : `${x.a}: ${text('A', x.a)}`)),
      }));
      lines.push({ set: c.set, line: JSON.stringify({ set: c.set, compare: `${meta.ka}~${meta.kb}`, fact: meta.ids[fi], what: meta.whats[fi], stage, p: best ? round(p(best)) : null, best: best ? [best.a, best.b] : null, row, A: side('A', f.a), B: side('B', f.b) }) });
    });
  });
  const out = shuffle(lines, seed);
  writeFileSync(file, out.map((l) => l.line).join('\n') + '\n');
  return out.length;
}
