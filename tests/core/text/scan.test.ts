import { describe, expect, it } from 'vitest';
import { LETTER, NUMBER } from '../../../src/core/text/chars';
import { forEachRun, forEachWordOrCjk } from '../../../src/core/text/scan';

const CJK = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af';
const SAMPLES = [
  'Gespräche über den Ukrainekrieg: Witkoff traf Putin am 12. April 2025 in St. Petersburg.',
  'Straße, Œuvre, naïve café — e\u0301 (combining), ﬁnal ligature, ² and ½.',
  'トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化・保護する。한국어 문장입니다.',
  'Math 𝐀𝐁𝐂 letters, emoji 😀 between words, 𝟙𝟚 digits, and a lone \ud800 surrogate.',
  'Москва - Кремлевский посланник доволен; Dmitrijew/Dmitriev 2025-11-19, 09:47 Uhr',
  '',
  '   \n\t  ',
];

function runs(text: string, mask: number): string[] {
  const out: string[] = [];
  forEachRun(text, mask, (s, e) => out.push(text.slice(s, e)));
  return out;
}

describe('forEachRun', () => {
  it('finds the same runs as /\\p{L}+/gu', () => {
    for (const t of SAMPLES) expect(runs(t, LETTER)).toEqual(t.match(/\p{L}+/gu) ?? []);
  });

  it('finds the same runs as /[\\p{L}\\p{N}]+/gu', () => {
    for (const t of SAMPLES) expect(runs(t, LETTER | NUMBER)).toEqual(t.match(/[\p{L}\p{N}]+/gu) ?? []);
  });
});

describe('forEachWordOrCjk', () => {
  it('finds the same words as a CJK-or-run regex, CJK characters flagged', () => {
    const re = new RegExp(`[${CJK}]|[\\p{L}\\p{N}]+`, 'gu');
    const cjkOne = new RegExp(`^[${CJK}]$`, 'u');
    for (const t of SAMPLES) {
      const got: [string, boolean][] = [];
      forEachWordOrCjk(t, (s, e, cjk) => got.push([t.slice(s, e), cjk]));
      expect(got).toEqual((t.match(re) ?? []).map((w) => [w, cjkOne.test(w)]));
    }
  });
});
