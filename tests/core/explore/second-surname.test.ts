import { describe, expect, it } from 'vitest';
import { groupEntities } from '../../../src/core/explore/entity-groups';
import { spellingsData, spellingsLookup } from '../../../src/core/explore/spellings-lookup';
import type { NameStat } from '../../../src/core/store/queries/entities';
import { nameSkeleton } from '../../../src/core/text/transliteration';

const person = (name: string, count: number): NameStat => ({ kind: 'person', name, count, articles: count });
/** Each name's company: the surnames of the people named with it, as `name-context.ts` gives them. */
const company = (table: Record<string, string[]>) => (s: NameStat) => new Set((table[s.name] ?? []).map((n) => nameSkeleton(n.split(' ').pop()!)));
/** The groups, each group's names sorted, whichever name is the more frequent. */
const grouped = (names: string[], context?: (s: NameStat) => ReadonlySet<string>) =>
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
});
