import { describe, expect, it } from 'vitest';
import { wordRoot } from '../../../src/core/text/roots';
import { analyzeWord } from '../../../src/core/text/words';

const root = (w: string) => wordRoot(w, ...analyzeWord(w));

describe('wordRoot', () => {
  it('meets a participle, a past form and the verb noun', () => {
    expect(root('abgestürzt')).toBe(root('Absturz'));
    expect(root('abstürzte')).toBe(root('Absturz'));
    expect(root('getötet')).toBe(root('Tötung'));
    expect(root('angekündigt')).toBe(root('Ankündigung'));
    expect(root('freigelassen')).toBe(root('Freilassung'));
  });
  it('meets an adjective and its country', () => {
    expect(root('russischen')).toBe(root('Russland'));
    expect(root('syrischen')).toBe(root('Syrien'));
  });
  it('leaves capitalised nouns that look like participles alone', () => {
    expect(root('Gewalt')).not.toBe(root('walten'));
    expect(root('Gericht')).toBe(analyzeWord('Gericht')[1]);
  });
  it('meets the forms of a strong verb through its lexicon, for lower-case words only', () => {
    expect(root('gestorben')).toBe(root('sterben'));
    expect(root('starb')).toBe(root('sterben'));
    expect(root('kam')).toBe(root('kommen'));
    expect(root('festgenommen')).toBe(root('festnehmen'));
    // A capitalised word is a noun: `Trank` is a potion, not a form of `trinken`.
    expect(root('Trank')).not.toBe(root('trinken'));
    expect(root('trank')).toBe(root('trinken'));
  });
});
