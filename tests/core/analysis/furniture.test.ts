import { describe, expect, it } from 'vitest';
import { isFurnitureSentence } from '../../../src/core/analysis/furniture';

describe('isFurnitureSentence', () => {
  it('knows publication stamps, broadcast lines and reading times in any case', () => {
    expect(isFurnitureSentence('Stand: 19.11.2025, 09:47 Uhr')).toBe(true);
    expect(isFurnitureSentence('Das Interview wurde am 9. Dezember im Programm von Radio Eins gesendet.')).toBe(true);
    expect(isFurnitureSentence('LESEZEIT: 3 MIN.')).toBe(true);
    expect(isFurnitureSentence('Aktualisiert am 18.02.2024 - 11:16 Uhr')).toBe(true);
  });

  it('reads the letters Unicode case folding joins to ASCII ones as those letters (long s, Kelvin sign)', () => {
    expect(isFurnitureSentence('Le\u017fezeit: 3 Minuten')).toBe(true);
    expect(isFurnitureSentence('In der Mediathe\u212A abrufbar')).toBe(true);
    // Under case folding `ſ` is a word character: no word boundary before `Stand:` here.
    expect(isFurnitureSentence('\u017fStand: offen')).toBe(false);
  });

  it('leaves a sentence that reports an event alone', () => {
    expect(isFurnitureSentence('Witkoff traf Putin am Freitag in St. Petersburg.')).toBe(false);
    expect(isFurnitureSentence('Der Stand der Verhandlungen ist offen, sagte er am 3. März.')).toBe(false);
  });
});
