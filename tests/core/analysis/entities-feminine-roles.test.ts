import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { findSources } from '../../../src/core/analysis/sources';
import { splitSentences } from '../../../src/core/text/sentences';

const people = (t: string) => {
  const spans = splitSentences(t);
  return findEntities(t, spans, { sources: findSources(t, spans) }).filter((e) => e.kind === 'person').map((e) => e.name);
};

describe('a role in its feminine form', () => {
  it('names the person after it as the masculine form does, whichever form the list holds', () => {
    expect(people('Oppositionsführerin Quesnel wandte sich an die Armee.')).toEqual(['Quesnel']);
    expect(people('Die Machthaberin Varelda ließ wählen.')).toEqual(['Varelda']);
    expect(people('Oppositionsführer Quesnel wandte sich an die Armee.')).toEqual(['Quesnel']);
  });
  it('is no name itself', () => {
    expect(people('Die Oppositionsführerin sprach lange.')).toEqual([]);
  });
});

describe('a secretary or a cardinal', () => {
  it('is a role before a name and no word of it', () => {
    expect(people('Generalsekretär Quang Varelda reiste ab.')).toEqual(['Quang Varelda']);
    expect(people('Die Ansprache hielt Synodengeneralsekretär Kardinal Ottavio Bernacchi.')).toEqual(['Ottavio Bernacchi']);
    expect(people('Sowjetisch ausgebildeter Trongals Generalsekretär der Partei war er die mächtigste Figur.')).toEqual([]);
  });
});

describe('the word for a part of a town', () => {
  it('opens no person: the words after it name the place', () => {
    expect(people('Sein Wohnsitz lag im Stadtteil Tran Vu, nahe dem Fluss.')).toEqual([]);
    expect(people('Wohnsitz: Ngo Quang Straße 5, Stadtteil Tran Vu, Bezirk Hai Luong.')).toEqual([]);
    expect(people('Im Stadtviertel Bab Tarik wurde gefeiert.')).toEqual([]);
  });
});

describe('a word for a region or a district in its genitive', () => {
  it('opens no person: the words after it name the place', () => {
    expect(people('Sie sei in Qorvala, der Hauptstadt des nordöstlichen indischen Bundesstaates Varelda, gelandet.')).toEqual([]);
    expect(people('Die Wahl des Bezirks Tran Vu war umstritten.')).toEqual([]);
    expect(people('Die Behörden des Landkreises Ober Quesnel warnten.')).toEqual([]);
  });
  it('leaves a person after a role there a person', () => {
    expect(people('Der Gouverneur des Bundesstaates, Ramiro Quesnel, trat zurück.')).toEqual(['Ramiro Quesnel']);
  });
});
