import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { findSources } from '../../../src/core/analysis/sources';
import { splitSentences } from '../../../src/core/text/sentences';

// Invented people (names6 pass, `eval/names/finder-places.tsv`, `finder-particles.tsv`).
const found = (t: string, kind = 'person') => {
  const spans = splitSentences(t);
  return findEntities(t, spans, { sources: findSources(t, spans) })
    .filter((e) => e.kind === kind)
    .map((e) => `${e.text} → ${e.name}`);
};

describe('a given name that is also a country', () => {
  it('opens a name after a role', () => {
    expect(found('Der neue Verteidigungsminister Israel Rabinsky kündigte am Dienstag Reformen an.')).toEqual(['Israel Rabinsky → Israel Rabinsky']);
  });
  it('opens a name the report goes on to call by its surname, which is then his', () => {
    expect(found('Israel Rabinsky wurde in Haifa geboren. Später wurde Rabinsky Minister.'))
      .toEqual(['Israel Rabinsky → Israel Rabinsky', 'Rabinsky → Israel Rabinsky']);
  });
  it('opens a name set off as an apposition', () => {
    expect(found('Der Chef der Diplomatie, Israel Rabinsky, reiste nach Berlin.')).toEqual(['Israel Rabinsky → Israel Rabinsky']);
    expect(found('Israel Rabinsky, bis dahin Außenminister, versprach Härte.')).toEqual(['Israel Rabinsky → Israel Rabinsky']);
  });
  it('stays the country without such a sign, beside a group, a place or an open compound', () => {
    expect(found('Mitten im Krieg hatte Israel Hamas und Hisbollah zugleich angegriffen.')).toEqual([]);
    expect(found('In der Nacht hat Israel Nuklear- und Militärziele angegriffen. Die iranische Nuklear- und Raketenindustrie sei getroffen.')).toEqual([]);
    expect(found('Am Morgen griff Israel Gaza an. In Gaza starben viele Menschen.')).toEqual([]);
  });
});

describe('a surname particle written capitalised after a given name', () => {
  it('is part of the surname (`De`, `Van Der`)', () => {
    expect(found('Der Belgier Jonas De Wulf traf zweimal.')).toEqual(['Jonas De Wulf → Jonas De Wulf']);
    expect(found('Die Ministerin Marie Van Der Steen kam nach Brüssel.')).toEqual(['Marie Van Der Steen → Marie Van Der Steen']);
  });
  it('and the bare surname keeps its particles as the whole name writes them', () => {
    expect(found('Bundespräsident Anton Van der Hoeven sprach. Danach sagte Van der Hoeven, er sei zufrieden.'))
      .toEqual(['Anton Van der Hoeven → Anton Van der Hoeven', 'Van der Hoeven → Anton Van der Hoeven']);
  });
  it('not a German word a capital may begin (`Da`, `Du`)', () => {
    expect(found('Ich bat Peter, Da Silva zu fragen.')).not.toContain('Peter Da Silva → Peter Da Silva');
    expect(found('Liebe Anna, Du Glückliche!')).toEqual([]);
  });
});

describe('an East Asian given name whose second syllable is capitalised', () => {
  it('is read after a known East Asian surname (`Lee Jae-Myung`), also at a sentence start', () => {
    expect(found('Choi Min-Ho, Vorsitzender der Partei, kündigte Widerstand an.')).toEqual(['Choi Min-Ho → Choi Min-Ho']);
    expect(found('Die Klage richtet sich gegen den Kommandeur Park Su-Jin.')).toEqual(['Park Su-Jin → Park Su-Jin']);
  });
  it('not a German compound of two short words after another word', () => {
    expect(found('Der Verein Rot-Weiss und die Firma Nord-Ost kamen.')).toEqual([]);
  });
});
