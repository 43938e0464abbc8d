import { describe, expect, it } from 'vitest';
import { actLinks } from '../../../src/core/text/act-nouns';
import { wordRoot } from '../../../src/core/text/roots';
import { analyzeWord } from '../../../src/core/text/words';

const root = (w: string) => wordRoot(w, ...analyzeWord(w));
/** The key each word takes among the others (its own root when no other meets it). */
function keysOf(...words: string[]): string[] {
  const roots = words.map(root);
  const links = actLinks(new Set(roots));
  return roots.map((r) => links.get(r) ?? r);
}

describe('actLinks', () => {
  it('gives a noun of an act the key of the verb it is made from', () => {
    for (const [noun, verb] of [
      ['Festnahme', 'festgenommen'],
      ['Angriff', 'angegriffen'],
      ['Schüsse', 'geschossen'],
      ['Beschluss', 'beschlossen'],
      ['Rücktritt', 'zurückgetreten'],
      ['Rückzug', 'zurückgezogen'],
      ['Zusammenbruch', 'zusammengebrochen'],
    ]) {
      const [a, b] = keysOf(noun!, verb!);
      expect(a, `${noun} / ${verb}`).toBe(b);
    }
  });
  it('links nothing when no compared word is the verb', () => {
    expect(actLinks(new Set([root('Festnahme'), root('Polizei')])).size).toBe(0);
  });
  it('keeps a noun apart from a verb that is not its own', () => {
    const [a, b] = keysOf('Schuss', 'geschlossen');
    expect(a).not.toBe(b);
    const [c, d] = keysOf('Angriff', 'gegriffen');
    expect(c).not.toBe(d);
  });
});
