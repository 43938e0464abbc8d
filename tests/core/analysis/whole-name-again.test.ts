import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { splitSentences } from '../../../src/core/text/sentences';

/** The persons the finder reads in a text (invented reports), as their mentions write them. */
function written(text: string): string[] {
  const spans = splitSentences(text, 0, text.length).map((s) => ({ start: s.start, end: s.end }));
  return findEntities(text, spans).filter((e) => e.kind === 'person').map((e) => e.text);
}

describe('a whole name written again after the report named its surname', () => {
  it.each([
    // A second surname, after the whole name without it or after the bare surname.
    ['Der Kandidat Tomás Arbeloa gewann. Tomás Arbeloa Quintero sagte am Montag, er sei zufrieden.', 'Tomás Arbeloa Quintero'],
    ['Der Kandidat Arbeloa gewann. Tomás Arbeloa Quintero sagte am Montag, er sei zufrieden.', 'Tomás Arbeloa Quintero'],
    ['Die Ministerin Inés Valdivia trat ab. «Erste. Inés Valdivia Roura erhielt 51 Prozent», sagte der Sprecher.', 'Inés Valdivia Roura'],
    // Another rendering of the given name is the report's own spelling.
    ['Der Kommandeur Hossein Tarami ist tot. Bevor Hussein Tarami aufstieg, diente er im Krieg.', 'Hussein Tarami'],
    ['Der Minister Joav Kelmar wurde entlassen. Yoav Kelmar sagte, er sei enttäuscht.', 'Yoav Kelmar'],
    // The whole name after only the bare surname.
    ['Verlagschef Lindemeyer lobte das Gedicht. Mathias Lindemeyer schrieb, er habe laut gelacht.', 'Mathias Lindemeyer'],
  ])('%s → %s', (text, name) => {
    expect(written(text)).toContain(name);
  });

  it('two people named in a row stay two (`Präsident Wladimir Petrow Karelin empfange`)', () => {
    const found = written('Präsident Petrow hat Karelin empfangen. Präsident Wladimir Petrow Karelin empfange, hieß es.');
    expect(found).not.toContain('Wladimir Petrow Karelin');
  });

  it('a frequent word after the name is no second surname (`Yoav Kelmar Berichten zufolge`)', () => {
    expect(written('Der Minister Yoav Kelmar wurde entlassen. Yoav Kelmar Berichten zufolge ging er.')).not.toContain('Yoav Kelmar Berichten');
  });

  it('a word before a known surname that is no given name opens no name (`Heute Arbeloa`)', () => {
    expect(written('Der Kandidat Arbeloa gewann. Heute Arbeloa Quintero sagte, er sei zufrieden.').some((p) => p.startsWith('Heute'))).toBe(false);
  });
});

describe('two given names and two surnames', () => {
  it.each([
    ['Spaniens früherer Regierungschef José Luis Iturbe Calvete sagte am Montag, er sei zufrieden.', 'José Luis Iturbe Calvete'],
    ['Mexikos Präsident Andrés Manuel Ibarra Quiroga kritisierte die Entscheidung.', 'Andrés Manuel Ibarra Quiroga'],
  ])('%s → %s', (text, name) => {
    expect(written(text)).toContain(name);
  });

  it('a bare first surname is that person (`Ibarra` of `Andrés Manuel Ibarra Quiroga`)', () => {
    const text = 'Mexikos Präsident Andrés Manuel Ibarra Quiroga sagte am Montag, er sei zufrieden. Ibarra erklärte, die Lage sei gut.';
    const spans = splitSentences(text, 0, text.length).map((s) => ({ start: s.start, end: s.end }));
    const bare = findEntities(text, spans).find((e) => e.kind === 'person' && e.text === 'Ibarra');
    expect(bare?.name).toBe('Andrés Manuel Ibarra Quiroga');
  });

  it.each([
    // A third given name, a fourth word that is a place or a frequent word: three words as before.
    ['Der Trainer Hans Peter Müller Berlin verließ am Montag.', 'Hans Peter Müller'],
    ['Kolumbiens Präsident Juan Manuel Santos erhielt den Friedensnobelpreis.', 'Juan Manuel Santos'],
  ])('%s → %s', (text, name) => {
    expect(written(text)).toContain(name);
  });
});
