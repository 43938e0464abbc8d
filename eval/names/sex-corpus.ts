/**
 * `npm run eval:names -- --sex-corpus FILE.jsonl GENDERS.json`: how often each sign of a person's
 * sex (`analysis/person-sex.ts`) is right, on reports nobody wrote the signs on: every person the
 * finder names with a given name a list with sexes gives one sex (a measurement list outside the
 * repo, never shipped), halves by the report's id.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { findEntities } from '../../src/core/analysis/entities';
import { mentionSigns, sexOfTally, tallyMentions, type Sex, type SexTally } from '../../src/core/analysis/person-sex';
import { groupEntities } from '../../src/core/explore/entity-groups';
import type { NameStat } from '../../src/core/store/queries/entities';
import { splitSentences } from '../../src/core/text/sentences';

export function sexCorpus(file: string, genders: string, misses: boolean): void {
  const sexOf = new Map(Object.entries(JSON.parse(readFileSync(genders, 'utf8')) as Record<string, Sex>));
  const tally: Record<string, { right: number; wrong: number }> = {};
  let mentions = 0;
  const perName = new Map<string, SexTally>();
  const add = (k: string, ok: boolean) => { (tally[k] ??= { right: 0, wrong: 0 })[ok ? 'right' : 'wrong']++; };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    const half = createHash('sha1').update(id).digest()[0]! % 2 === 0 ? 'A' : 'B';
    const spans = splitSentences(text, 0, text.length).map((s) => ({ start: s.start, end: s.end }));
    const people = findEntities(text, spans).filter((e) => e.kind === 'person').sort((a, b) => a.start - b.start);
    for (let i = 0; i < people.length; i++) {
      const p = people[i]!;
      const w = p.name.split(' ');
      if (w.length < 2) continue;
      const truth = sexOf.get(w[0]!.toLowerCase());
      if (!truth) continue;
      mentions++;
      const last = w[w.length - 1];
      const nextOther = people.slice(i + 1).find((q) => q.name.split(' ').pop() !== last);
      const s = mentionSigns(text, p.start, p.end, nextOther?.start ?? text.length);
      for (const k of ['before', 'after', 'onward'] as const) {
        const sign = s[k];
        if (!sign) continue;
        const v = typeof sign === 'string' ? sign : sign[0];
        add(`${half} ${k} ${v}`, v === truth);
        if (typeof sign !== 'string') add(`${half} ${k} ${sign[1]}`, v === truth);
        if (misses && v !== truth) console.log(`${half} ${k} ${typeof sign === 'string' ? '' : sign[1]} ${p.name} (${truth}): …${text.slice(Math.max(0, p.start - 60), p.end + 120).replace(/\n/g, ' ')}…`);
      }
      const first = s.before ?? s.after ?? s.onward?.[0];
      const t = perName.get(p.name) ?? { f: 0, m: 0 };
      if (first) t[first]++;
      perName.set(p.name, t);
      if (first) add(`${half} any ${first}`, first === truth);
      add(`${half} truth ${truth}`, true);
    }
  }
  console.log(`person mentions with a listed sex: ${mentions}`);
  // Per name, as the grouping reads it (`sexOfTally`): right, wrong, undecided.
  for (const half of ['A', 'B']) {
    const r = { right: 0, wrong: 0, none: 0, twoSigns: 0, twoWrong: 0 };
    for (const [name, t] of perName) {
      if ((createHash('sha1').update(name).digest()[0]! % 2 === 0 ? 'A' : 'B') !== half) continue;
      const truth = sexOf.get(name.split(' ')[0]!.toLowerCase());
      const read = sexOfTally(t);
      if (!read) r.none++;
      else if (read === truth) r.right++;
      else r.wrong++;
      if (read && t.f + t.m >= 2) { r.twoSigns++; if (read !== truth) r.twoWrong++; }
    }
    console.log(`names ${half} (by name): right ${r.right} wrong ${r.wrong} undecided ${r.none}; with 2+ signs ${r.twoSigns} (wrong ${r.twoWrong})`);
  }
  for (const k of Object.keys(tally).sort()) {
    const t = tally[k]!;
    console.log(`${k}\tright ${t.right}\twrong ${t.wrong}\tprecision ${(t.right / (t.right + t.wrong)).toFixed(3)}`);
  }
}

/**
 * `--sex-groups FILE.jsonl`: the people of a set of reports grouped without and with the sexes
 * their words say (every name's reports as context), and the groups that differ.
 */
export function sexGroups(file: string): void {
  const stats = new Map<string, NameStat>();
  const tallies = new Map<string, SexTally>();
  const company = new Map<string, Set<string>>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text: string };
    const spans = splitSentences(text, 0, text.length).map((s) => ({ start: s.start, end: s.end }));
    const people = findEntities(text, spans).filter((e) => e.kind === 'person');
    const names = new Set(people.map((p) => p.name));
    for (const name of names) {
      const st = stats.get(name) ?? { kind: 'person' as const, name, count: 0, articles: 0 };
      st.articles++;
      const own = people.filter((p) => p.name === name);
      st.count += own.length;
      stats.set(name, st);
      const t = tallies.get(name) ?? { f: 0, m: 0 };
      tallyMentions(text, own.map((p) => [p.start, p.end] as const), people.filter((p) => p.name !== name).map((p) => p.start), t);
      tallies.set(name, t);
      const c = company.get(name) ?? new Set();
      for (const o of names) if (o !== name) c.add(o.split(' ').pop()!);
      company.set(name, c);
    }
  }
  const list = [...stats.values()];
  const context = (s: NameStat) => company.get(s.name) ?? new Set<string>();
  const key = (g: { names: NameStat[] }) => g.names.map((n) => n.name).sort().join(' | ');
  const before = new Set(groupEntities(list, new Map(), context).map(key));
  const after = new Set(groupEntities(list, new Map(), context, (s) => tallies.get(s.name) ?? null).map(key));
  console.log(`groups ${before.size} → ${after.size}`);
  for (const k of before) if (!after.has(k)) console.log(`- ${k}  ${k.split(' | ').map((n) => `${n} ${JSON.stringify(tallies.get(n))}`).join('; ')}`);
  for (const k of after) if (!before.has(k)) console.log(`+ ${k}`);
}
