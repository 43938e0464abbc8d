import { describe, expect, it } from 'vitest';
import { analyzeForCompare } from '../../../src/core/analysis/article-rows';
import { extract } from '../../../src/core/ingest/extract/index';
import { MAX_SENTENCE_CHARS } from '../../../src/core/text/window';

/**
 * A timeline row keeps a copy of its sentence. In text without sentence breaks that holds many
 * different dates (a person's edit, a pasted table), the rows must not each copy the whole text:
 * 10,000 dates in 800k characters would be gigabytes of rows.
 */
describe('timeline rows of a long run of text', () => {
  it('carry a window of the sentence around their date, with offsets that match it', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const clauses = Array.from({ length: 1500 }, (_, i) => `and on ${months[i % 12]} ${(i % 28) + 1}, ${1990 + (i % 30)} the council of district ${i} met again`);
    const text = `Council minutes\n\nOpening words of the minutes. ${clauses.join(' ')}\n`;
    const x = extract({ text, format: 'text' });
    const a = analyzeForCompare(x, { published: '2024-06-03', publishedSource: 'stated', dateConflict: null })!;
    const dated = a.timeline.filter((r) => r.kind === 'date');
    expect(dated.length).toBeGreaterThan(400);
    for (const r of dated) {
      expect(r.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(r.sentence).toBe(x.text.slice(r.sentenceStart, r.sentenceEnd));
      expect(r.sentenceStart).toBeLessThanOrEqual(r.start);
      expect(r.sentenceEnd).toBeGreaterThanOrEqual(r.end);
    }
  });
});
