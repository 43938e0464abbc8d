import { describe, expect, it } from 'vitest';
import { hasUrl } from '../../../../src/core/ingest/extract/features';
import { hasMonthNearFigure, dateTriggers } from '../../../../src/core/ingest/dates/names';

// The hand-written scans stand in for a pattern (or a fuller scan): on every line they must
// answer exactly as it does, including on the shapes that sit at its edges.
const URL_RE = /https?:|www\.|\.(?:com|de|org|net)\b|@\w/;

/** Lines built from pieces that sit at the patterns' edges, deterministic. */
function lines(n: number): string[] {
  const bits = ['http', 'https', ':', 's:', 'www', '.', '.com', '.de', '.dex', '.org_', '.net.', '@', '@_', '@ ', 'ä', ' ',
    'März', 'märz', '12', '3.', 'May', 'mai', 'Januar', 'january', '2024', 'Mo', 'x', 'Maiglöckchen', '-', 'Okt.'];
  let seed = 7;
  const rnd = (k: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; };
  return Array.from({ length: n }, () => Array.from({ length: 1 + rnd(8) }, () => bits[rnd(bits.length)]).join(''));
}

describe('fast scans', () => {
  it('read a line as its pattern does', () => {
    expect(hasUrl('see www.example.org')).toBe(true);
    expect(hasUrl('mail me @home')).toBe(true);
    expect(hasUrl('the .dex file, a.com_x and an @ sign')).toBe(false);
    for (const l of lines(20_000)) expect([l, hasUrl(l)]).toEqual([l, URL_RE.test(l)]);
  });
  it('find a month beside a figure as the full trigger scan does', () => {
    expect(hasMonthNearFigure('am 3. März 2024')).toBe(true);
    expect(hasMonthNearFigure('Maiglöckchen 12')).toBe(false);
    for (const l of lines(20_000)) expect([l, hasMonthNearFigure(l)]).toEqual([l, dateTriggers(l).has('month-number')]);
  });
});
