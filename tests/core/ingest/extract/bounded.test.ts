import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/core/ingest/extract/index';
import { seededRandom as rng } from '../../../support/random';

/**
 * No input may hang extraction: every stage must be linear (or bounded) in the page's size.
 * Each page below is random or built to provoke backtracking (long runs of one character,
 * repeated separators, runs of whitespace after a keyword); extraction must finish within a
 * budget per kB. The budget is some hundred times the measured cost of ordinary pages, so a
 * loaded machine does not flake it, while a quadratic stage on these sizes takes minutes.
 */
const BUDGET_FIXED_MS = 1_500;
const BUDGET_PER_KB_MS = 20;

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Words the rules react to: months, labels, credits, comment and date words, separators. */
const TRIGGERS = [
  '12.', 'April', 'Mai', '2025', '19.11.2025,', '09:47', 'Uhr', 'am', 'um', 'Stand:', 'updated', 'Foto:', '©',
  '(mit', 'dpa)', 'Von', 'By', 'says:', 'Reply', 'Antworten', 'Kommentare', '13', 'comments', 'Tags:', 'Quelle:',
  'Share', 'Advertisement', 'Anzeige', '|', '·', '–', '-', '/', ':', ',', '"', '„', '(', ')', '{', '}', ';', '=',
  'window.x', 'a_b_c', 'var', 'de', 'octobre', '2017年', '02月', 'Witkoff', 'Moskau', 'WASHINGTON', '(AP)', '—',
];
const SPACES = [' ', '  ', '\t', ' \t ', '    '];

function triggerSoup(r: () => number, chars: number, lineEvery: number): string {
  const out: string[] = [];
  let n = 0;
  while (n < chars) {
    const w = pick(r, TRIGGERS) + (r() < 0.05 ? pick(r, SPACES).repeat(1 + Math.floor(r() * 200)) : pick(r, SPACES));
    out.push(w);
    n += w.length;
    if (lineEvery && r() < 1 / lineEvery) out.push('\n');
  }
  return out.join('');
}

function unicodeSoup(r: () => number, chars: number): string {
  const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0x24f], [0x400, 0x4ff], [0x3040, 0x30ff], [0x4e00, 0x4fff], [0xac00, 0xac80], [0x2000, 0x206f], [0x1f300, 0x1f64f], [0x300, 0x36f]];
  const out: string[] = [];
  for (let i = 0; i < chars; i++) {
    if (r() < 0.02) { out.push('\n'); continue; }
    const [a, b] = pick(r, ranges);
    out.push(String.fromCodePoint(a + Math.floor(r() * (b - a))));
  }
  return out.join('');
}

const KB = 1024;
/** Runs of one character (or a short unit) that backtracking patterns choke on. */
const RUNS = ['_', '!', '.', '-', ' \t', '\t', '(', '&', ',', '©', '0', 'a', 'aA', '_n', ' |', 'AAA ', '…'];

const cases: [string, () => string][] = [
  ...RUNS.map((u): [string, () => string] => [`a 200 kB line of ${JSON.stringify(u)}`, () => 'Text ' + u.repeat(Math.ceil(200 * KB / u.length)) + ' x']),
  ...['tag:', '(mit ', '(с', '0nov ', 'updated', '©', 'bild', 'DATE', '0\nreplies\tto ', 'Jane says', 'Von Jane', 'e'].map((p): [string, () => string] =>
    [`"${p}" before 100 kB of whitespace`, () => `Heading\n\n${p}${' \t'.repeat(50 * KB)}x\n\nA closing paragraph that reads like prose, as articles do.`]),
  ['30,000 short lines', () => Array.from({ length: 30_000 }, (_, i) => (i % 7 === 0 ? '' : `Item ${i}`)).join('\n')],
  ['30,000 repeated separator lines', () => Array.from({ length: 30_000 }, () => '| · | · |').join('\n')],
  ['a page of 5,000 identical prose lines', () => Array.from({ length: 5_000 }, () => 'The same sentence stands here again, as a scraper may repeat it.').join('\n\n')],
  ['a 300 kB soup of trigger words, one line', () => triggerSoup(rng(1), 300 * KB, 0)],
  ['a 300 kB soup of trigger words in lines', () => triggerSoup(rng(2), 300 * KB, 12)],
  ['a 200 kB unicode soup', () => unicodeSoup(rng(3), 200 * KB)],
  ['deep brackets', () => '('.repeat(50 * KB) + 'x' + ')'.repeat(50 * KB)],
  ['deep quotes and stops', () => ('"„«' + '.!?'.repeat(3)).repeat(20 * KB)],
];

function timeExtract(text: string): number {
  const t0 = performance.now();
  const x = extract({ text, format: 'text' });
  const ms = performance.now() - t0;
  expect(x.text).toBe(text);
  return ms;
}

describe('extraction is bounded in the size of the page', () => {
  for (const [name, make] of cases) {
    it(`finishes within its budget on ${name}`, () => {
      const text = make();
      const budget = BUDGET_FIXED_MS + BUDGET_PER_KB_MS * (text.length / KB);
      expect(timeExtract(text)).toBeLessThan(budget);
    });
  }

  it('reads a page whose underscore rule once hung it for hours', () => {
    const text = ['Home', 'News', '', 'Universities brace for a second wave', '',
      'The reopening of universities has so far resulted in reports of cases at more than sixty institutions across the country.', '',
      '_'.repeat(52), '', 'Health experts warn that without new measures the numbers will keep rising through the autumn term.'].join('\n');
    expect(timeExtract(text)).toBeLessThan(BUDGET_FIXED_MS);
    expect(extract({ text, format: 'text' }).body.join(' ')).toContain('universities');
  });

  it('reads a 10 MB single line in seconds (bench/extract.bench.ts times 50 MB)', () => {
    const line = 'word '.repeat(2 * KB * KB);
    // Dates are still read in all of it, so more per kB than above; a quadratic never ends.
    expect(timeExtract(line)).toBeLessThan(BUDGET_FIXED_MS + BUDGET_PER_KB_MS * (line.length / KB));
  }, 60_000);
});
