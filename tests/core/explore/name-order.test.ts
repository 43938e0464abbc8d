import { describe, expect, it } from 'vitest';
import { groupEntities } from '../../../src/core/explore/entity-groups';
import { spellingsData, spellingsLookup } from '../../../src/core/explore/spellings-lookup';
import type { NameStat } from '../../../src/core/store/queries/entities';

const person = (name: string, count = 2): NameStat => ({ kind: 'person', name, count, articles: count });
const grouped = (stats: NameStat[], context?: (s: NameStat) => ReadonlySet<string>) =>
  groupEntities(stats, new Map(), context)
    .map((g) => g.names.map((n) => n.name).sort().join(' + '))
    .sort();

// Japanese and Hungarian names are written surname first at home and in some copy, given name
// first in most German reports; Korean names the other way round in English copy.
describe('a name of two words written in the other order', () => {
  it('is the same person, with the surname alone', () => {
    expect(grouped([person('Haruto Okabe', 6), person('Okabe Haruto', 2), person('Okabe', 3)])).toEqual(['Haruto Okabe + Okabe + Okabe Haruto']);
    expect(grouped([person('Ilona Varkonyi', 5), person('Varkonyi Ilona', 1)])).toEqual(['Ilona Varkonyi + Varkonyi Ilona']);
  });
  it('adds no surname: the given name alone stays apart', () => {
    expect(grouped([person('Haruto Okabe', 6), person('Okabe Haruto', 2), person('Haruto', 2)])).toEqual(['Haruto', 'Haruto Okabe + Okabe Haruto']);
  });
  it('not when both words may be given names (two people)', () => {
    expect(grouped([person('Paul Thomas', 5), person('Thomas Paul', 2)])).toEqual(['Paul Thomas', 'Thomas Paul']);
  });
  it('not when both orders are each written by several reports, unless they share company', () => {
    const stats = [person('Haruto Okabe', 5), person('Okabe Haruto', 4)];
    expect(grouped(stats)).toEqual(['Haruto Okabe', 'Okabe Haruto']);
    const apart = (s: NameStat) => new Set([s.name === 'Haruto Okabe' ? 'nara' : 'kyoto']);
    expect(grouped(stats, apart)).toEqual(['Haruto Okabe', 'Okabe Haruto']);
    const together = () => new Set(['nara']);
    expect(grouped(stats, together)).toEqual(['Haruto Okabe + Okabe Haruto']);
  });
  it('is searched by its surname, not by its given name', () => {
    const lookup = spellingsLookup(spellingsData(groupEntities([person('Haruto Okabe', 6), person('Okabe Haruto', 2)])));
    expect(lookup('Okabe Haruto')?.sort()).toEqual(['Haruto Okabe', 'Okabe', 'Okabe Haruto']);
    expect(lookup('Haruto Okabe')?.includes('Haruto')).toBe(false);
  });
  it('typed in the other order than any report writes it, finds the person', () => {
    const lookup = spellingsLookup(spellingsData(groupEntities([person('Haruto Okabe', 6), person('Okabe', 2)])));
    expect(lookup('Okabe Haruto')?.sort()).toEqual(['Haruto Okabe', 'Okabe']);
    // Not two given names: `Thomas Paul` typed is not `Paul Thomas`.
    const two = spellingsLookup(spellingsData(groupEntities([person('Paul Thomas', 6), person('Thomas', 2)])));
    expect(two('Thomas Paul')).toBeNull();
  });
});
