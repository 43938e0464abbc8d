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
const organisations = (t: string) => {
  const spans = splitSentences(t);
  return findEntities(t, spans, { sources: findSources(t, spans) })
    .filter((e) => e.kind === 'organisation')
    .map((e) => e.name);
};

// Invented names throughout; the words that say what the run names are ordinary words of the
// word lists (English `Games`, German `Spitzenreiter`), as in real copy.
describe('runs named as a thing by their own words', () => {
  it('takes an English plural or an English word after a listed word for no person', () => {
    expect(people('Neu im Angebot sind Valdoro Games und andere Studios.')).toEqual([]);
    expect(people('Laut Marvelo Places sinkt der Absatz weiter.')).toEqual([]);
    expect(people('Neu im Angebot sind Vulkan Engine und andere.')).toEqual([]);
  });
  it('keeps a person whose surname is an English word after a given name no list holds, or whose given name is listed', () => {
    expect(people('Der Sprecher Olvar Pick sagte am Montag, es gebe keine Pläne.')).toEqual(['Olvar Pick']);
    expect(people('Gewonnen hat Olvar Pick am Sonntag.')).toEqual(['Olvar Pick']);
    // A given name's `s` is a genitive, no plural (`Drew` → `Drews`).
    expect(people('Der Sänger Terrance Drews trat am Abend auf.')).toEqual(['Terrance Drews']);
  });
  it('takes a run ending in or followed by a legal form for a firm, also one named after a person', () => {
    expect(people('Auch Velmora GmbH meldete Insolvenz an.')).toEqual([]);
    expect(people('Die Anton Brelig GmbH baut das Werk.')).toEqual([]);
    expect(organisations('Auch Velmora GmbH meldete Insolvenz an.')).toContain('Velmora GmbH');
  });
  it('takes a name’s genitive before a German noun for no person', () => {
    expect(people('Der Pianist spielte dann Tarvelos Klavierkonzert mit großer Ruhe.')).toEqual([]);
    expect(people('Am Ende stand Brelinos Kurzgeschichte im Mittelpunkt.')).toEqual([]);
  });
  it('takes a long German noun before a name for no given name, a short one may be', () => {
    expect(people('Im Derby siegte Spitzenreiter Valdoro mit 2:0.')).toEqual([]);
    expect(people('Den Zuschlag erhielt Autobauer Trelvano aus Turin.')).toEqual([]);
    // `Dietrich` is a word of the lexicons and a given name the lists lack.
    expect(people('Zum Einsatz kam Dietrich Valdoro, der Vizemeister.')).toEqual(['Dietrich Valdoro']);
  });
  it('takes a run opening with a word for a type or ending in a club word for no person', () => {
    expect(people('Geladen wurde App Zorvix zehn Millionen Mal.')).toEqual([]);
    expect(people('Gegen Sport-Club Trelvano verlor das Team.')).toEqual([]);
  });
});
