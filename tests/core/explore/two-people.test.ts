import { describe, expect, it } from 'vitest';
import { groupEntities } from '../../../src/core/explore/entity-groups';
import type { NameStat } from '../../../src/core/store/queries/entities';
import { nameSkeleton } from '../../../src/core/text/transliteration';

/** A person's name written in `articles` reports (each once). */
const person = (name: string, articles: number): NameStat => ({ kind: 'person', name, count: articles, articles });
const surname = (name: string) => nameSkeleton(name.split(' ').pop()!);
/** Each name's company: the surnames of the people named with it, as `name-context.ts` gives them. */
const company = (table: Record<string, string[]>) => (s: NameStat) => new Set((table[s.name] ?? []).map(surname));
/** The groups, each group's names sorted, whichever name is the more frequent. */
const grouped = (names: [string, number][], context?: (s: NameStat) => ReadonlySet<string>) =>
  [names, names.map(([n], i) => [n, names[names.length - 1 - i]![1]] as [string, number])].map((ns) =>
    groupEntities(ns.map(([n, a]) => person(n, a)), new Map(), context).map((g) => g.names.map((n) => n.name).sort().join(' + ')).sort(),
  );

describe('two people one given name and close surnames name', () => {
  it('keeps them apart when each spelling is written by several reports and their company differs', () => {
    const context = company({ 'Gernot Falser': ['Rudolf Anschober', 'Eva Glawischnig'], 'Gernot Felzer': ['Jürgen Habermas'] });
    for (const groups of grouped([['Gernot Falser', 9], ['Gernot Felzer', 6]], context)) expect(groups).toEqual(['Gernot Falser', 'Gernot Felzer']);
    for (const groups of grouped([['Gernot Falser', 9], ['Gernot Felzer', 6]])) expect(groups).toHaveLength(2);
  });
  it('keeps them apart when one report names both, whatever company they share', () => {
    const context = company({ 'Gernot Falser': ['Eva Glawischnig', 'Gernot Felzer'], 'Gernot Felzer': ['Eva Glawischnig', 'Gernot Falser'] });
    for (const groups of grouped([['Gernot Falser', 9], ['Gernot Felzer', 6]], context)) expect(groups).toHaveLength(2);
  });
  it('still joins them where the company confirms it, or where one spelling is a slip of few reports', () => {
    const context = company({ 'Gernot Falser': ['Eva Glawischnig'], 'Gernot Felzer': ['Eva Glawischnig'] });
    for (const groups of grouped([['Gernot Falser', 9], ['Gernot Felzer', 6]], context)) expect(groups).toEqual(['Gernot Falser + Gernot Felzer']);
    for (const groups of grouped([['Gernot Falser', 9], ['Gernot Felzer', 2]])) expect(groups).toEqual(['Gernot Falser + Gernot Felzer']);
  });
  it('counts letters, not digits or marks, and a spelling a letter from any of the group\'s is a rendering', () => {
    const names: [string, number][] = [['Arkadi Pulkin', 20], ['Arkadi Pulkin22', 8], ['Arkadi Pulkinu', 6]];
    for (const groups of grouped(names)) expect(groups).toEqual([names.map(([n]) => n).sort().join(' + ')]);
  });
  it('joins renderings that differ in one vowel or in letters the skeleton reads alike, however established', () => {
    for (const pair of [['Karim Ludsi', 'Karim Lodsi'], ['Wolodymyr Selenskyj', 'Wolodymyr Selenskij'], ['Kirill Dmitrijew', 'Kirill Dmitriev'], ['Micheil Kavelashvili', 'Micheil Kawelaschwili']]) {
      for (const groups of grouped([[pair[0]!, 12], [pair[1]!, 8]])) expect(groups).toEqual([[...pair].sort().join(' + ')]);
    }
  });
});

describe('a bare word and a two-word name', () => {
  it('do not join through a short skeleton written from another first letter', () => {
    for (const pair of [['Wendelin Schautz', 'Zaus'], ['Bo Yun', 'Iun']]) {
      for (const groups of grouped([[pair[0]!, 8], [pair[1]!, 6]])) expect(groups).toHaveLength(2);
    }
  });
  it('join through a longer skeleton, or a short one with the first letter kept', () => {
    for (const pair of [['Boris Yeltsin', 'Jelzin'], ['Wolodymyr Selenskyj', 'Zelensky'], ['Baschar al-Assad', 'Asad']]) {
      for (const groups of grouped([[pair[0]!, 8], [pair[1]!, 6]])) expect(groups).toEqual([[...pair].sort().join(' + ')]);
    }
  });
  it('a bare given name is not its form in another language (`Thomas`, `Tomasz`)', () => {
    for (const groups of grouped([['Thomas', 8], ['Tomasz', 6]])) expect(groups).toHaveLength(2);
    for (const groups of grouped([['Michael', 8], ['Kapitän Michal', 3]])) expect(groups).toHaveLength(2);
  });
});
