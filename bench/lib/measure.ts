/**
 * Small helpers every benchmark scenario uses: time a function many times, summarise as
 * median and p95, and report each figure beside a baseline measured in the same run.
 */

/** Milliseconds since an arbitrary start, with sub-millisecond resolution. */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** The q-quantile (0..1) of `xs` by nearest rank. */
export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

/** Median and p95 of a sample. */
export function summarise(xs: number[]): { median: number; p95: number; n: number } {
  return { median: quantile(xs, 0.5), p95: quantile(xs, 0.95), n: xs.length };
}

/** Runs `fn` `runs` times (after `warmup` unmeasured runs) and returns the times in ms. */
export async function timeRuns(runs: number, fn: (i: number) => unknown | Promise<unknown>, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    await fn(i);
    out.push(now() - t);
  }
  return out;
}

/** One reported figure. */
export interface Figure {
  scenario: string;
  metric: string;
  median: number;
  p95?: number;
  unit: string;
  n: number;
  baseline?: { name: string; median: number };
  goal?: string;
}

const figures: Figure[] = [];

/** Records and prints a figure, with its ratio to the baseline when there is one. */
export function report(f: Figure): void {
  figures.push(f);
  const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  const ratio = f.baseline ? `  ×${(f.median / f.baseline.median).toFixed(2)} of ${f.baseline.name} (${fmt(f.baseline.median)} ${f.unit})` : '';
  const p95 = f.p95 !== undefined ? `  p95 ${fmt(f.p95)}` : '';
  const goal = f.goal ? `  [goal: ${f.goal}]` : '';
  console.log(`${f.scenario.padEnd(12)} ${f.metric.padEnd(44)} median ${fmt(f.median)} ${f.unit}${p95}  (n=${f.n})${ratio}${goal}`);
}

/** Every figure recorded so far, for the JSON results file. */
export function allFigures(): Figure[] {
  return figures;
}
