import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { findSources } from '../../../src/core/analysis/sources';
import { splitSentences } from '../../../src/core/text/sentences';

const people = (t: string) => {
  const spans = splitSentences(t);
  return findEntities(t, spans, { sources: findSources(t, spans) }).filter((e) => e.kind === 'person').map((e) => e.name);
};

describe('pairs of common words are no people', () => {
  it('leaves a noun before a place the report also writes after `in` (`Kenias Hauptstadt Nairobi`)', () => {
    const t = 'Die Proteste erreichten Kenias Hauptstadt Nairobi am Morgen. In Nairobi blieben die Geschäfte zu. Präsident William Ruto sprach.';
    expect(people(t)).not.toContain('Hauptstadt Nairobi');
    expect(people(t)).toContain('William Ruto');
  });
  it('leaves a noun after an adjective after a preposition (`aus humanitären Gründen Asyl`)', () => {
    const t = 'Chile hat ihnen aus humanitären Gründen Asyl gewährt. Nach chilenischen Angaben Inhaftierte kamen frei.';
    expect(people(t)).toEqual([]);
  });
  it('leaves a thing of a named person (`auf Mendozas Residenz`)', () => {
    const t = 'Die Garden sprachen von einem Angriff auf Mendozas Residenz. Mendoza hatte am Dienstag den Präsidenten getroffen.';
    expect(people(t)).not.toContain('Mendozas Residenz');
  });
  it('reads a country the ISO list names long (`Syrien, Arabische Republik`) as a country after a role', () => {
    expect(people('Moskau meldete, dass der Machthaber Syrien verlassen habe.')).toEqual([]);
  });
  it('still finds a given name the list does not hold before a surname', () => {
    expect(people('Der Moderator Tucker Carlson sprach mit ihm. Carlson sagte, es sei lang gewesen.')).toContain('Tucker Carlson');
  });
});
