import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { findSources } from '../../../src/core/analysis/sources';
import { splitSentences } from '../../../src/core/text/sentences';

const people = (t: string) => {
  const spans = splitSentences(t);
  return findEntities(t, spans, { sources: findSources(t, spans) })
    .filter((e) => e.kind === 'person')
    .map((e) => e.name);
};

describe('a role in politics or campaigning before a name', () => {
  it('is no given name of the person it names (invented names)', () => {
    expect(people('Rede in Berlin. Oppositionspolitikerin Yulia Sarnavskaya trat am Freitag auf. Sarnavskaya wirkte gefasst.')).toEqual(['Yulia Sarnavskaya', 'Yulia Sarnavskaya']);
    expect(people('Am Montag: Bürgerrechtler Pawel Dorenko wurde festgenommen. Dorenko schwieg.')).toEqual(['Pawel Dorenko', 'Pawel Dorenko']);
  });
});
