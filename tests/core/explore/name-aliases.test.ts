import { describe, expect, it } from 'vitest';
import { groupEntities } from '../../../src/core/explore/entity-groups';
import { joinAliases } from '../../../src/core/explore/name-aliases';
import type { NameStat } from '../../../src/core/store/queries/entities';

const person = (name: string, count = 1): NameStat => ({ kind: 'person', name, count, articles: count });
const groupNames = (groups: ReturnType<typeof groupEntities>) => groups.filter((g) => g.kind === 'person').map((g) => g.names.map((n) => n.name).sort());

// Invented names throughout.
describe('one person under two names joined through the reports that state it', () => {
  const stats = [person('Tau Mei-lin', 3), person('Peter Tau', 5), person('Jimmy Tau', 4), person('Tau', 2)];

  it('joins the two names’ people and keeps a third of the same surname apart', () => {
    const groups = joinAliases(groupEntities(stats), [['Tau Mei-lin', 'Peter Tau']]);
    const joined = groups.find((g) => g.names.some((n) => n.name === 'Tau Mei-lin'))!;
    expect(joined.names.map((n) => n.name)).toContain('Peter Tau');
    expect(joined.names.map((n) => n.name)).not.toContain('Jimmy Tau');
    expect(groups.filter((g) => g.names.some((n) => n.name === 'Jimmy Tau'))).toHaveLength(1);
  });

  it('joins nothing without a statement, or for a name no group holds', () => {
    expect(groupNames(joinAliases(groupEntities(stats), []))).toEqual(groupNames(groupEntities(stats)));
    expect(groupNames(joinAliases(groupEntities(stats), [['Tau Mei-lin', 'Paul Tau']]))).toEqual(groupNames(groupEntities(stats)));
  });

  it('leaves a group a person made or split by hand as it is', () => {
    const split = new Map([['person\u0000Peter Tau', 'person:peter-tau-own']]);
    const groups = joinAliases(groupEntities(stats, split), [['Tau Mei-lin', 'Peter Tau']]);
    expect(groups.find((g) => g.id === 'person:peter-tau-own')!.names.map((n) => n.name)).toEqual(['Peter Tau']);
    expect(groups.find((g) => g.names.some((n) => n.name === 'Tau Mei-lin'))!.names.map((n) => n.name)).not.toContain('Peter Tau');
  });
});
