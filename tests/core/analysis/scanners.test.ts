import { describe, expect, it } from 'vitest';
import { isJsSpace, isLetterOrDigitCode, isLowerCode, isUpperCode, letterOrDigitAt, letterOrDigitBefore } from '../../../src/core/text/chars';
import { suffixTest } from '../../../src/core/analysis/suffixes';
import { WordTable } from '../../../src/core/analysis/word-table';
import { wordPass } from '../../../src/core/analysis/entity-tokens';
import { findSources } from '../../../src/core/analysis/sources';
import { splitSentences } from '../../../src/core/text/sentences';
import { contentStems } from '../../../src/core/analysis/content-words';
import { passFigureWords, passStems } from '../../../src/core/analysis/sentence-runs';
import { numberTokens } from '../../../src/core/analysis/numbers';

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

describe('wordPass', () => {
  // Hyphens, apostrophes, an astral letter, a photo credit and a copyright line: the runs are
  // what a Unicode regex finds in each sentence cut out on its own, credits included.
  const text = "Der US-Sender CNN berichtet. Laut Nachrichtenagentur Interfax (Foto: dpa) sagte O'Brien 𝐀b: «Gut.» © Omar Sanadiki/AP/dpa\nn-tv und x-Reuters, Reuters-Bericht.";
  const spans = splitSentences(text);

  it('keeps the runs of letters and digits of every sentence', () => {
    const pass = wordPass(text, spans);
    spans.forEach((s, si) => {
      const runs = [];
      for (let a = pass.runFrom[si]!; a < pass.runTo[si]!; a++) runs.push(text.slice(pass.runStart[a]!, pass.runEnd[a]!));
      expect(runs).toEqual(text.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu) ?? []);
    });
    expect(pass.toks.wordsOf(0, pass.toks.length)).not.toContain('Sanadiki'); // a credit names no one
  });

  it('finds sources after media nouns and known sources by name, not after a hyphen', () => {
    const names = findSources(text, spans).map((s) => [s.name, s.mentions.map((m) => text.slice(m.start, m.end))]);
    expect(names).toEqual([
      ['CNN', ['CNN']],
      ['Interfax', ['Interfax']],
      ['dpa', ['dpa', 'dpa']], // as before: the source scan does not know photo credits
      ['n-tv', ['n-tv']],
      ['Reuters', ['Reuters']],
    ]);
  });

  it('reads a sentence\'s content stems and figure words from its runs as scans of its characters find them', () => {
    // Sentences, a sentence with the gap before it (a dated sentence's context), a sentence with
    // a letter beyond the BMP (`𝐀b`: there the scans break words, the runs do not), ranges that
    // are no sentence, and figures joined by `.` `,` `-` `’`.
    const figures = "Über 1.000 Menschen kamen. Rund 4,5 Mio. Euro fehlen - der 28-Punkte-Plan, O’Briens 3-4-Sieg... 12 '34.";
    for (const t of [text, figures]) {
      const sentences = splitSentences(t);
      const pass = wordPass(t, sentences);
      const ranges: [number, number][] = sentences.map((s) => [s.start, s.end]);
      for (let k = 1; k < sentences.length; k++) ranges.push([sentences[k - 1]!.end, sentences[k]!.end]);
      ranges.push([0, t.length], [sentences[1]!.start + 3, sentences[1]!.end], [sentences[0]!.start, sentences[1]!.end]);
      for (const [from, to] of ranges) {
        expect([from, to, passStems(t, pass, from, to)]).toEqual([from, to, contentStems(t, from, to)]);
        expect([from, to, passFigureWords(t, pass, from, to)]).toEqual([from, to, numberTokens(t, from, to)]);
      }
    }
  });

  it('refuses a word pass of other sentences', () => {
    expect(() => findSources(text, spans, wordPass(text, spans.slice(1)))).toThrow(/other ranges/);
  });
});
