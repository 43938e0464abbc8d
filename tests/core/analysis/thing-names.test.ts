import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { findSources } from '../../../src/core/analysis/sources';
import { splitSentences } from '../../../src/core/text/sentences';

const found = (t: string, kind: string) => {
  const spans = splitSentences(t);
  return findEntities(t, spans, { sources: findSources(t, spans) })
    .filter((e) => e.kind === kind)
    .map((e) => e.text);
};

// Invented names throughout: what is tested is the kind of text around a name, not a name.
describe('names shaped like a person that name something else', () => {
  it('takes a name its own acronym follows or precedes in brackets for an organisation', () => {
    const a = 'Er ist Chef von Tawil Marun al-Sadra (TMS), einer Miliz aus dem Norden.';
    expect(found(a, 'person')).toEqual([]);
    expect(found(a, 'organisation')).toContain('Tawil Marun al-Sadra');
    expect(found('Das Militärkommando der Rebellenarmee TMS (Tawil Marun al-Sadra) meldete den Erfolg.', 'person')).toEqual([]);
  });
  it('keeps a person whose brackets hold another acronym or an age', () => {
    expect(found('Der Sprecher Tawil Marun (TMS) widersprach.', 'person')).toEqual(['Tawil Marun']);
    expect(found('Anwalt Pierre Dulac (52) widersprach am Montag.', 'person')).toEqual(['Pierre Dulac']);
  });
  it('takes a quotation that is the whole name for a title, a quote that goes on for speech', () => {
    expect(found('Dort schrieb der Autor 1814 das "Silver Morgan Banner", nachdem er Zeuge wurde.', 'person')).toEqual([]);
    expect(found('„Pierre Dulac ist ein Held“, sagte sie am Abend.', 'person')).toEqual(['Pierre Dulac']);
  });
  it('takes no name after English `the` for a person', () => {
    expect(found('I thank the Armed Guards of Ruritania for their work, she wrote.', 'person')).toEqual([]);
  });
  it('takes a name after the head of a thing or a word for a type, also across a role, for no person', () => {
    expect(found('Der Verkehr am Flughafen Imam Rahmani wurde eingestellt.', 'person')).toEqual([]);
    expect(found('Ein Jet vom Typ Falcon Sorrento stürzte ab.', 'person')).toEqual([]);
    // Without those words the same shapes are people.
    expect(found('Der Prediger Imam Rahmani sprach am Freitag.', 'person')).toEqual(['Rahmani']);
  });
});

describe('names after a word for a place or a club, and clubs and agencies', () => {
  it('takes a name after a word for a place for no person', () => {
    expect(found('In dem Ort Kyaw Tenlin im Landesinneren stürzte eine Brücke ein.', 'person')).toEqual([]);
    expect(found('Die Hafenstadt Marek Olund meldete Schäden.', 'person')).toEqual([]);
    // A person after such a word in apposition stays one.
    expect(found('Der Bürgermeister der Stadt, Marek Olund, sprach von Schäden.', 'person')).toContain('Marek Olund');
  });
  it('takes a club named after its first word or after a word for a club for no person', () => {
    expect(found('Er kam aus der Jugend von Dinamo Welikan und spielte später in England.', 'person')).toEqual([]);
    expect(found('1995 wechselte er zum Klub Torsan Amalia.', 'person')).toEqual([]);
  });
  it('takes a name after a word for an institution or a site, or a compound it ends, for an organisation', () => {
    expect(found('Aus dem Hauptquartier Tamar al-Sedra hieß es, die Lage sei stabil.', 'person')).toEqual([]);
    expect(found('Die Regierungspartei Marun Vedra gewann die Wahl deutlich.', 'person')).toEqual([]);
    expect(found('Die Strafkolonie Polar Taiga liegt im Norden.', 'person')).toEqual([]);
    // After a role, a person still.
    expect(found('Der Parteichef Marun Vedra trat zurück.', 'person')).toEqual(['Marun Vedra']);
  });
  it('takes a name that opens with a declined adjective or an English demonym for an organisation, not a given name', () => {
    expect(found('Helfer des Iranischen Roten Halbmonds suchten die Stelle ab.', 'person')).toEqual([]);
    expect(found('Am Abend teilte Roter Halbmond mit, man habe Helfer geschickt.', 'person')).toEqual([]);
    expect(found('Die Regierung stellt seit 2012 Georgian Dream, sagte er.', 'person')).toEqual([]);
    expect(found('Auch Iranian Red Crescent schickte Helfer.', 'person')).toEqual([]);
    // Given names stay people, also those the frequency list holds with another form (`steve`, `steven`).
    expect(found('Das sagte der Manager Steve Marlow am Montag in Berlin.', 'person')).toEqual(['Steve Marlow']);
    expect(found('Das sagte der Manager Christian Vedra am Montag in Berlin.', 'person')).toEqual(['Christian Vedra']);
    expect(found('Der Sprecher Tawil Marun widersprach.', 'person')).toEqual(['Tawil Marun']);
  });
  it('reads an agency whose acronym is written as a word as that agency', () => {
    const t = 'Das meldeten die Agenturen Interfax, Tass und Ria Nowosti am Abend.';
    expect(found(t, 'person')).toEqual([]);
    expect(findSources(t, splitSentences(t)).map((s) => s.name)).toContain('Ria Nowosti');
  });
});
