import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { findSources } from '../../../src/core/analysis/sources';
import { splitSentences } from '../../../src/core/text/sentences';

// Invented people whose surnames are frequent German words (names5 pass, `eval/names/finder-word-surnames.tsv`).
const people = (t: string) => {
  const spans = splitSentences(t);
  return findEntities(t, spans, { sources: findSources(t, spans) })
    .filter((e) => e.kind === 'person')
    .map((e) => `${e.text} → ${e.name}`);
};

describe('a surname that is a frequent German word', () => {
  it('is the surname when the report writes it alone after a verb of saying or a role', () => {
    expect(people('Außenminister Tobias Kurz traf am Montag seinen Amtskollegen. Man sei sich einig, sagte Kurz.'))
      .toEqual(['Tobias Kurz → Tobias Kurz', 'Kurz → Tobias Kurz']);
    expect(people('Die Gewerkschaft lud Jonas Schnell ein. Bürgermeister Schnell lehnte ab.'))
      .toEqual(['Jonas Schnell → Jonas Schnell', 'Schnell → Jonas Schnell']);
  });
  it('is the surname when the report writes the word in lowercase elsewhere', () => {
    expect(people('Am Montag sagte Lene Weil, sie trete zurück, weil die Partei verloren habe.')).toEqual(['Lene Weil → Lene Weil']);
  });
  it('also when it ends like a German noun (`Kern`, `-nis`)', () => {
    expect(people('Bundeskanzler Jonas Kern wurde vereidigt. Die Laune sei schlecht, sagte Kern.'))
      .toEqual(['Jonas Kern → Jonas Kern', 'Kern → Jonas Kern']);
  });
  it('not without such a sign: a noun after a given name stays no surname', () => {
    expect(people('Er gab Peter Geld, weil er kein Geld hatte.')).toEqual([]);
    expect(people('Am Montag traf Tobias Kurz seinen Amtskollegen.')).not.toContain('Tobias Kurz → Tobias Kurz');
  });
});
