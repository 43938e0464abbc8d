/**
 * `--dump FILE`: every dev candidate pair with its out-of-fold probability (the model trained on
 * the other events), its label and whether the scorer would count it good (a fact, or ≥ 3 shared
 * content words), one JSON line each — to read the high-scoring pairs that state no fact for the
 * kind of difference (two claims of one story). Dev events only: the seeds are a check and the
 * held-out events are never read.
 */
import { writeFileSync } from 'node:fs';
import { pairProbability, type PairModel } from '../../src/core/compare/align-pair';
import { sharedContentWords } from '../../eval/compare/lib/content-words';
import type { Compare } from './data';

export function dumpOutOfFold(file: string, dev: Compare[], modelFor: (event: string) => PairModel): void {
  const lines: string[] = [];
  for (const c of dev) {
    const m = modelFor(c.set);
    const text = (a: Compare['A'], k: number) => a.input.text.slice(a.sentences[k]!.start, a.sentences[k]!.end);
    for (const r of c.rows) {
      const ta = text(c.A, r.a), tb = text(c.B, r.b);
      lines.push(JSON.stringify({ set: c.set, a: r.a, b: r.b, p: Math.round(pairProbability(r.row, m) * 1000) / 1000, y: r.y, generous: r.y === 1 || sharedContentWords(ta, tb) >= 3, score: r.row[0], row: r.row, ta, tb }));
    }
  }
  writeFileSync(file, lines.join('\n') + '\n');
}
