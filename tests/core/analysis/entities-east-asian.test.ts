import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { findSources } from '../../../src/core/analysis/sources';
import { isRomanisedSyllable, isSurnameFirst } from '../../../src/core/text/name-order';
import { splitSentences } from '../../../src/core/text/sentences';

// Invented people; the kinds are those of German news (names5 pass, `eval/names/finder-sentences.tsv`).
const people = (t: string) => {
  const spans = splitSentences(t);
  return findEntities(t, spans, { sources: findSources(t, spans) })
    .filter((e) => e.kind === 'person')
    .map((e) => `${e.text} → ${e.name}`);
};
const listed = (w: string) => ['kim', 'anna', 'peter'].includes(w.toLowerCase());

describe('an East Asian name surname first, whose words a German list holds', () => {
  it('is whole when its surname is a German given name (`Kim`)', () => {
    expect(people('Machthaber Kim Hyo Un besuchte am Montag eine Fabrik.')).toEqual(['Kim Hyo Un → Kim Hyo Un']);
    expect(people('Der frühere Präsident Kim Sae-jung erhielt einen Preis.')).toEqual(['Kim Sae-jung → Kim Sae-jung']);
  });
  it('is whole when a syllable of its given name is a frequent German word (`Un`, `In`, `Jung`, `Song`)', () => {
    expect(people('Präsident Moon Tae In reiste nach Berlin.')).toEqual(['Moon Tae In → Moon Tae In']);
    expect(people('Danach trat Kim Hae Jung im Februar das Amt an.')).toEqual(['Kim Hae Jung → Kim Hae Jung']);
    expect(people('Ihr Onkel Chang Song Thaek war damals in Seoul.')).toEqual(['Chang Song Thaek → Chang Song Thaek']);
  });
  it('is found when its surname ends like a German noun (`Chen`) or follows a verb', () => {
    expect(people('Chen Mei-lian ist eine Befürworterin der Unabhängigkeit.')).toEqual(['Chen Mei-lian → Chen Mei-lian']);
    expect(people('Gestern sagte Lee Kuan Hoi, er sei zufrieden.')).toEqual(['Lee Kuan Hoi → Lee Kuan Hoi']);
  });
  it('is a person of its own beside another of its surname the report names first', () => {
    expect(people('Machthaber Kim Jae Il lobte seine Schwester Kim Yo Sun. Kim sprach lange.'))
      .toEqual(['Kim Jae Il → Kim Jae Il', 'Kim Yo Sun → Kim Yo Sun', 'Kim → Kim Jae Il']);
  });
});

describe('names the East Asian reading leaves as they were', () => {
  it('a given name `Kim` before a western surname, and a title of three capitalised words', () => {
    expect(people('Die Schauspielerin Kim Basinger kam zur Premiere.')).toEqual(['Kim Basinger → Kim Basinger']);
    expect(people('Er brachte den Film unter dem Titel Funny Games U.S. heraus.')).toEqual([]);
  });
  it('a frequent word that is no romanised syllable ends no such name', () => {
    expect(isSurnameFirst(['Kim', 'Jong', 'Un'], listed, true)).toBe(true);
    expect(isSurnameFirst(['Kim', 'Jong', 'Un'], listed)).toBe(false);
    expect(isSurnameFirst(['Kim', 'Anna', 'Un'], listed, true)).toBe(false);
    expect(['Jong', 'Un', 'In', 'Thaek', 'Hsien'].every(isRomanisedSyllable)).toBe(true);
    expect(['Rede', 'Land', 'Welt', 'Bild', 'Uns'].some(isRomanisedSyllable)).toBe(false);
  });
});
