import { describe, expect, it } from 'vitest';
import { findAll, markSegments, rangesWithin, toOriginalRuns } from '../../src/renderer/src/lib/highlight';
import type { Block } from '../../src/shared/api';

describe('findAll', () => {
  it('ignores case and accents and maps back to the original offsets', () => {
    const text = 'Die Gespräche mit KELLOGG und kellogg; Gesprache.';
    expect(findAll(text, 'gesprache').map(([s, e]) => text.slice(s, e))).toEqual(['Gespräche', 'Gesprache']);
    expect(findAll(text, 'Kellogg').map(([s, e]) => text.slice(s, e))).toEqual(['KELLOGG', 'kellogg']);
  });

  it('handles decomposed accents in the text', () => {
    const text = 'Gespra\u0308che';
    expect(findAll(text, 'gespräche')).toEqual([[0, text.length]]);
  });

  it('finds nothing for blank input', () => {
    expect(findAll('abc', '  ')).toEqual([]);
  });
});

describe('markSegments', () => {
  it('marks the parts of ranges that fall into the text, numbered by range', () => {
    const segs = markSegments('vier Stunden lang', 100, [
      [90, 95],
      [100, 104],
      [105, 112],
    ]);
    expect(segs).toEqual([
      { text: 'vier', hit: 1 },
      { text: ' ', hit: null },
      { text: 'Stunden', hit: 2 },
      { text: ' lang', hit: null },
    ]);
  });

  it('cuts a range that runs past the end', () => {
    expect(markSegments('abc', 10, [[12, 20]])).toEqual([
      { text: 'ab', hit: null },
      { text: 'c', hit: 0 },
    ]);
  });
});

describe('rangesWithin', () => {
  it('keeps ranges that overlap a shown span', () => {
    expect(rangesWithin([[0, 2], [10, 12], [20, 25]], [[9, 15], [24, 30]])).toEqual([[10, 12], [20, 25]]);
  });
});

describe('toOriginalRuns', () => {
  it('cuts the text at its blocks and keeps text between them unmarked', () => {
    const text = 'Title\n\nstray words\n\nBody.';
    const blocks: Block[] = [
      { kind: 'title', region: 'header', text: 'Title', start: 0, end: 5 },
      { kind: 'paragraph', region: 'body', text: 'Body.', start: 20, end: 25 },
    ];
    expect(toOriginalRuns(text, blocks).map((r) => [r.kind, r.text, r.start])).toEqual([
      ['title', 'Title', 0],
      [null, 'stray words', 7],
      ['paragraph', 'Body.', 20],
    ]);
  });
});
