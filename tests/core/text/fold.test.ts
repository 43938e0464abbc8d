import { describe, expect, it } from 'vitest';
import { foldText, foldWord } from '../../../src/core/text/fold';

describe('the one fold', () => {
  it('reads letters that carry their mark in the letter as the bare letter, as German copy writes them', () => {
    expect(foldText('Kılıçdaroğlu')).toBe(foldText('Kilicdaroglu'));
    expect(foldText('Łódź Søren Đoković')).toBe('lodz soren dokovic');
    expect(foldWord('İstanbul')).toBe('istanbul');
    // The Azerbaijani schwa as English and German render it in names.
    expect(foldText('İlham Əliyev Məmmədov')).toBe('ilham aliyev mammadov');
  });
  it('keeps what it folded before: diacritics dropped, ß as ss, compatibility forms unfolded', () => {
    expect(foldText('Gespräche in Straße ﬁnal')).toBe('gesprache in strasse final');
    expect(foldWord('Gespraeche')).toBe('gesprache');
  });
});
