import { describe, expect, it } from 'vitest';
import { groupEntities } from '../../../src/core/explore/entity-groups';
import type { NameStat } from '../../../src/core/store/queries/entities';

const person = (name: string, count = 2): NameStat => ({ kind: 'person', name, count, articles: count });
const grouped = (stats: NameStat[]) =>
  groupEntities(stats, new Map())
    .map((g) => g.names.map((n) => n.name).sort().join(' + '))
    .sort();

describe('an honorific outlets translate (`Scheich`/`Sheikh`)', () => {
  it('joins both renderings and the bare name', () => {
    expect(grouped([person('Sheikh Marwana', 6), person('Scheich Marwana', 2), person('Marwana', 4)])).toEqual(['Marwana + Scheich Marwana + Sheikh Marwana']);
    expect(grouped([person('Scheich Tarek al-Badri', 2), person('Tarek al-Badri', 3)])).toEqual(['Scheich Tarek al-Badri + Tarek al-Badri']);
  });
  it('joins no two people of one honorific', () => {
    expect(grouped([person('Scheich Marwana', 2), person('Scheich Tamrin', 2)])).toEqual(['Scheich Marwana', 'Scheich Tamrin']);
  });
});
