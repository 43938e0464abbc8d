import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { isWorldGivenName } from '../../../src/core/analysis/given-names';
import { findSources } from '../../../src/core/analysis/sources';
import { splitSentences } from '../../../src/core/text/sentences';

const people = (t: string) => {
  const spans = splitSentences(t);
  return findEntities(t, spans, { sources: findSources(t, spans) })
    .filter((e) => e.kind === 'person')
    .map((e) => e.name);
};

// Invented surnames; given names of other languages than the German list's (`data/world-given-names.json`).
describe('a name at a sentence’s start whose given name the German list lacks', () => {
  it('is a person (a capital at a sentence’s start says nothing by itself)', () => {
    expect(people('Olaf Korvald hat sein Amt niedergelegt. Korvald nannte keine Gründe.')).toContain('Olaf Korvald');
    expect(people('Jelena Morowina klagt an. Die Witwe sprach in Berlin.')).toContain('Jelena Morowina');
    expect(people('Jusuf Karrubiani ist festgenommen worden.')).toContain('Jusuf Karrubiani');
  });
  it('also in the English rendering of a name the list holds as German writes it', () => {
    expect(people('Yelena Morowina klagt an. Die Witwe sprach in Berlin.')).toContain('Yelena Morowina');
    expect(people('Vadim Tolbarjew hat verloren.')).toContain('Vadim Tolbarjew');
  });
  it('takes a third word the report goes on to use alone, also before a colon', () => {
    expect(people('Die Wahl ist entschieden. Recep Tayfun Oskarlı: 52 Prozent. Oskarlı dankte.')).toContain('Recep Tayfun Oskarlı');
  });
  it('leaves two capitalised words at a sentence’s start that open with no given name alone', () => {
    expect(people('Starke Regenfälle haben Straßen überflutet.')).toEqual([]);
  });
  it('holds no name that is one of the 3,000 most frequent German words first', () => {
    expect(isWorldGivenName('olaf')).toBe(true);
    expect(isWorldGivenName('will')).toBe(false);
    expect(isWorldGivenName('ernst')).toBe(false);
    expect(people('Will Tremmler das wirklich?')).toEqual([]);
  });
});

describe('a noun before a whole name, with no article to mark it', () => {
  it('is no word of the name: the name starts at the given name', () => {
    expect(people('„Ich bin sprachlos“, sagte Anwohnerin Jelka Marovic dem Sender.')).toEqual(['Jelka Marovic']);
    expect(people('Am Montag sprach Mittelfeldmann Bernd Kolarik über das Spiel.')).toEqual(['Bernd Kolarik']);
    expect(people('Das bestätigte Landesrat Jusuf Karrubiani am Abend.')).toEqual(['Jusuf Karrubiani']);
  });
  it('keeps a kunya that opens the name, and a name of three words opened by a given name', () => {
    expect(people('Der Anführer Abu Mohammed al-Kurani sprach am Abend.')).toEqual(['Abu Mohammed al-Kurani']);
    expect(people('Das sagte der Politiker Recep Tayyip Kurani am Abend.')).toEqual(['Recep Tayyip Kurani']);
  });
});
