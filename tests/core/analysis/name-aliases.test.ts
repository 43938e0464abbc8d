import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { findAliases } from '../../../src/core/analysis/name-aliases';
import { splitSentences } from '../../../src/core/text/sentences';

const aliases = (t: string) => findAliases(t, findEntities(t, splitSentences(t)));

// Invented names throughout: what is tested is a kind of statement, not a name.
describe('one person under two names, as a report states it', () => {
  it('reads an apposition that says so, after the name or before it', () => {
    expect(aliases('Der Sieger Tau Mei-lin, der auch Peter Tau genannt wird, sprach am Abend.')).toEqual([['Tau Mei-lin', 'Peter Tau']]);
    expect(aliases('Der Vizepräsident Tau Mei-lin, genannt Peter Tau, hat die Wahl gewonnen.')).toEqual([['Tau Mei-lin', 'Peter Tau']]);
    expect(aliases('Die Sängerin Marta Wollny, auch bekannt als Lena Sorvani, trat in Wien auf.')).toEqual([['Marta Wollny', 'Lena Sorvani']]);
    expect(aliases('Der als Peter Tau bekannte Tau Mei-lin gewann die Wahl.')).toEqual([['Tau Mei-lin', 'Peter Tau']]);
  });

  it('reads a bare apposition in brackets only when the two names share a surname', () => {
    expect(aliases('Die Wähler haben Tau Mei-lin (Peter Tau) zum Präsidenten gewählt.')).toEqual([['Tau Mei-lin', 'Peter Tau']]);
    // A part and its actor: no shared surname, a shared given name is none.
    expect(aliases('Im Krimi ermitteln Hanna Brückner (Sabine Oberlander) und Karin Lottmann (Karin Weidlich).')).toEqual([]);
  });

  it('reads no statement in names side by side, a word or a role in brackets', () => {
    expect(aliases('Karl Ostmann und Paul Wendrich trafen sich in Wien.')).toEqual([]);
    expect(aliases('Karl Ostmann (Österreich) und Paul Wendrich (SPD) sprachen lange.')).toEqual([]);
    expect(aliases('Es sprach Karl Ostmann (Leiter Ars Nova Zentrum) vor Gästen.')).toEqual([]);
    expect(aliases('Das Stück von Karl Ostmann (Regie Paula Wendrich) wird gezeigt.')).toEqual([]);
  });
});
