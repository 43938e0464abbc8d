import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/core/search/query-parser';
import { writesForm, writtenForms } from '../../../src/core/search/written-forms';
import { analyzeWord } from '../../../src/core/text/words';

// Invented names: `Telene` and `Telener` are both `tel` to the stemmer.
describe('a word written as typed, not another word of its stem', () => {
  const [folded, stem] = analyzeWord('Telene');
  const form = { folded, stem, longer: ['telener'] };

  it('the word and its genitive count; the longer name does not', () => {
    expect(writesForm('Der Wahlleiter Orhan Telene sprach.', form)).toBe(true);
    expect(writesForm('Die Rede Telenes war kurz.', form)).toBe(true);
    expect(writesForm('Der Wahlleiter Orhan Telener sprach.', form)).toBe(false);
  });

  it('only words every hit must hold: a word under OR is left to ranking', () => {
    const same = (w: string) => (w === 'Telene' ? ['telener'] : []);
    expect(writtenForms(parseQuery('Orhan Telene').root, same).map((f) => f.folded)).toEqual(['telene']);
    expect(writtenForms(parseQuery('Telene OR Wahl').root, same)).toEqual([]);
    expect(writtenForms(parseQuery('Wahl').root, same)).toEqual([]);
  });
});
