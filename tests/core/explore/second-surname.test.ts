import { describe, expect, it } from 'vitest';
import { groupEntities } from '../../../src/core/explore/entity-groups';
import { spellingsData, spellingsLookup } from '../../../src/core/explore/spellings-lookup';
import type { NameStat } from '../../../src/core/store/queries/entities';
import { nameSkeleton } from '../../../src/core/text/transliteration';
import { runsInto } from '../../../src/core/explore/name-context';

const person = (name: string, count: number): NameStat => ({ kind: 'person', name, count, articles: count });
/** Each name's company: the surnames of the people named with it, as `name-context.ts` gives them. */
const company = (table: Record<string, string[]>) => (s: NameStat) => new Set((table[s.name] ?? []).map((n) => nameSkeleton(n.split(' ').pop()!)));
/** The groups, each group's names sorted, whichever name is the more frequent. */
const grouped = (names: string[], context?: (s: NameStat, apartFrom?: string) => ReadonlySet<string> | null) =>
  [names, [...names].reverse()].map((ns) =>
    groupEntities(ns.map((n, i) => person(n, ns.length - i + 1)), new Map(), context).map((g) => g.names.map((n) => n.name).sort().join(' + ')).sort(),
  );

describe('a Spanish or Portuguese name of two surnames', () => {
  it('is the person whom reports name without the second (`Edmundo González`)', () => {
    for (const names of [['Ramiro Falcón Iturbe', 'Ramiro Falcón'], ['Ramiro Falcón Iturbe', 'Ramiro Falcon', 'Ramiro Falcón'], ['Inês Barroca Quintela', 'Inês Barroca']]) {
      for (const groups of grouped(names)) expect(groups).toEqual([[...names].sort().join(' + ')]);
    }
  });
  it('not when the word taken for a second surname is another person\'s surname (`Erwin Pröll Mitterlehner`, a run of two names)', () => {
    const groups = groupEntities([person('Reinhold Mitterhofer', 9), person('Erwin Prandl', 6), person('Erwin Prandl Mitterhofer', 2)]).map((g) => g.names.map((n) => n.name).sort().join(' + ')).sort();
    expect(groups).toEqual(['Erwin Prandl', 'Erwin Prandl Mitterhofer', 'Reinhold Mitterhofer']);
  });
  it('is searched by its first surname, not its second, where the person is named without it', () => {
    const lookup = spellingsLookup(spellingsData(groupEntities([person('Ramiro Falcón', 6), person('Ramiro Falcón Iturbe', 3), person('Falcon', 2), person('Teresa Iturbe', 2)])));
    expect(lookup('Falcon')?.sort()).toEqual(['Falcon', 'Falcón']);
    expect(lookup('Iturbe')).toBeNull();
  });
  it('typed whole where no report made an entity of it, finds the person named without the second', () => {
    const lookup = spellingsLookup(spellingsData(groupEntities([person('Ramiro Falcón', 6), person('Ramiro Falcon', 2)])));
    expect(lookup('Ramiro Falcón Iturbe')?.sort()).toEqual(['Falcon', 'Falcón', 'Ramiro Falcon', 'Ramiro Falcón']);
    expect(lookup('Teresa Falcón Iturbe')).toBeNull();
  });
  it('in the same company only, where the grouping knows it', () => {
    const names = ['Ramiro Falcón Iturbe', 'Ramiro Falcón'];
    const same = company({ 'Ramiro Falcón Iturbe': ['Lucía Marván'], 'Ramiro Falcón': ['Lucía Marván'] });
    for (const groups of grouped(names, same)) expect(groups).toEqual(['Ramiro Falcón + Ramiro Falcón Iturbe']);
    const other = company({ 'Ramiro Falcón Iturbe': ['Lucía Marván'], 'Ramiro Falcón': ['Tomás Ugarte'] });
    for (const groups of grouped(names, other)) expect(groups).toHaveLength(2);
  });
  it('not on the shorter name\'s reports where the finder cut it out of the longer (`Martin Luther` before `King`)', () => {
    const names = ['Ramiro Falcón Iturbe', 'Ramiro Falcón'];
    // The shorter name's company: two reports that cut `Ramiro Falcón Iturbe` short (named with Marván), one of another man (named with Ugarte).
    const cut = (s: NameStat, apartFrom?: string) =>
      new Set(s.name === 'Ramiro Falcón' ? (apartFrom === 'Iturbe' ? ['ugarte'] : ['ugarte', 'marvan']) : s.name === 'Ramiro Falcón Iturbe' ? ['marvan'] : []);
    for (const groups of grouped(names, cut)) expect(groups).toEqual(['Ramiro Falcón', 'Ramiro Falcón Iturbe']);
    // Its reports that stand apart from the longer name, in the longer name's company: one person.
    const apart = (s: NameStat, apartFrom?: string) =>
      new Set(s.name === 'Ramiro Falcón' ? (apartFrom === 'Iturbe' ? ['marvan'] : ['ugarte', 'marvan']) : s.name === 'Ramiro Falcón Iturbe' ? ['marvan'] : []);
    for (const groups of grouped(names, apart)) expect(groups).toEqual(['Ramiro Falcón + Ramiro Falcón Iturbe']);
    // Every report of the shorter name cuts the longer (a table's `Ramiro Falcón Iturbe (ESP)`): it is only ever the longer one.
    const allCut = (s: NameStat, apartFrom?: string) =>
      s.name === 'Ramiro Falcón' && apartFrom === 'Iturbe' ? null : new Set(s.name.startsWith('Ramiro Falcón') ? ['marvan'] : []);
    for (const groups of grouped(names, allCut)) expect(groups).toEqual(['Ramiro Falcón + Ramiro Falcón Iturbe']);
  });
  it('not a name whose word before the last is a given name, nor another given name, nor a surname-first name', () => {
    for (const pair of [['Anna Maria Kolbe', 'Anna Maria'], ['Ramiro Falcón Iturbe', 'Teresa Falcón'], ['Kim Jong Un', 'Kim Jong'], ['Ramiro Falcón Iturbe', 'Ramiro Iturbe Falcón'], ['Abd Rabbo Talhouni', 'Abd Rabbo']]) {
      for (const groups of grouped(pair)) expect(groups).toHaveLength(2);
    }
  });
});

