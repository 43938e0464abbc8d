import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { findSources } from '../../../src/core/analysis/sources';
import { splitSentences } from '../../../src/core/text/sentences';
import { mayBeGivenName } from '../../../src/core/analysis/given-names';

const people = (t: string) => {
  const spans = splitSentences(t);
  return findEntities(t, spans, { sources: findSources(t, spans) })
    .filter((e) => e.kind === 'person')
    .map((e) => e.name);
};

// Invented surnames throughout; the given names are older German ones the baby-name list lacks
// (`data/de-more-given-names.json`), the other words ordinary words of the word lists.
describe('older German given names', () => {
  it('are given names a cue that a run is no person must not overrule', () => {
    for (const name of ['günther', 'gunther', 'holger', 'elke', 'eberhard', 'irmgard', 'waltraud']) expect(mayBeGivenName(name)).toBe(true);
    // Words first, though some list holds them as names.
    for (const word of ['reiner', 'florenz', 'luder']) expect(mayBeGivenName(word)).toBe(false);
  });
  it('open a name after a role, so the role is not glued to a bare given name', () => {
    expect(people('Der Plan stößt auf Widerstand bei Landeshauptmann Waltraud Quirnbach (ÖVP).')).toEqual(['Waltraud Quirnbach']);
    expect(people('Zugestimmt hat auch Vizerektorin Irmgard Pelzhofer.')).toEqual(['Irmgard Pelzhofer']);
  });
});

describe('a run of two listed words, the second a lexicon word', () => {
  it('names a thing, not a person', () => {
    expect(people('Mit einer Portion Wiener Schmäh besprechen die beiden die Woche.')).toEqual([]);
  });
  it('keeps a person whose given name no list holds before a surname the lexicon knows', () => {
    expect(people('Gewonnen hat am Sonntag Tiberan Berger aus dem Nachbarort.')).toEqual(['Tiberan Berger']);
  });
});

describe('a bare word beside a verb of saying', () => {
  it('is no speaker when it is a long compound noun or an adverb made of a participle', () => {
    expect(people('Der Verband forderte Schutzkleidung für alle Beschäftigten.')).toEqual([]);
    expect(people('Die Rede war lang. Abschließend forderte sie die Regierung zum Handeln auf.')).toEqual([]);
  });
  it('is a speaker when it is a surname', () => {
    expect(people('Das sei ein Fehler gewesen, sagte Quirnbach am Montag.')).toEqual(['Quirnbach']);
  });
});
