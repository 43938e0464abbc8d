import { describe, expect, it } from 'vitest';
import { DATE_PATTERNS } from '../../../../src/core/ingest/dates/find';
import { RELATIVE_RULES } from '../../../../src/core/ingest/dates/relative';
import { FOLD_ONLY, matchesAt, runsOf, startsOf, type StartKey } from '../../../../src/core/ingest/dates/runs';
import { WordFilter } from '../../../../src/core/ingest/dates/word-filter';
import { MONTHS, NUMBER_WORDS, WEEKDAY_INDEX } from '../../../../src/core/ingest/dates/names';
import { seededRandom as random } from '../../../support/random';

/** What dates are made of, in odd cases and company: the pieces are glued with and without blanks. */
const PIECES = [
  '12', '1', '2025', '19.11.2025', '04/05/2015', '2025-11-19', '2017年02月23日', '09:47', 'Uhr', 'um', '3', '31', '1990', '12.', '1er', '1º',
  'April', 'april', 'APRIL', 'Mai', 'may', 'May', 'März', 'MÄRZ', 'Maerz', 'Jänner', 'Sept', 'sept.', 'Okt.', 'Dezember', 'октября', 'listopadu', 'décembre', 'de', 'mayo',
  'Montag', 'montags', 'Dienstagmittag', 'Freitagabends', 'Sonnabend', 'sunday', 'Sunday', 'miércoles', 'am', 'on', 'last', 'nächsten', 'kommenden', 'this',
  'heute', 'gestern', 'morgen', 'Morgen', 'übermorgen', 'Guten', 'früh', 'today',
  'Anfang', 'Ende', 'Mitte', 'im', 'in', 'seit', 'des', 'dieses', 'Monats', 'monat', 'month', 'earlier', 'diesem',
  'vor', 'zwei', 'drei', 'Tagen', 'Wochen', 'Jahre', 'years', 'ago', 'nach', 'später', 'zuvor', 'vom', 'bis', 'zum', 'to', '–', '-',
  'Kelvin', '\u212aommenden', '\u017fonntag', '\u1c80', 'İm', 'der', 'und', 'Regierung', 'x', '𝐀', '\u0308', ',', '.', '(', ')',
];
const GLUE = [' ', ' ', ' ', '', '  ', '\n', '. ', ', ', '-', '\u00a0'];

function textOf(next: () => number, words: number): string {
  let t = '';
  for (let i = 0; i < words; i++) t += PIECES[Math.floor(next() * PIECES.length)]! + GLUE[Math.floor(next() * GLUE.length)]!;
  return t;
}

/** The matches of a global scan with `re`'s pattern: what the date finders did before `runs.ts`. */
function scanned(re: RegExp, text: string): [number, string][] {
  const g = new RegExp(re.source, re.flags.replace('y', 'g'));
  const out: [number, string][] = [];
  for (let m = g.exec(text); m; m = g.exec(text)) out.push([m.index, m[0]]);
  return out;
}

function atStarts(re: RegExp, key: StartKey, text: string): [number, string][] {
  const out: [number, string][] = [];
  matchesAt(re, text, startsOf(runsOf(text), key), (m) => out.push([m.index, m[0]]));
  return out;
}

describe('date patterns tried only at their key runs', () => {
  const patterns = [...DATE_PATTERNS, ...RELATIVE_RULES].map((p) => ({ re: p.re, key: p.key }));

  it('find every match a scan of every position finds, on random texts of date words', () => {
    let matched = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const text = textOf(random(seed), 40);
      for (const { re, key } of patterns) {
        const want = scanned(re, text);
        matched += want.length;
        expect(atStarts(re, key, text), `seed ${seed}, ${re.source.slice(0, 60)}`).toEqual(want);
      }
    }
    // The texts are made to be full of dates: a test that found none would prove nothing.
    expect(matched).toBeGreaterThan(2_000);
  });

  it('know every character that case-folds to a letter of a date word without lowercasing to it', () => {
    const words = [...MONTHS.keys(), ...WEEKDAY_INDEX.keys(), ...NUMBER_WORDS.keys(), 'vorgestern', 'gestern', 'heute', 'übermorgen', 'morgen', 'today', 'yesterday', 'tomorrow', 'monats', 'tagen', 'wochen', 'monaten', 'jahren', 'days', 'weeks', 'months', 'years'];
    const letters = new Set(words.join(''));
    const anyLetter = new RegExp(`^[${[...letters].join('')}]$`, 'iu');
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const x = String.fromCharCode(c);
      if (anyLetter.test(x) && !letters.has(x.toLowerCase())) expect(FOLD_ONLY.test(x), `U+${c.toString(16)}`).toBe(true);
    }
  });

  it('read a month or weekday written with a letter that only case-folds to its own', () => {
    // The Kelvin sign lowercases to k; the long s only folds to s, so such a text is read at every run.
    expect(FOLD_ONLY.test('\u017fonntag')).toBe(true);
    for (const text of ['am \u017fonntag', 'am \u212aommenden Montag', 'Ende O\u212atober', 'am 3. \u017feptember 2024']) {
      for (const { re, key } of patterns) expect(atStarts(re, key, text)).toEqual(scanned(re, text));
    }
  });
});

describe('WordFilter', () => {
  it('lets every word and every case of it through, and most other words not', () => {
    const words = ['januar', 'märz', 'mai', 'übermorgen', 'kommenden', 'октября'];
    const f = new WordFilter().add(words).add(['dienstag'], true);
    const passes = (w: string) => f.mayBe(` ${w} `, 1, w.length + 1);
    for (const w of words) for (const v of [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]) expect(passes(v), v).toBe(true);
    expect(passes('\u212aommenden')).toBe(true);
    expect(passes('Dienstagmittag')).toBe(true);
    for (const w of ['der', 'Regierung', 'Janus', 'mais', 'Dienst', '12', 'x']) expect(passes(w), w).toBe(false);
  });
});
