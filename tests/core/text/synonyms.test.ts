import { describe, expect, it } from 'vitest';
import { wordRoot } from '../../../src/core/text/roots';
import { synonymLinks } from '../../../src/core/text/synonyms';
import { analyzeWord } from '../../../src/core/text/words';

const root = (w: string) => wordRoot(w, ...analyzeWord(w));

describe('synonymLinks', () => {
  it('links the roots of synonyms among the compared words, once, from the later to the earlier', () => {
    const a = root('festgenommen'), b = root('verhaftet');
    const links = synonymLinks(new Set([a, b, root('Flugzeug')]));
    const [later, earlier] = a < b ? [b, a] : [a, b];
    expect(links.get(later)).toEqual([earlier]);
    expect(links.has(earlier)).toBe(false);
    expect(links.has(root('Flugzeug'))).toBe(false);
  });
  it('links nothing that is not among the compared words', () => {
    expect(synonymLinks(new Set([root('festgenommen')])).size).toBe(0);
  });
  it('leaves out a word of too many senses', () => {
    // `stellen` stands in dozens of sets (`festnehmen`, `aufstellen`, `anrufen` …).
    expect(synonymLinks(new Set([root('stellen'), root('festnehmen')])).size).toBe(0);
  });
});
