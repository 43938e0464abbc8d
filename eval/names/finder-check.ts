/**
 * `npm run eval:names -- --finder [--misses] [--sentences FILE]`: the name finder on sentences of German news that name
 * an East Asian person (`finder-sentences.tsv`; the names5 pass): is the whole name found as one
 * person, neither cut (`Kim Jong` of `Kim Jong Un`) nor missed? Controls (`invented`) hold names
 * that open with the same words and must keep being read as before. Halves by a hash of the name.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { findEntities } from '../../src/core/analysis/entities';
import { splitSentences } from '../../src/core/text/sentences';

interface Row { kind: string; name: string; sentence: string; half: 'A' | 'B' }

function readRows(file: string): Row[] {
  const out: Row[] = [];
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const [kind, name, sentence] = raw.split('\t');
    const half = createHash('sha1').update(name!).digest()[0]! % 2 === 0 ? 'A' : 'B';
    out.push({ kind: kind!, name: name!, sentence: sentence!, half });
  }
  return out;
}

/** The persons the finder reads in one sentence, as written (a genitive's `s` kept). */
export function personsIn(sentence: string): string[] {
  const spans = splitSentences(sentence, 0, sentence.length).map((s) => ({ start: s.start, end: s.end }));
  return findEntities(sentence, spans).filter((e) => e.kind === 'person').map((e) => e.text);
}

/** Whole: one person written as the name (or its genitive); cut: a person that is part of it. A name `-`: no person may be found. */
function verdict(name: string, persons: string[]): 'whole' | 'cut' | 'missed' {
  if (name === '-') return persons.length === 0 ? 'whole' : 'missed';
  if (persons.some((p) => p === name || p === `${name}s`)) return 'whole';
  const words = name.split(' ');
  return persons.some((p) => p.split(' ').every((w) => words.includes(w) || words.includes(w.replace(/s$/, '')))) ? 'cut' : 'missed';
}

export function finderCheck(root: string, halfArg: string | undefined, misses: boolean, file?: string): void {
  const rows = readRows(file ?? `${root}eval/names/finder-sentences.tsv`);
  // A set gathered after a change is judged whole, not in halves.
  for (const half of file ? ['A+B'] : halfArg ? [halfArg] : ['A', 'B']) {
    const tally = new Map<string, [number, number, number]>();
    for (const r of rows.filter((x) => half === 'A+B' || x.half === half)) {
      const persons = personsIn(r.sentence);
      const v = verdict(r.name, persons);
      const t = tally.get(r.kind) ?? tally.set(r.kind, [0, 0, 0]).get(r.kind)!;
      t[v === 'whole' ? 0 : v === 'cut' ? 1 : 2]++;
      if (misses && v !== 'whole') console.log(`  ${v} ${r.kind} ${r.name}: found ${persons.join(' | ') || 'none'}`);
    }
    console.log(`half ${half} finder: kind | whole / cut / missed`);
    const all = [0, 0, 0];
    for (const [kind, t] of [...tally].sort()) {
      console.log(`  ${kind.padEnd(12)} ${t[0]} / ${t[1]} / ${t[2]}`);
      for (let i = 0; i < 3; i++) all[i]! += t[i]!;
    }
    console.log(`  ${'ALL'.padEnd(12)} ${all[0]} / ${all[1]} / ${all[2]}`);
  }
}
