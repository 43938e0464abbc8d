import { describe, expect, it } from 'vitest';
import { bestSpan, isProse, lineValues } from '../../../../src/core/ingest/extract/content';
import { splitLines } from '../../../../src/core/ingest/extract/segment';

describe('bestSpan', () => {
  it('finds the maximum-sum run and null when nothing is positive', () => {
    expect(bestSpan([-1, 5, -2, 6, -20, 3])).toEqual([1, 3]);
    expect(bestSpan([-1, -2])).toBeNull();
  });
});

describe('lineValues', () => {
  it('values paragraphs above menus and discounts isolated teasers', () => {
    const lines = splitLines([
      'Home', 'World',
      'The storm hit the coast early on Tuesday, leaving thousands of homes without power for hours.',
      'Officials said repairs would take days, and urged residents to stay indoors until the winds eased.',
      'Other headline about something else entirely',
      'A teaser sentence of another article that is long enough to look like prose at first sight.',
      'Yet another headline here',
    ].join('\n'));
    const v = lineValues(lines, lines.map(() => ({ type: 'free' as const })), 'en');
    expect(v[0]).toBeLessThan(0);
    expect(v[2]).toBeGreaterThan(10);
    expect(v[5]).toBeLessThan(v[3]! / 2);
    expect(bestSpan(v)).toEqual([2, 3]);
  });
  it('walls comments off', () => {
    const lines = splitLines('A long enough paragraph of running text that ends with a full stop here.\nA comment.');
    const v = lineValues(lines, [{ type: 'free' }, { type: 'wall' }], 'en');
    expect(v[1]).toBeLessThan(-1e6);
    expect(isProse(lines[0]!, 'en')).toBe(true);
  });
});
