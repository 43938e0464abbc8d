/**
 * A paired bootstrap: whether one alignment variant finds more than another beyond what the choice
 * of events (or of compares) alone would move. The dev set is nineteen events and the held-out set
 * two; a difference of a few facts between two variants may be which events happened to be drawn,
 * so the events (the units the gold was written in, and what an unseen set varies by) are drawn
 * again with replacement, the same draw for both variants (paired), and the difference recomputed.
 *
 * Out of fold each variant's threshold is chosen again inside every draw, by the trainer's rule
 * (the most pooled recall at precision ≥ the bar; with `unseen`, the rule for a set nobody has
 * seen over the draw's events), so the interval holds the threshold's own choice too. Held out the threshold is the shipped one: counts per compare at that setting.
 */
import { emptyTally, type Tally } from './data';

/** Counts per unit (an event, or a compare), per threshold of a grid (one entry when fixed). */
export type UnitTallies = Record<string, Tally[]>;

export interface Interval { lo: number; mid: number; hi: number; above0: number }

/** The grid index (thresholds ascending) with the most recall at precision ≥ `precisionMin`, the loosest of equals (as the trainer always chose); the last, strictest one when none keeps the bar. */
export function chooseThreshold(pooled: Tally[], precisionMin: number): number {
  let best = -1;
  pooled.forEach((t, k) => { if (t.pairs && t.good / t.pairs >= precisionMin && (best < 0 || t.hits > pooled[best]!.hits)) best = k; });
  return best < 0 ? pooled.length - 1 : best;
}

function pool(units: string[], by: UnitTallies, k: number): Tally {
  const t = emptyTally();
  for (const u of units) { const x = by[u]![k]!; t.facts += x.facts; t.hits += x.hits; t.pairs += x.pairs; t.good += x.good; }
  return t;
}

/** Seeded mulberry32: the same draws run after run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

function interval(xs: number[]): Interval {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { lo: at(0.05), mid: at(0.5), hi: at(0.95), above0: xs.filter((x) => x > 0).length / xs.length };
}

export interface PairedOptions {
  /** Choose each variant's threshold inside each draw (out of fold) or use index 0 (a fixed setting). */
  chooseThreshold: boolean;
  /** Chosen inside each draw by the rule for a set nobody has seen (`chooseThresholdForUnseen`, over the draw's events), not the pooled one. */
  unseen?: UnseenRule;
  precisionMin: number;
  draws?: number;
  seed?: number;
}

/**
 * The 90 % interval of B − A in recall (and in facts, scaled to the set's own size) and in
 * precision, the units of both drawn together. Units are those both variants have.
 */
export function pairedBootstrap(a: UnitTallies, b: UnitTallies, opts: PairedOptions): { recall: Interval; facts: Interval; precision: Interval; observed: { recall: number; facts: number; precision: number } } {
  const units = Object.keys(a).filter((u) => u in b).sort();
  if (!units.length) throw new Error('bootstrap: the two variants share no unit');
  const grid = (by: UnitTallies) => by[units[0]!]!.length;
  const at = (by: UnitTallies, draw: string[]) => {
    const pooled = Array.from({ length: grid(by) }, (_, k) => pool(draw, by, k));
    if (!opts.chooseThreshold) return pooled[0]!;
    return pooled[opts.unseen ? chooseThresholdForUnseen(by, opts.unseen, draw).index : chooseThreshold(pooled, opts.precisionMin)]!;
  };
  const diff = (draw: string[]) => {
    const [x, y] = [at(a, draw), at(b, draw)];
    const recall = y.hits / y.facts - x.hits / x.facts;
    return { recall, facts: y.hits - x.hits, precision: (y.pairs ? y.good / y.pairs : 0) - (x.pairs ? x.good / x.pairs : 0) };
  };
  const rnd = random(opts.seed ?? 1);
  const draws = Array.from({ length: opts.draws ?? 2000 }, () => diff(units.map(() => units[Math.floor(rnd() * units.length)]!)));
  return {
    recall: interval(draws.map((d) => d.recall)),
    facts: interval(draws.map((d) => d.facts)),
    precision: interval(draws.map((d) => d.precision)),
    observed: diff(units),
  };
}

/** One line a figure: observed, then the 90 % interval and how often the difference is above 0. */
export function formatBootstrap(name: string, r: ReturnType<typeof pairedBootstrap>): string {
  const f = (x: number, d = 3) => (x >= 0 ? '+' : '') + x.toFixed(d);
  const line = (label: string, o: number, i: Interval, d: number) => `  ${label.padEnd(10)} ${f(o, d)}  90 % [${f(i.lo, d)}, ${f(i.hi, d)}]  above 0 in ${(i.above0 * 100).toFixed(0)} %`;
  return [`${name} (B − A, paired bootstrap):`, line('recall', r.observed.recall, r.recall, 3), line('facts', r.observed.facts, r.facts, 0), line('precision', r.observed.precision, r.precision, 3)].join('\n');
}

/** How often a set of the review's size may fall under the precision bar at the chosen threshold. */
export interface UnseenRule { precisionMin: number; setSize: number; failMax: number; draws?: number; seed?: number }

/**
 * The threshold for a set nobody has seen: pooled out of fold the rule above keeps precision
 * ≥ 0.80 over all dev events together, which a new set of five events (the size the is
 * scored on) misses about as often as it meets — events differ far more in precision than the
 * pooled figure shows (0.61–0.92 at one threshold). So sets of `setSize` events are drawn from the
 * dev events with replacement, and the threshold is the one with the most pooled out-of-fold
 * recall at which at most `failMax` of those sets fall under the bar. Returns the grid index and,
 * per threshold, how often a drawn set falls under it.
 */
export function chooseThresholdForUnseen(by: UnitTallies, rule: UnseenRule, units = Object.keys(by).sort()): { index: number; failing: number[] } {
  const size = by[units[0]!]!.length;
  const rnd = random(rule.seed ?? 1);
  const sets = Array.from({ length: rule.draws ?? 4000 }, () => Array.from({ length: rule.setSize }, () => units[Math.floor(rnd() * units.length)]!));
  const failing = Array.from({ length: size }, (_, k) => sets.filter((s) => { const t = pool(s, by, k); return t.pairs > 0 && t.good / t.pairs < rule.precisionMin; }).length / sets.length);
  const all = Array.from({ length: size }, (_, k) => pool(units, by, k));
  let index = -1;
  all.forEach((t, k) => { if (failing[k]! <= rule.failMax && (index < 0 || t.hits > all[index]!.hits)) index = k; });
  return { index: index < 0 ? size - 1 : index, failing };
}
