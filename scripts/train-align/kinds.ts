/**
 * `--kinds`: where each dev fact the out-of-fold models miss is lost, counted by kind, so a pass
 * fixes the kinds that carry rather than the misses it happened to read. Stages: no candidate pair
 * (the sentences share under `MIN_SHARED` features or score under the hand floor), a candidate the
 * model refuses (under its threshold or the show floor), a candidate the model passes that the
 * one-to-one assignment gives away (a sentence took another partner). Beside the stage, what a
 * missed fact's sentences have in common that no feature reads: one day written two ways
 * (`am Sonntag` / `am 8. Dezember`, both resolved), the same act in other words. Dev events only.
 */
import { alignPair, contradicts, EVIDENCE_FULL } from '../../src/core/compare/align';
import { ACT, norm, type Vector } from '../../src/core/compare/features';
import { pairProbability, pairStats, type PairModel } from '../../src/core/compare/align-pair';
import type { Compare } from './data';

type Stage = 'no candidate' | 'refused by the model' | 'lost to one-to-one';

/** The days a sentence's dates resolve to (`features.ts` keys them), whether the vector holds them or not. */
function days(c: Compare, side: 'A' | 'B', k: number): string[] {
  const s = c[side].sentences[k]!;
  return s.dates.map((d) => d.date).filter((d): d is string => d?.length === 10);
}

const acts = (v: Vector) => [...v.keys()].filter((k) => k.startsWith(ACT));

export function missKinds(dev: Compare[], modelFor: (event: string) => PairModel, opts: { showMin: number; minShared: number }): string {
  const stages = new Map<Stage, { n: number; day: number; act: number; conflict: number; paired: number }>();
  let facts = 0, hits = 0;
  const gates = new Map<string, number>();
  for (const c of dev) {
    const model = modelFor(c.set);
    let rows: { a: number; b: number; row: number[] }[] = [];
    const shown = alignPair(c.A, c.B, c.va, c.vb, c.maxIdf, { model, candidateMin: 0.2, showMin: opts.showMin, minShared: opts.minShared, collect: (r) => (rows = r) });
    for (const f of c.facts) {
      facts++;
      if (shown.some((p) => f.a.has(p.a) && f.b.has(p.b))) { hits++; continue; }
      const cands = rows.filter((r) => f.a.has(r.a) && f.b.has(r.b));
      const passes = cands.filter((r) => pairProbability(r.row, model) >= model.threshold && r.row[0]! >= opts.showMin);
      const stage: Stage = !cands.length ? 'no candidate' : passes.length ? 'lost to one-to-one' : 'refused by the model';
      const pairs = [...f.a].flatMap((i) => [...f.b].map((j) => [i, j] as const));
      const sameDay = pairs.some(([i, j]) => days(c, 'A', i).some((d) => days(c, 'B', j).includes(d)));
      const act = pairs.some(([i, j]) => acts(c.va[i]!).some((k) => c.vb[j]!.has(k)));
      // Read as contradicting (other dates, or a figure of one unit with no value in common), which lowers the hand score.
      const conflict = pairs.some(([i, j]) => contradicts(c.A.sentences[i]!, c.B.sentences[j]!));
      // Every sentence of the fact on one side already has a partner: a fact lost to one-to-one, or to a partner of another fact.
      const paired = [...f.a].every((i) => shown.some((p) => p.a === i)) || [...f.b].every((j) => shown.some((p) => p.b === j));
      if (stage === 'no candidate') gateKind(c, pairs, gates);
      const s = stages.get(stage) ?? stages.set(stage, { n: 0, day: 0, act: 0, conflict: 0, paired: 0 }).get(stage)!;
      s.n++; if (sameDay) s.day++; if (act) s.act++; if (conflict) s.conflict++; if (paired) s.paired++;
    }
  }
  const lines = [`missed out of fold: ${facts - hits} of ${facts}`];
  for (const [k, s] of stages) lines.push(`  ${k.padEnd(22)} ${String(s.n).padStart(4)}  one day both resolve to ${s.day}, an act both tell ${s.act}, read as contradicting ${s.conflict}, one side's sentences all paired elsewhere ${s.paired}`);
  lines.push(`  no candidate, what its best sentence pair shares: ${[...gates].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  return lines.join('\n');
}

/** The kind of one shared feature: a name, a figure with its unit, a value alone, an act, a word (rare: at least half the rarest word's weight). */
function featureKind(k: string, w: number, maxIdf: number): string {
  if (k.startsWith('@')) return 'a name';
  if (k.startsWith('#=')) return 'a value';
  if (k.startsWith('#')) return 'a figure';
  if (k.startsWith(ACT)) return 'an act';
  return w >= 0.5 * maxIdf ? 'a rare word' : 'a common word';
}

/**
 * What the sentence pair of a fact with no candidate that shares most has in common: nothing, one
 * feature (by kind), or two or more under the hand floor (0.2) — the gate that kept it out.
 */
function gateKind(c: Compare, pairs: (readonly [number, number])[], gates: Map<string, number>): void {
  let best = { shared: -1, score: 0, kind: 'nothing' };
  for (const [i, j] of pairs) {
    const va = c.va[i]!, vb = c.vb[j]!;
    const st = pairStats(va, vb);
    const score = Math.max(st.dot / (norm(va) * norm(vb) || 1), st.mass / (EVIDENCE_FULL * c.maxIdf));
    if (st.shared < best.shared || (st.shared === best.shared && score <= best.score)) continue;
    // The shared key that counts (one a synonym of both sides' own words is none), the heaviest.
    const w = (k: string) => Math.min(va.get(k)!, vb.get(k)!);
    const key = [...va.keys()].filter((k) => vb.has(k) && !(va.lent?.has(k) && vb.lent?.has(k))).sort((x, y) => w(y) - w(x))[0];
    const kind = st.shared === 0 ? 'nothing' : st.shared === 1 || (st.shared === 2 && st.figures === 1)
      ? `one: ${key ? featureKind(key, w(key), c.maxIdf) : '?'}`
      : score < 0.2 ? 'two or more under 0.2' : 'two or more over 0.2';
    best = { shared: st.shared, score, kind };
  }
  const kind = best.kind + (pairs.some(([i, j]) => days(c, 'A', i).some((d) => days(c, 'B', j).includes(d))) ? ' (one day)' : '');
  gates.set(kind, (gates.get(kind) ?? 0) + 1);
}
