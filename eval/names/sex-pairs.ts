/**
 * `npm run eval:names -- --sex-pairs FILE.jsonl [--misses]`: given names whose endings cannot say
 * (`Andrea`/`Andreas`, `Simone`/`Simon`, `Nicola`/`Nicolas`) read with what real reports say of
 * each person's sex (`analysis/person-sex.ts`, `explore/given-sex.ts`). The file holds passages of
 * real people (`sex-passages.jsonl`, gathered from stored public pages, kept with their URLs for
 * evaluation only). Cases are made of them: **two people** — a woman and a man (or two men, two
 * women) whose given names the grouping reads as one name, each with their own passages, filed
 * under one surname; **one person written two ways** — a person's passages in two halves, the
 * second half's given name written as the other name of such a pair. Each case is grouped as
 * `check.ts` does (both orders of frequency, established or not), without the signs (main) and
 * with them; halves by a hash of the case.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { findEntities } from '../../src/core/analysis/entities';
import { tallyMentions, type SexTally } from '../../src/core/analysis/person-sex';
import { groupEntities, type NameContext } from '../../src/core/explore/entity-groups';
import type { NameStat } from '../../src/core/store/queries/entities';
import { foldText } from '../../src/core/text/fold';
import { splitSentences } from '../../src/core/text/sentences';
import { isSameGivenName } from '../../src/core/text/transliteration';

interface Passage { person: string; sex: 'f' | 'm'; url: string; text: string }

/** The signs of one person's mentions in some passages (the finder's mentions of the whole name or the bare surname). */
function tallyOf(person: string, passages: Passage[]): SexTally {
  const surname = person.split(' ').pop()!;
  const t: SexTally = { f: 0, m: 0 };
  for (const p of passages) {
    const spans = splitSentences(p.text, 0, p.text.length).map((s) => ({ start: s.start, end: s.end }));
    const people = findEntities(p.text, spans).filter((e) => e.kind === 'person');
    const own = people.filter((e) => e.name === person || e.name === surname || e.name.endsWith(` ${surname}`));
    tallyMentions(p.text, own.map((e) => [e.start, e.end] as const), people.filter((e) => !own.includes(e)).map((e) => e.start), t);
  }
  return t;
}

const stat = (name: string, n: number): NameStat => ({ kind: 'person', name, count: n, articles: n });
const company: NameContext = () => new Set(['zzcompany']);

/** Whether two names end in one group in every order of frequency (as `check.ts` `joined`). */
function joined(a: string, b: string, ta: SexTally | null, tb: SexTally | null): boolean {
  const sexOf = ta && tb ? (s: NameStat) => (s.name === a ? ta : s.name === b ? tb : null) : undefined;
  return [[3, 2], [2, 3], [3, 3], [1, 1]].every(([na, nb]) => groupEntities([stat(a, na!), stat(b, nb!)], new Map(), company, sexOf).length === 1);
}

const halfOf = (key: string) => (createHash('sha1').update(key).digest()[0]! % 2 === 0 ? 'A' : 'B');

export function sexPairs(file: string, misses: boolean): void {
  const passages = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Passage);
  const people = [...new Set(passages.map((p) => p.person))];
  const sexOf = new Map(passages.map((p) => [p.person, p.sex]));
  const given = (p: string) => p.split(' ')[0]!;
  const tallies = new Map(people.map((p) => [p, tallyOf(p, passages.filter((x) => x.person === p))]));
  const rows: { half: string; kind: string; right0: boolean; right1: boolean; label: string }[] = [];
  // Two people: given names the grouping may read as one (with or without the ending rule), written apart.
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const a = people[i]!, b = people[j]!;
      const ga = given(a), gb = given(b);
      if (foldText(ga) === foldText(gb) || !isSameGivenName(ga, gb, true, false)) continue;
      const surname = a.split(' ').pop()!;
      const nb = `${gb} ${surname}`;
      const kind = sexOf.get(a) === sexOf.get(b) ? 'two people, one sex' : 'two people, two sexes';
      rows.push({ half: halfOf(`${a}|${b}`), kind, right0: !joined(a, nb, null, null), right1: !joined(a, nb, tallies.get(a)!, tallies.get(b)!), label: `${a} / ${nb} (${b})` });
    }
  }
  // One person written two ways: the person's passages in two halves, the second under the other given name.
  const others = [...new Set(people.map(given))];
  for (const p of people) {
    const own = passages.filter((x) => x.person === p);
    if (own.length < 2) continue;
    const g = given(p), surname = p.split(' ').pop()!;
    for (const o of others) {
      if (foldText(o) === foldText(g) || !isSameGivenName(g, o, true, false)) continue;
      const renamed = `${o} ${surname}`;
      const second = own.filter((_, k) => k % 2 === 1).map((x) => ({ ...x, person: renamed, text: x.text.split(p).join(renamed) }));
      const t1 = tallyOf(p, own.filter((_, k) => k % 2 === 0)), t2 = tallyOf(renamed, second);
      rows.push({ half: halfOf(`${p}|${o}`), kind: 'one person, two ways', right0: joined(p, renamed, null, null), right1: joined(p, renamed, t1, t2), label: `${p} / ${renamed}` });
    }
  }
  for (const half of ['A', 'B']) {
    for (const kind of ['two people, two sexes', 'two people, one sex', 'one person, two ways']) {
      const r = rows.filter((x) => x.half === half && x.kind === kind);
      console.log(`${half}\t${kind}\tright without signs ${r.filter((x) => x.right0).length}/${r.length}\twith ${r.filter((x) => x.right1).length}/${r.length}`);
      if (misses) for (const x of r) if (!x.right1 || !x.right0) console.log(`  ${x.right0 ? '✓' : '✗'}→${x.right1 ? '✓' : '✗'} ${x.label}`);
    }
  }
  if (misses) for (const [p, t] of tallies) console.log(`  ${p} (${sexOf.get(p)}): f ${t.f} m ${t.m}`);
}
