/**
 * `npm run eval:names [-- --half A|B] [-- --misses] [-- --search] [-- --finder] [-- --quotes] [-- --pairs FILE]`
 * (`-- --corpus [--labels FILE] [--file FILE.jsonl]`: which names are people on random reports of
 * `shared/corpus`, `corpus-check.ts`): the grouping and search's "also:" spellings
 * on pairs of real spellings of one person across transliteration kinds, and pairs of different
 * people with near spellings (`spelling-pairs.tsv`, written before reading the name code; name
 * strings only). Halves by a hash of each line's first spelling: tune on A, report both.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { groupEntities, type NameContext } from '../../src/core/explore/entity-groups';
import { spellingsData, spellingsLookup } from '../../src/core/explore/spellings-lookup';
import type { NameStat } from '../../src/core/store/queries/entities';
import { foldText } from '../../src/core/text/fold';
import { searchCheck } from './search-check';
import { finderCheck } from './finder-check';
import { quoteCheck } from './quote-check';
import { sexCorpus, sexGroups } from './sex-corpus';
import { sexPairs } from './sex-pairs';
import { corpusCheck, corpusDump } from './corpus-check';

export interface Line { kind: string; same: boolean; names: string[]; half: 'A' | 'B' }

function readLines(file: string): Line[] {
  const out: Line[] = [];
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const [kind, rel, list] = raw.split('\t');
    const names = [...new Set(list!.split('|').map((s) => s.trim()).filter(Boolean))];
    const half = createHash('sha1').update(names[0]!).digest()[0]! % 2 === 0 ? 'A' : 'B';
    out.push({ kind: kind!, same: rel === 'same', names, half });
  }
  return out;
}

const person = (name: string, articles: number): NameStat => ({ kind: 'person', name, count: articles, articles });
/** Every name named beside one other person in its reports (one story), never two of them in one report. */
const sharedCompany: NameContext = () => new Set(['zzcompany']);

/** Whether two spellings end in one group, in both orders of frequency, each established (3 reports) or not (1). */
function joined(a: string, b: string, context: NameContext | undefined): boolean {
  for (const [na, nb] of [[3, 2], [2, 3], [3, 3], [1, 1]] as const) {
    const groups = groupEntities([person(a, na), person(b, nb)], new Map(), context);
    if (groups.length !== 1) return false;
  }
  return true;
}

/** Whether typing `a` in a library that writes `b` (and `a`) searches `b` too. */
function searchAlso(a: string, b: string, context: NameContext | undefined, written: boolean): boolean {
  const stats = written ? [person(a, 2), person(b, 2)] : [person(b, 2)];
  const lookup = spellingsLookup(spellingsData(groupEntities(stats, new Map(), context)));
  const also = lookup(a) ?? [];
  return also.some((x) => foldText(x) === foldText(b));
}

