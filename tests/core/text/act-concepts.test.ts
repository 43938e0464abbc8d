import { describe, expect, it } from 'vitest';
import DATA from '../../../src/core/text/data/de-act-concepts.json';
import { actIds, actLabel, actOf, phraseActs } from '../../../src/core/text/act-concepts';
import { wordRoot } from '../../../src/core/text/roots';
import { analyzeWord } from '../../../src/core/text/words';

const act = (w: string) => actOf(wordRoot(w, ...analyzeWord(w)));

describe('act concepts', () => {
  it('reads the many words of a death as one act', () => {
    for (const w of ['starb', 'gestorben', 'verstarb', 'getötet', 'tötete', 'Tote', 'Tod', 'tödlich', 'Todesopfer', 'erschossen', 'ermordet', 'umgekommen']) expect(act(w), w).toBe('die');
  });
  it('reads other acts in their verbs, nouns and inflections', () => {
    const cases: [string, string][] = [
      ['festgenommen', 'arrest'], ['Festnahme', 'arrest'], ['verhaftet', 'arrest'],
      ['Rücktritt', 'resign'], ['zurückgetreten', 'resign'],
      ['Einsturz', 'collapse'], ['eingestürzt', 'collapse'], ['kollabierte', 'collapse'],
      ['forderte', 'demand'], ['Forderung', 'demand'], ['verlangt', 'demand'],
      ['Waffenruhe', 'ceasefire'], ['Waffenstillstand', 'ceasefire'],
      ['attackierte', 'attack'], ['Angriff', 'attack'],
    ];
    for (const [w, a] of cases) expect(act(w), w).toBe(a);
  });
  it('reads a compound by its head when the splitter cuts it there', () => {
    expect(act('Luftangriff')).toBe('attack');
  });
  it('leaves words that only contain an act word apart', () => {
    // `Tod` is not the head of `Todeszone`; `Vorschlag` is no `Schlag`; `Gast` no `Gas`.
    for (const w of ['Todeszone', 'Vorschlag', 'vorschlagen', 'Todesstreifen', 'Mittag', 'Polizei']) expect(act(w), w).toBeUndefined();
  });
  it('reads a fixed phrase, with its verb where the phrase needs one', () => {
    expect(phraseActs('Bei dem Unglück kamen drei Menschen ums Leben.').map((p) => p.act)).toEqual(['die']);
    expect(phraseActs('Die Polizei nahm ihn in Gewahrsam.').map((p) => p.act)).toEqual(['arrest']);
    expect(phraseActs('Ein Mann eröffnete das Feuer auf die Menge.').map((p) => p.act)).toEqual(['shoot']);
    expect(phraseActs('Das Feuer war weithin zu sehen.')).toEqual([]);
    expect(phraseActs('Er sprach über das Leben in der Stadt.')).toEqual([]);
  });
  it('gives every word of the lexicon its own concept and nothing to two concepts', () => {
    for (const c of (DATA as { concepts: { id: string; verbs: string[]; nouns: string[]; adjectives: string[] }[] }).concepts) {
      for (const w of [...c.verbs, ...c.nouns, ...c.adjectives]) expect(act(w), `${w} (${c.id})`).toBe(c.id);
    }
  });
  it('names every act in both UI languages', () => {
    for (const id of actIds()) {
      const l = actLabel(id)!;
      expect(l.en.length * l.de.length, id).toBeGreaterThan(0);
    }
  });
});
