import { describe, expect, it } from 'vitest';
import { separableVerbs } from '../../../src/core/text/separable';
import { ruleRoot, wordRoot } from '../../../src/core/text/roots';
import { analyzeWord } from '../../../src/core/text/words';

const root = (w: string) => wordRoot(w, ...analyzeWord(w));

describe('separableVerbs', () => {
  it('joins a finite verb and the particle that ends its clause, as its participle and noun have it', () => {
    expect(separableVerbs('Das Flugzeug stürzte am Dienstag in Brasilien ab.')).toEqual([root('abgestürzt')]);
    expect(root('abgestürzt')).toBe(root('Absturz'));
    expect(separableVerbs('Russland griff die Ukraine am Morgen an, die Armee wehrte sich.')).toEqual([root('angegriffen')]);
    expect(separableVerbs('Die Polizei nahm den Mann fest und verhörte ihn.')).toEqual([root('festgenommen')]);
    expect(separableVerbs('Der Kreml gab den Tod am Abend bekannt')).toEqual([root('bekanntgegeben')]);
    expect(separableVerbs('Die Trauerfeier fand in Moskau statt.')).toEqual([root('stattgefunden')]);
  });
  it('finds the particle before a comma, a dash or a conjunction that starts a new clause', () => {
    expect(separableVerbs('Sie kündigte Vergeltung an – und drohte.')).toEqual([root('angekündigt')]);
    expect(separableVerbs('Der Jet stürzte ab und brannte aus.')).toEqual([root('abgestürzt'), root('ausgebrannt')]);
  });
  it('takes no preposition for a particle when it does not end its clause', () => {
    expect(separableVerbs('Ab Montag gilt die Regel an der Grenze.')).toEqual([]);
    expect(separableVerbs('Die Soldaten standen an der Grenze, ab Montag kommen mehr.')).toEqual([]);
    expect(separableVerbs('Der Angriff begann nach Mitternacht.')).toEqual([]);
  });
  it('takes no particle that makes no verb with a word of its clause', () => {
    expect(separableVerbs('Das Treffen ist vorbei.')).toEqual([]);
    expect(separableVerbs('Im Flugzeug war er mit.')).toEqual([]);
  });
  it('reads two particles joined by und as an adverb, not as the end of a clause', () => {
    expect(separableVerbs('Er kommt ab und zu vorbei.')).toEqual([root('vorbeigekommen')]);
  });
  it('leaves capitalised words alone: a noun is no finite verb', () => {
    expect(separableVerbs('Die Stellung an.')).toEqual([]);
  });
});

describe('wordRoot of a zu infinitive', () => {
  it('meets the verb with zu inside and its participle', () => {
    expect(root('abzustürzen')).toBe(root('abgestürzt'));
    expect(root('anzugreifen')).toBe(root('angegriffen'));
    expect(root('festzunehmen')).toBe(root('festgenommen'));
    expect(root('umzusetzen')).toBe(root('umgesetzt'));
  });
  it('leaves words that only look like one alone', () => {
    expect(root('vorzugsweise')).toBe(ruleRoot('vorzugsweise', ...analyzeWord('vorzugsweise')));
    expect(root('Abzug')).toBe('abzug');
    expect(root('Anzug')).not.toBe(root('angezogen'));
  });
});