export async function run(root: string, args: string[]): Promise<void> {
  const lines = readLines(args.includes('--pairs') ? args[args.indexOf('--pairs') + 1]! : `${root}eval/names/spelling-pairs.tsv`);
  const halfArg = args.includes('--half') ? args[args.indexOf('--half') + 1] : null;
  const misses = args.includes('--misses');
  if (args.includes('--corpus-dump')) return corpusDump(args[args.indexOf('--corpus-dump') + 3] ?? `${root}../shared/corpus/10kgnad-test.jsonl`, Number(args[args.indexOf('--corpus-dump') + 1]), Number(args[args.indexOf('--corpus-dump') + 2]));
  if (args.includes('--corpus')) {
    const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
    return corpusCheck(root, opt('--file'), opt('--labels'), halfArg ?? undefined, misses);
  }
  if (args.includes('--sex-pairs')) return sexPairs(args[args.indexOf('--sex-pairs') + 1]!, misses);
  if (args.includes('--sex-groups')) return sexGroups(args[args.indexOf('--sex-groups') + 1]!);
  if (args.includes('--sex-corpus')) return sexCorpus(args[args.indexOf('--sex-corpus') + 1]!, args[args.indexOf('--sex-corpus') + 2]!, misses);
  if (args.includes('--quotes')) return quoteCheck(root, misses, args.includes('--sentences') ? args[args.indexOf('--sentences') + 1] : undefined);
  if (args.includes('--finder')) return finderCheck(root, halfArg ?? undefined, misses, args.includes('--sentences') ? args[args.indexOf('--sentences') + 1] : undefined);
  if (args.includes('--search')) {
    for (const half of halfArg ? [halfArg] : ['A', 'B']) {
      const rows = await searchCheck(lines.filter((l) => l.half === half), misses);
      console.log(`half ${half} search: kind | both written, typing either finds both | typed, only the other written, finds it — for diff: "also:" keeps them apart (both written | only the other)`);
      const tot = { same: [0, 0, 0, 0], diff: [0, 0, 0, 0] };
      for (const [kind, r] of [...rows].sort()) {
        console.log(`  ${kind.padEnd(20)} ${r[0]}/${r[1]}  ${r[2]}/${r[3]}`);
        const t = kind.endsWith('same') ? tot.same : tot.diff;
        for (let i = 0; i < 4; i++) t[i]! += r[i]!;
      }
      for (const k of ['same', 'diff'] as const) console.log(`  ${('ALL ' + k).padEnd(20)} ${tot[k][0]}/${tot[k][1]}  ${tot[k][2]}/${tot[k][3]}`);
    }
    return;
  }
  for (const half of halfArg ? [halfArg] : ['A', 'B']) {
    const rows = new Map<string, number[]>();
    const bump = (kind: string, i: number, v: boolean) => {
      const r = rows.get(kind) ?? rows.set(kind, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]).get(kind)!;
      r[i]! += v ? 1 : 0;
      r[i + 1]! += 1;
    };
    for (const line of lines.filter((l) => l.half === half)) {
      const pairs: [string, string][] = [];
      if (line.same) for (let i = 0; i < line.names.length; i++) for (let j = i + 1; j < line.names.length; j++) pairs.push([line.names[i]!, line.names[j]!]);
      else pairs.push([line.names[0]!, line.names[1]!]);
      for (const [a, b] of pairs) {
        const bare = joined(a, b, undefined), ctx = joined(a, b, sharedCompany);
        const srch = searchAlso(a, b, sharedCompany, true) && searchAlso(b, a, sharedCompany, true);
        const typed = searchAlso(a, b, undefined, false) && searchAlso(b, a, undefined, false);
        const kind = `${line.kind}:${line.same ? 'same' : 'diff'}`;
        if (line.same) {
          bump(kind, 0, bare); bump(kind, 2, ctx); bump(kind, 4, srch); bump(kind, 6, typed);
          if (misses && (!ctx || !srch || !typed)) console.log(`  miss ${kind} ${a} / ${b}${ctx ? '' : ' [group]'}${srch ? '' : ' [also]'}${typed ? '' : ' [typed]'}`);
        } else {
          bump(kind, 0, !bare); bump(kind, 2, !ctx); bump(kind, 4, !srch); bump(kind, 6, !typed);
          if (misses && (bare || ctx || srch || typed)) console.log(`  WRONG ${kind} ${a} / ${b}${ctx ? ' [group]' : ''}${srch ? ' [also]' : ''}${typed ? ' [typed]' : ''}`);
        }
      }
    }
    console.log(`half ${half}: kind | pairs joined (no company) | joined (shared company) | also: (both written) | also: (typed, other written)  — for diff: kept apart`);
    const tot = { same: [0, 0, 0, 0, 0, 0, 0, 0], diff: [0, 0, 0, 0, 0, 0, 0, 0] };
    for (const [kind, r] of [...rows].sort()) {
      console.log(`  ${kind.padEnd(20)} ${r[0]}/${r[1]}  ${r[2]}/${r[3]}  ${r[4]}/${r[5]}  ${r[6]}/${r[7]}`);
      const t = kind.endsWith('same') ? tot.same : tot.diff;
      for (let i = 0; i < 8; i++) t[i]! += r[i]!;
    }
    for (const k of ['same', 'diff'] as const) console.log(`  ${('ALL ' + k).padEnd(20)} ${tot[k][0]}/${tot[k][1]}  ${tot[k][2]}/${tot[k][3]}  ${tot[k][4]}/${tot[k][5]}  ${tot[k][6]}/${tot[k][7]}`);
  }
}
