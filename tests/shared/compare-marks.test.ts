import { describe, expect, it } from 'vitest';
import { wordRuns } from '../../src/shared/compare-marks';

describe('wordRuns', () => {
  it('finds the words one copy of a wire sentence dropped', () => {
    expect(
      wordRuns(
        'Der Russe war wegen Mordes an einem tschetschenisch-georgischen Dissidenten im Berliner Tiergarten zu lebenslanger Haft verurteilt worden.',
        'Der Russe war wegen Mordes an einem tschetschenisch-georgischen Dissidenten zu lebenslanger Haft verurteilt worden.',
      ),
    ).toEqual({ a: ['im Berliner Tiergarten'], b: [] });
  });
  it('gives each side its own words where a copy edits, punctuation aside', () => {
    expect(wordRuns('Der Kreml hatte von angespannten Verhandlungen gesprochen.', 'Der Kreml hatte von sehr angespannten Gesprächen gesprochen')).toEqual({ a: ['Verhandlungen'], b: ['sehr', 'Gesprächen'] });
  });
  it('is empty for the same words', () => {
    expect(wordRuns('Im Gegenzug gelangten zehn Personen nach Russland.', 'Im Gegenzug gelangten zehn Personen nach Russland')).toEqual({ a: [], b: [] });
  });
});
