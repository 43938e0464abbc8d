import { describe, expect, it } from 'vitest';
import { TextWordMemo } from '../../../src/core/text/text-word-memo';
import { indexText } from '../../../src/core/search/terms';

describe('TextWordMemo', () => {
  it('gives a word the value made the first time, wherever it stands and whatever surrounds it', () => {
    const made: string[] = [];
    const m = new TextWordMemo((w) => (made.push(w), w.toUpperCase()), 100);
    const a = 'Krieg und Frieden';
    const b = 'der Frieden, der Krieg';
    expect(m.get(a, 0, 5)).toBe('KRIEG');
    expect(m.get(b, 17, 22)).toBe('KRIEG');
    expect(m.get(b, 4, 11)).toBe('FRIEDEN');
    expect(m.get(a, 10, 17)).toBe('FRIEDEN');
    // A word that is a prefix of another is its own entry.
    expect(m.get(a, 0, 4)).toBe('KRIE');
    expect(made).toEqual(['Krieg', 'Frieden', 'Krie']);
  });

  it('keeps apart words that differ only in case or spelling, even when full', () => {
    const m = new TextWordMemo((w) => w, 4);
    const words = ['Straße', 'strasse', 'STRASSE', 'Strasse'];
    const text = words.join(' ');
    let at = 0;
    for (const w of words) {
      expect(m.get(text, at, at + w.length)).toBe(w);
      at += w.length + 1;
    }
  });

  it('never holds more than its limit, however many words pass through', () => {
    const m = new TextWordMemo((w) => w.length, 50);
    const text = Array.from({ length: 5_000 }, (_, i) => `w${i}`).join(' ');
    let at = 0;
    for (const w of text.split(' ')) {
      expect(m.get(text, at, at + w.length)).toBe(w.length);
      at += w.length + 1;
      expect(m.size).toBeLessThanOrEqual(50);
    }
  });
});

describe('indexText through the memo', () => {
  it('indexes a text the same on its first and later readings, in any company', () => {
    const text = 'Die Friedensverhandlungen im Ukrainekrieg: Gespräche, Gespraeche und GESPRÄCHE.';
    const first = indexText(text);
    indexText(`Vorher ${text} nachher`);
    expect(indexText(text)).toEqual(first);
    expect(first.stems.split(' ')).toEqual(['die', 'friedensverhandl', 'im', 'ukrainekrieg', 'gesprach', 'gesprach', 'und', 'gesprach']);
  });
});
