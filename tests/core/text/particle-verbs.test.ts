import { describe, expect, it } from 'vitest';
import { particleJoins } from '../../../src/core/text/particle-verbs';
import { wordRoot } from '../../../src/core/text/roots';
import { analyzeWord } from '../../../src/core/text/words';

const root = (w: string) => wordRoot(w, ...analyzeWord(w));
const joined = (s: string) => particleJoins(s).map((j) => j.joined);

describe('particleJoins', () => {
  it('joins a main clause verb to the particle its clause ends on, as the participle reads', () => {
    expect(joined('Der Minister trat am Sonntag überraschend zurück.').flat()).toContain(root('zurückgetreten'));
    expect(joined('Die Polizei nahm den Mann noch am Abend fest, wie ein Sprecher sagte.').flat()).toContain(root('festgenommen'));
    expect(joined('Der Kanzler kündigte eine Vertrauensfrage an: im Januar.').flat()).toContain(root('angekündigt'));
  });
  it('joins only the words of the particle clause, and only to a particle that ends it', () => {
    expect(joined('Er nahm den Zug, der Minister trat zurück.').flat().some((j) => j.endsWith(root('nahm')))).toBe(false);
    expect(particleJoins('Der Minister reiste nach Moskau.')).toEqual([]);
    expect(particleJoins('Die Regierung trat am Montag zusammen')).not.toEqual([]);
  });
});

describe('particleJoins and function words', () => {
  it('never takes a function word the caller names for the verb', () => {
    const stop = (w: string) => w === 'gegen';
    expect(particleJoins('Spanien glich gegen England aus.', stop).map((j) => j.root)).toEqual([root('glich')]);
  });
});
