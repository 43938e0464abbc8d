import { describe, expect, it } from 'vitest';
import { typeBodyLines, isListItem, isSubheading, isTitleCase } from '../../../../src/core/ingest/extract/body';
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
  it('keeps a one-sentence paragraph and the Title-Case subheading under it apart (no pull quote)', () => {
    const lines = splitLines([
      'Monitoring tells you what is broken and why, and both answers matter to whoever is on call.',
      'Black-Box Versus White-Box',
      'We combine heavy use of white-box monitoring with modest but critical uses of black-box monitoring across the fleet.',
    ].join('\n\n'));
    const roles = typeBodyLines(lines, lines.map((l) => l.i));
    expect(lines.map((l) => roles.get(l.i)?.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });
  it('tells a headline-style line from a name followed by a role or a place', () => {
    const [a, b, c, d, e] = splitLines(['As Simple as Possible, No Simpler', 'Worrying About Your Tail', 'Olaf Scholz in Kiew', 'Jane Doe, chief executive', 'Maria Lopez'].join('\n\n'));
    expect([a, b, c, d, e].map((l) => isTitleCase(l!))).toEqual([true, true, false, false, false]);
  });
});

describe('isSubheading', () => {
  const lines = splitLines([
    'The outage began on Tuesday when a configuration push removed the access lists of two services.',
    'Monitoring for the Long Term',
    'In modern production systems, monitoring tracks an ever-evolving system with changing software architecture.',
    'It is important that decisions about monitoring be made with long-term goals in mind.',
    'Related: Why the outage lasted six hours',
    'Engineers restored the lists by hand after the rollback failed twice in the same hour.',
    'Most read stories',
    'Lesen Sie auch',
    'The council will vote again on Thursday after the engineers report to the committee.',
    'Its members said they expect the report to be published before the vote.',
  ].join('\n\n'));
  const prose = (j: number) => j !== 1 && j !== 4 && j !== 6 && j !== 7;
  it('reads a heading-shaped line with prose above and prose going on under it as a subheading', () => {
    expect(isSubheading(lines, 1, prose)).toBe(true);
  });
  it('asks nothing past the page\'s last line', () => {
    const end = splitLines(['The talks went on until late in the evening, and both sides spoke of progress.', 'What Comes Next for the Talks', 'Both delegations will meet again in Geneva next week, officials said.'].join('\n\n'));
    const seen: number[] = [];
    expect(isSubheading(end, 1, (j) => { seen.push(j); return j !== 1; })).toBe(false);
    expect(seen.every((j) => j < end.length)).toBe(true);
  });
  it('leaves labels and lines without prose under them folded', () => {
    expect(isSubheading(lines, 4, prose)).toBe(false);
    expect(isSubheading(lines, 6, prose)).toBe(false);
    expect(isSubheading(lines, 7, prose)).toBe(false);
  });
});
