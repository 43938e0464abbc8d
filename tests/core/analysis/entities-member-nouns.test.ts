import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { findSources } from '../../../src/core/analysis/sources';
import { splitSentences } from '../../../src/core/text/sentences';

const people = (t: string) => {
  const spans = splitSentences(t);
  return findEntities(t, spans, { sources: findSources(t, spans) }).filter((e) => e.kind === 'person').map((e) => `${e.text} → ${e.name}`);
};

// After a role the finder reads the next capital as a name; a noun for a member of a group says
// what the holder is (`der Premier Sunnit`), by its suffix, whatever the group.
describe('a noun for a member of a group after a role', () => {
  it('is no person, alone or before the name', () => {
    expect(people('Der Regierungschef muss Maronit sein, der Premier Kalandit und der Sprecher Tovarist.')).toEqual([]);
    expect(people('Parlamentspräsident Velorit Nabor Kestani stimmte zu.')).toEqual(['Nabor Kestani → Nabor Kestani']);
    expect(people('Der Minister Lodaraner sprach am Montag.')).toEqual([]);
  });
  it('leaves surnames and given names of that ending as names', () => {
    expect(people('Der Minister Tobias Hellwit sprach. Minister Hellwit blieb.')).toEqual(['Tobias Hellwit → Tobias Hellwit', 'Hellwit → Tobias Hellwit']);
    expect(people('Präsident Smit sagte das.')).toEqual(['Smit → Smit']);
    expect(people('Trainerin Judit sagte das.')).toEqual(['Judit → Judit']);
  });
});
