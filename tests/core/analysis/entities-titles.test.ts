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

const people = (t: string) => mentions(t).map((m) => m.split(' → ')[1]!);

// The frequency list is drawn from subtitles: it holds English surnames (`king`, `young`) and
// given names (`jean`), so a name ending in one was cut or lost.
describe('an English surname the German frequency list holds', () => {
  it('ends a name of two given names (`Martin Luther King`, `Billie Jean King`)', () => {
    expect(people('Sie erinnerte an Tobias Luther King und seine Rede. Die Rede wurde berühmt.')).toEqual(['Tobias Luther King']);
    expect(people('Die Tennisspielerin Billie Jean King gewann. King sprach danach.')).toEqual(['Billie Jean King', 'Billie Jean King']);
  });
  it('makes a person of a given name of another list and it, after a role noun too', () => {
    expect(people('Die Sängerin Carole King trat auf. Das Konzert war ausverkauft.')).toEqual(['Carole King']);
    // `Young` ends as German nouns do (`-ung`).
    expect(people('Der Sänger Peter Young trat auf. Das Konzert war ausverkauft.')).toEqual(['Peter Young']);
  });
  it('not an English function word, a plural, a thing or a title that goes on, nor a German given name', () => {
    expect(people('Die Firma bietet Dropbox und Ubuntu One an.')).toEqual([]);
    expect(people('Es spielten die Dallas Stars gegen Chicago.')).toEqual([]);
    expect(people('Es spielten die Columbus Blue Jackets gegen Chicago.')).toEqual([]);
    expect(people('Der Entwickler zeigte Allison Road im Herbst.')).toEqual([]);
    expect(people('Die Martin Luther Straße ist gesperrt.')).toEqual([]);
  });
});

// The frequency list holds `charles`, `harry` among its most frequent words, and the German
// given-name list lacks them: alone after a role they made no name.
describe('a frequent given name of another language alone after a role', () => {
  it('is a person, also before a regnal number, and its bare mentions are the same', () => {
    expect(people('Der König Charles sprach im Parlament. Charles lobte die Regierung.')).toEqual(['Charles', 'Charles']);
    expect(people('Prinz Harry kam nach London.')).toEqual(['Harry']);
    expect(people('König Charles III. sprach im Parlament.')).toEqual(['Charles']);
  });
  it('not when a capitalised word follows (the run is something else) or the word is German', () => {
    expect(people('Der Trainer Harry Sportverein lobte.')).not.toContain('Harry');
    expect(people('Der Präsident Will es so.')).toEqual([]);
  });
});
