import { describe, expect, it } from 'vitest';
import { groupEntities } from '../../../src/core/explore/entity-groups';
import type { NameStat } from '../../../src/core/store/queries/entities';

const person = (name: string, articles: number): NameStat => ({ kind: 'person', name, count: articles, articles });
/** The groups, each group's names sorted, in both orders of frequency. */
const grouped = (names: [string, number][]) =>
  [names, [...names].reverse()].map((ns) => groupEntities(ns.map(([n, a]) => person(n, a)), new Map()).map((g) => g.names.map((n) => n.name).sort().join(' + ')).sort());

// A surname that is a German given name (`Beatrix Karl`, `George Lucas`): a report's bare `Karl`
// is as likely a given name the finder cut from another person as that person's surname.
describe('a bare German given name and a whole name of another list ending in it', () => {
  it('stay apart, whichever is the more frequent', () => {
    for (const groups of grouped([['Beatrix Wilhelm', 2], ['Wilhelm', 1]])) expect(groups).toEqual(['Beatrix Wilhelm', 'Wilhelm']);
    for (const groups of grouped([['Gilles Lucas', 3], ['Lucas', 2]])) expect(groups).toEqual(['Gilles Lucas', 'Lucas']);
  });
  it('a bare surname that is no given name still joins, and two whole names of one surname stay two people', () => {
    for (const groups of grouped([['Gilles Wendrich', 3], ['Wendrich', 2]])) expect(groups).toEqual(['Gilles Wendrich + Wendrich']);
    for (const groups of grouped([['Gilles Lucas', 3], ['Karl Lucas', 2]])) expect(groups).toEqual(['Gilles Lucas', 'Karl Lucas']);
  });
});
