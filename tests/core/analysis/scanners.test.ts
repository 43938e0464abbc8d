import { describe, expect, it } from 'vitest';
import { isJsSpace, isLetterOrDigitCode, isLowerCode, isUpperCode, letterOrDigitAt, letterOrDigitBefore } from '../../../src/core/text/chars';
import { suffixTest } from '../../../src/core/analysis/suffixes';
import { WordTable } from '../../../src/core/analysis/word-table';

/** Every UTF-16 code unit. */
const UNITS = Array.from({ length: 65536 }, (_, c) => c);

describe('chars', () => {
  it('agrees with the Unicode-property regexes on every code unit', () => {
    const bad = UNITS.filter((c) => {
      const ch = String.fromCharCode(c);
      return (
        isLetterOrDigitCode(c) !== /^[\p{L}\p{N}]$/u.test(ch) ||
        isUpperCode(c) !== /^\p{Lu}$/u.test(ch) ||
        isLowerCode(c) !== /^\p{Ll}$/u.test(ch) ||
        isJsSpace(c) !== /^\s$/.test(ch)
      );
    });
    expect(bad).toEqual([]);
  });

  it('reads astral letters as one letter of two code units, and lone surrogates as none', () => {
    const text = 'a𝐀-\ud835b😀';
    expect(letterOrDigitAt(text, 0)).toBe(1);
    expect(letterOrDigitAt(text, 1)).toBe(2); // MATHEMATICAL BOLD CAPITAL A
    expect(letterOrDigitAt(text, 2)).toBe(0); // its low half on its own
    expect(letterOrDigitAt(text, 4)).toBe(0); // a lone high surrogate
    expect(letterOrDigitAt(text, 6)).toBe(0); // an emoji is no letter
    expect(letterOrDigitAt(text, 99)).toBe(0);
    expect(letterOrDigitBefore(text, 3)).toBe(2);
    expect(letterOrDigitBefore(text, 4)).toBe(0);
    expect(letterOrDigitBefore(text, 0)).toBe(0);
  });
});

describe('suffixTest', () => {
  const endings = ['ung', 'ungen', 'präsident', 'tät', 'dr'];
  const re = /(?:ung|ungen|präsident|tät|dr)$/i;
  const test = suffixTest(endings);
  it('answers as the end-anchored case-insensitive regex does', () => {
    const words = ['Regierung', 'REGIERUNGEN', 'Kremlpräsident', 'US-PRÄSIDENT', 'Universität', 'UNIVERSITÄT', 'Dr', 'dR', 'Ung', 'ng', 'g', '', 'Straße', 'Ungar', 'Präsidentin', 'İung', 'Kung', 'ſung'];
    for (const w of words) expect([w, test(w)]).toEqual([w, re.test(w)]);
  });
  it('refuses an ending shorter than two letters', () => {
    expect(() => suffixTest(['n'])).toThrow('suffixTest: ending "n" is shorter than two letters');
  });
});

describe('WordTable', () => {
  it('gives what a Map gives, the last number for a word given twice, and nothing for other words', () => {
    const entries: [string, number][] = [['und', 0], ['der', 1], ['regierung', 2], ['und', 3], ['', 4], ['straße', 5]];
    const table = new WordTable(entries);
    const map = new Map(entries);
    for (const w of ['und', 'der', 'regierung', '', 'straße', 'strasse', 'Und', 'un', 'undd', 'x'.repeat(40)]) expect([w, table.get(w)]).toEqual([w, map.get(w)]);
  });
});
