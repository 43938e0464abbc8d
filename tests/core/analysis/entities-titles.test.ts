import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { findSources } from '../../../src/core/analysis/sources';
import { splitSentences } from '../../../src/core/text/sentences';

const mentions = (t: string) => {
  const spans = splitSentences(t);
  return findEntities(t, spans, { sources: findSources(t, spans) }).filter((e) => e.kind === 'person').map((e) => `${e.text} → ${e.name}`);
};

// German copy translates the honorific English copy writes as the first word of the name
// (`Scheich Hasina` / `Sheikh Hasina`): kept, both renderings are one person with the bare name.
describe('an honorific that is part of how a person is called', () => {
  it('stays with the name after it, in German as in English', () => {
    expect(mentions('Die Regierungschefin Scheich Marwana floh am Montag. Marwana landete in Indien.')).toEqual(['Scheich Marwana → Scheich Marwana', 'Marwana → Scheich Marwana']);
    expect(mentions('Wer ist Scheich Marwana? Marwana regierte lange.')).toEqual(['Scheich Marwana → Scheich Marwana', 'Marwana → Scheich Marwana']);
    expect(mentions('Die Premierministerin Sheikh Marwana floh. Marwana landete in Indien.')).toEqual(['Sheikh Marwana → Sheikh Marwana', 'Marwana → Sheikh Marwana']);
  });
  it('not a role that is no part of a name (`Präsident`)', () => {
    expect(mentions('Präsident Marwana floh am Montag.')).toEqual(['Marwana → Marwana']);
  });
});
