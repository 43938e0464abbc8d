import { describe, expect, it } from 'vitest';
import { groupEntities } from '../../../src/core/explore/entity-groups';
import { firstWordPairs } from '../../../src/core/explore/first-word-names';
import { joinAliases } from '../../../src/core/explore/name-aliases';
import type { NameStat } from '../../../src/core/store/queries/entities';
import { nameSkeleton } from '../../../src/core/text/transliteration';

const person = (name: string, articles: number): NameStat => ({ kind: 'person', name, count: articles, articles });
const surname = (name: string) => nameSkeleton(name.split(' ').pop()!);
/** Each name's company: the surnames of the people named with it. */
const company = (table: Record<string, string[]>) => (s: NameStat) => new Set((table[s.name] ?? []).map(surname));
/** The groups after the first-word join, each group's display name and its names sorted. */
const grouped = (names: [string, number][], table: Record<string, string[]>) => {
  const context = company(table);
  const groups = groupEntities(names.map(([n, a]) => person(n, a)), new Map(), context);
  return joinAliases(groups, firstWordPairs(groups, context)).map((g) => `${g.name}: ${g.names.map((n) => n.name).sort().join(' + ')}`).sort();
};

// Indonesian names have no surname: reports keep the first word (`Prabowo` of `Prabowo Subianto`).
describe('a person some reports call by the first word of the name alone', () => {
  const shared = { 'Suryadi Wiranata': ['Ratna Hasibuan'], Suryadi: ['Ratna Hasibuan'] };
  it('joins the whole name when it is the first word of no other, in shared company, the whole name on display', () => {
    expect(grouped([['Suryadi Wiranata', 3], ['Suryadi', 5]], shared)).toEqual(['Suryadi Wiranata: Suryadi + Suryadi Wiranata']);
  });
  it('not without shared company, nor when two whole names open with it', () => {
    expect(grouped([['Suryadi Wiranata', 3], ['Suryadi', 5]], { 'Suryadi Wiranata': ['Ratna Hasibuan'], Suryadi: ['Bambang Kusumo'] })).toHaveLength(2);
    expect(grouped([['Suryadi Wiranata', 3], ['Suryadi Tanjungsari', 2], ['Suryadi', 5]], { ...shared, 'Suryadi Tanjungsari': ['Ratna Hasibuan'] })).toHaveLength(3);
  });
  it('not a word that is someone\'s last word, a German given name or a common word', () => {
    expect(grouped([['Suryadi Wiranata', 3], ['Benny Suryadi', 2], ['Suryadi', 5]], shared)).toHaveLength(2);
    expect(grouped([['Markus Wiranata', 3], ['Markus', 5]], { 'Markus Wiranata': ['Ratna Hasibuan'], Markus: ['Ratna Hasibuan'] })).toHaveLength(2);
    expect(grouped([['Sonne Wiranata', 3], ['Sonne', 5]], { 'Sonne Wiranata': ['Ratna Hasibuan'], Sonne: ['Ratna Hasibuan'] })).toHaveLength(2);
  });
});

describe('the first-word pairs of groups as made', () => {
  const group = (...names: string[]) => ({ id: 'person:x' as never, kind: 'person' as const, name: names[0]!, names: names.map((n) => person(n, 2)), manual: false });
  const context = () => new Set(['hasibuan']);
  it('none where the group holds a given name other reports write before the surname (`Bezirksrichter Breyer`, `Charles Breyer`)', () => {
    expect(firstWordPairs([group('Tamborak Pudrich'), group('Tamborak')], context)).toEqual([['Tamborak', 'Tamborak Pudrich']]);
    expect(firstWordPairs([group('Walter Pudrich', 'Tamborak Pudrich'), group('Tamborak')], context)).toEqual([]);
  });
});