describe('a whole name typed', () => {
  it('also finds its surname alone when no other person of the library bears it (`erhielt Maduro`)', () => {
    const lookup = spellingsLookup(spellingsData(groupEntities([person('Ramiro Falcón', 4), person('Ramiro Falcon', 2), person('Teodora Quesnel', 3)])));
    expect(lookup('Ramiro Falcón')?.sort()).toEqual(['Falcon', 'Falcón', 'Ramiro Falcon', 'Ramiro Falcón']);
    expect(lookup('Teodora Quesnel')?.sort()).toEqual(['Quesnel', 'Teodora Quesnel']);
  });
  it('not when two people bear it, nor when it is a common word', () => {
    const two = spellingsLookup(spellingsData(groupEntities([person('Ramiro Falcón', 4), person('Teresa Falcón', 3), person('Ramiro Falcon', 2)])));
    expect(two('Ramiro Falcón')?.sort()).toEqual(['Ramiro Falcon', 'Ramiro Falcón']);
    const common = spellingsLookup(spellingsData(groupEntities([person('Ramiro Koch', 4), person('Ramiro Kokh', 2)])));
    expect(common('Ramiro Koch')?.includes('Koch')).toBe(false);
  });
  it('also a surname of three letters a report names the person by alone (`Premier Abe`)', () => {
    const lookup = spellingsLookup(spellingsData(groupEntities([person('Haruto Uke', 4), person('Uke', 2), person('Kenta Ike', 3), person('Ike', 2)])));
    expect(lookup('Haruto Uke')?.sort()).toEqual(['Haruto Uke', 'Uke']);
    // The German frequency list holds English given names: a name there, no German word.
    expect(lookup('Kenta Ike')?.sort()).toEqual(['Ike', 'Kenta Ike']);
  });
  it('not a short common word, a German given name, an English word, two letters, nor the surname of a surname-first name', () => {
    for (const name of ['Haruto Tor', 'Haruto Tom', 'Haruto May', 'Haruto Ux']) {
      const lookup = spellingsLookup(spellingsData(groupEntities([person(name, 4)])));
      expect(lookup(name)).toBeNull();
    }
    expect(spellingsLookup(spellingsData(groupEntities([person('Tou Mei-ah', 4)])))('Tou Mei-ah')).toBeNull();
    // Nor one no report names the person by alone: another bearer may be in no group.
    expect(spellingsLookup(spellingsData(groupEntities([person('Haruto Uke', 4)])))('Haruto Uke')).toBeNull();
  });
});

describe("a shorter name's mention cut out of the longer", () => {
  const after = (text: string, name: string, word: string) => runsInto(text, text.indexOf(name) + name.length, word);
  it('runs into the second surname as written, a slip of it, or its genitive', () => {
    expect(after('die Rede von Ramiro Falcón Iturbe hört', 'Ramiro Falcón', 'Iturbe')).toBe(true);
    expect(after('die Rede von Ramiro Falcón Iturbe hört', 'Ramiro Falcón', 'Iturbe2k')).toBe(true);
    expect(after('Ramiro Falcón Iturbes Rede', 'Ramiro Falcón', 'Iturbe')).toBe(true);
  });
  it('not where the name stands apart: a verb, a comma, another word', () => {
    expect(after('Ramiro Falcón hat übersetzt', 'Ramiro Falcón', 'Iturbe')).toBe(false);
    expect(after('Ramiro Falcón, Iturbe', 'Ramiro Falcón', 'Iturbe')).toBe(false);
    expect(after('Ramiro Falcón Marván sagte', 'Ramiro Falcón', 'Iturbe')).toBe(false);
  });
});
