import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/core/ingest/extract/index';
import { bounded, MAX_SENTENCE_CHARS } from '../../../../src/core/ingest/dates/mentions';

/**
 * A date mention keeps a copy of its sentence. Text without a sentence break (a person's edit,
 * a pasted table) must not make that a copy of the whole text per date: memory went with the
 * square of the text (600 dates in 58k characters: 17.8 MB of mentions).
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function runOn(dates: number, paragraphs: number): string {
  const per = Math.ceil(dates / paragraphs);
  return Array.from({ length: paragraphs }, (_, p) =>
    Array.from({ length: per }, (_, i) => `and on ${MONTHS[(i + p) % 12]} ${(i % 28) + 1}, 2024 the council of district ${p * per + i} met again, with no full stop`).join(' '),
  ).join('\n\n');
}

describe('date mentions of long sentences', () => {
  it('carry a window of the sentence around the mention, in one long run and in many short paragraphs', () => {
    for (const [dates, paragraphs] of [[1200, 1], [1200, 40]] as const) {
      const text = `Council meets\n\n${runOn(dates, paragraphs)}`;
      const x = extract({ text, format: 'text' });
      expect(x.dateMentions.length).toBeGreaterThanOrEqual(dates);
      for (const m of x.dateMentions) {
        expect(m.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
        expect(m.sentence).toContain(m.text);
        // A stretch of the text, so it is stored as offsets (`stored-mentions.ts`).
        expect(text).toContain(m.sentence);
      }
      const kept = x.dateMentions.reduce((n, m) => n + m.sentence.length, 0);
      expect(kept).toBeLessThanOrEqual(x.dateMentions.length * MAX_SENTENCE_CHARS);
    }
  });

  it('keep a sentence of ordinary length whole', () => {
    const sentence = 'Am 12. April 2025 trafen sich die beiden Delegationen in Moskau zu Gesprächen über einen Waffenstillstand.';
    const x = extract({ text: `Treffen in Moskau\n\n${sentence} Danach reisten sie ab.`, format: 'text' });
    expect(x.dateMentions.find((m) => m.text.includes('12. April'))!.sentence).toBe(sentence);
  });

  it('cut a long sentence at word boundaries, around the mention', () => {
    const words = Array.from({ length: 200 }, (_, i) => `wort${i}`);
    words.splice(120, 0, 'MENTION');
    const s = words.join(' ');
    const w = bounded(s, s.indexOf('MENTION'));
    expect(w.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(w).toContain('MENTION');
    expect(s).toContain(w);
    expect(w).toMatch(/^wort\d+ .* wort\d+$/);
    const at = s.indexOf(w);
    expect(s[at - 1]).toBe(' ');
    expect(s[at + w.length]).toBe(' ');
    expect(bounded('kurz und gut', 3)).toBe('kurz und gut');
  });
});
