import { describe, expect, it } from 'vitest';
import { splitLines, countWords } from '../../../../src/core/ingest/extract/segment';

describe('splitLines', () => {
  it('gives trimmed lines with exact offsets, indent and blank-line neighbours', () => {
    const text = 'Title\n\n  Second line here.\nthird';
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(['Title', 'Second line here.', 'third']);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
    expect(lines[1]).toMatchObject({ indent: 2, blankBefore: true, blankAfter: false, isSentence: true });
    expect(lines[2]!.blankBefore).toBe(false);
  });
  it('handles empty input and a 50,000-character line in linear time', () => {
    expect(splitLines('')).toEqual([]);
    const long = 'word '.repeat(10_000);
    const t0 = performance.now();
    const [l] = splitLines(long);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(l!.words).toBeGreaterThan(9000);
  });
  it('counts every CJK character as a word', () => {
    expect(countWords('宇航员 in space')).toBe(5);
  });
});
