import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { findSources } from '../../../src/core/analysis/sources';
import { splitSentences } from '../../../src/core/text/sentences';

const people = (t: string) => {
  const spans = splitSentences(t);
  return findEntities(t, spans, { sources: findSources(t, spans) }).filter((e) => e.kind === 'person').map((e) => `${e.text} → ${e.name}`);
};

// German puts the finite verb second: after a subject pronoun or an opening adverb a lowercase
// word in `-en`/`-e` is the verb, and a name follows it, not a noun after an adjective.
describe('a verb before a name, not an adjective before a noun', () => {
  it('keeps the whole name after a subject pronoun', () => {
    expect(people('Sie trafen Tobias Luther King in Atlanta. Das Treffen war kurz.')).toEqual(['Tobias Luther King → Tobias Luther King']);
    expect(people('Er lobte Jakob Hellwig für seine Arbeit.')).toEqual(['Jakob Hellwig → Jakob Hellwig']);
    expect(people('Wir besuchten Jakob Hellwig damals.')).toEqual(['Jakob Hellwig → Jakob Hellwig']);
  });
  it('keeps it after an adverb or a weekday that opens the sentence', () => {
    expect(people('Gestern ehrte Jakob Hellwig die Helfer.')).toEqual(['Jakob Hellwig → Jakob Hellwig']);
    expect(people('Am Montag besuchte Jakob Hellwig die Stadt. Hellwig blieb kurz.')).toEqual(['Jakob Hellwig → Jakob Hellwig', 'Hellwig → Jakob Hellwig']);
  });
  it('keeps it after a second verb joined by `und` to such a verb', () => {
    expect(people('Sie kamen und trafen Tobias Luther King in Atlanta.')).toEqual(['Tobias Luther King → Tobias Luther King']);
    expect(people('Er kam und lobte Jakob Hellwig für seine Arbeit.')).toEqual(['Jakob Hellwig → Jakob Hellwig']);
  });
  it('still reads an adjective after an article, a preposition or a focus word', () => {
    expect(people('Die alten und neuen Hellwig Werke lagen dort.')).toEqual([]);
    expect(people('Die annektierte Halbinsel Krim liegt im Süden.')).toEqual([]);
    expect(people('Auch ehemalige Minister kritisierten den Plan.')).toEqual([]);
  });
});

// The frequency list, drawn from subtitles, holds German given names (`lucas`, `jordan`); a
// given name of another list before one opened no name.
describe('a German given name as the surname of a person of another language', () => {
  it('is found after a given name of the world lists, and the bare surname follows it', () => {
    expect(people('Der Regisseur George Lucas sprach am Montag. Lucas lachte.')).toEqual(['George Lucas → George Lucas', 'Lucas → George Lucas']);
    expect(people('Gestern sprach Neil Jordan in Berlin.')).toEqual(['Neil Jordan → Neil Jordan']);
  });
  it('leaves two German given names as they were, and opens nothing on a German word', () => {
    expect(people('Der Schauspieler Karl Lucas starb. Lucas wurde 83.')).toEqual(['Karl Lucas → Karl Lucas', 'Lucas → Karl Lucas']);
    expect(people('Mit dabei waren Mark Peter und andere.')).toEqual([]);
  });
});
