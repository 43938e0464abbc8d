import { describe, expect, it } from 'vitest';
import { typeBodyLines, isListItem } from '../../../../src/core/ingest/extract/body';
import { splitLines } from '../../../../src/core/ingest/extract/segment';

describe('typeBodyLines', () => {
  it('types paragraphs, headings, list items and a pull quote with attribution', () => {
    const lines = splitLines([
      'The summit opened in Geneva on Monday with talks between the two delegations.',
      'What the plan contains',
      'The draft has three parts:',
      '• a ceasefire along the current line',
      '1. elections within a year',
      '“We will not trade land for peace.”',
      'Maria Lopez, foreign minister',
      'The talks continue on Wednesday with a second round of technical meetings.',
    ].join('\n\n'));
    const roles = typeBodyLines(lines, lines.map((l) => l.i));
    expect(lines.map((l) => roles.get(l.i)?.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'list-item', 'list-item', 'quote', 'credit', 'paragraph']);
    expect(roles.get(5)?.attribution).toBe('Maria Lopez, foreign minister');
  });
  it('recognises list markers', () => {
    expect(isListItem('– Punkt eins')).toBe(true);
    expect(isListItem('-5 Grad am Morgen')).toBe(false);
  });
  it('reads a changelog\'s `+ Added …` lines as list items, not a number\'s sign', () => {
    expect(isListItem('+ Added a night mode to the reader')).toBe(true);
    expect(isListItem('+49 30 1234567')).toBe(false);
    expect(isListItem('+3 Grad am Morgen')).toBe(false);
  });
});
