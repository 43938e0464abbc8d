import { describe, expect, it } from 'vitest';
import { chooseTitle, deriveTitle, leadOverlap, splitKicker } from '../../../../src/core/ingest/extract/title';
import { splitLines } from '../../../../src/core/ingest/extract/segment';

describe('chooseTitle', () => {
  it('prefers the line whose words the lead repeats over menu items', () => {
    const lines = splitLines('News\nSport\nWeather\nFlood waters rise in northern Italy\n\nFlood waters rose across northern Italy on Monday as rivers burst their banks after days of heavy rain.');
    expect(chooseTitle(lines, [0, 1, 2, 3], lines[4]!.text, 4)).toBe(3);
  });
  it('returns -1 when no candidate resembles the lead', () => {
    const lines = splitLines('Home\nAbout us\n\nThe council approved the budget on Tuesday after a long debate about schools.');
    expect(chooseTitle(lines, [0, 1], lines[2]!.text, 2)).toBe(-1);
  });
});

describe('splitKicker', () => {
  it('splits a kicker glued to its title', () => {
    expect(splitKicker('Streit um HaushaltRegierung einigt sich in letzter Minute')).toEqual({ kicker: 'Streit um Haushalt', title: 'Regierung einigt sich in letzter Minute' });
  });
  it('leaves brand names and long titles alone', () => {
    expect(splitKicker('Stack Overflow Jobs Data Shows ReactJS Skills in High Demand')).toBeNull();
    expect(splitKicker('Apple stellt das neue iPhone vor')).toBeNull();
  });
});

describe('deriveTitle / leadOverlap', () => {
  it('cuts long first sentences to twelve words and an ellipsis', () => {
    expect(deriveTitle('Eins zwei drei.')).toBe('Eins zwei drei.');
    expect(deriveTitle(Array.from({ length: 25 }, (_, i) => `w${i}`).join(' '))).toBe('w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 …');
  });
  it('measures how much of a headline the lead repeats', () => {
    expect(leadOverlap('Flood waters rise', 'The flood waters rose')).toBeGreaterThan(0.6);
    expect(leadOverlap('Contact us', 'The flood waters rose')).toBe(0);
  });
});
