import { describe, expect, it } from 'vitest';
import { groupEntities, type NameContext } from '../../../src/core/explore/entity-groups';
import { mentionSex, tallyMentions, type SexTally } from '../../../src/core/analysis/person-sex';
import type { NameStat } from '../../../src/core/store/queries/entities';

const person = (name: string, count = 2): NameStat => ({ kind: 'person', name, count, articles: count });
const company: NameContext = () => new Set(['zzcompany']);

/** The sex the words around `name`'s first mention in `text` say, `other` named in it too. */
function sexIn(text: string, name: string, other?: string) {
  const at = text.indexOf(name), o = other ? text.indexOf(other) : -1;
  return mentionSex(text, at, at + name.length, o >= 0 ? o : text.length);
}

/** The signs of each name's mentions in the texts (invented reports), as `name-sex.ts` reads stored ones. */
function tallies(texts: string[], names: string[]): Map<string, SexTally> {
  const out = new Map<string, SexTally>();
  for (const n of names) {
    const t: SexTally = { f: 0, m: 0 };
    for (const text of texts) {
      const spans: [number, number][] = [];
      for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
        // A longer name that begins with this one (`Andrea` of `Andreas`) is not a mention of it.
        if (/\p{L}/u.test(text[i + n.length] ?? '')) continue;
        spans.push([i, i + n.length]);
      }
      const others = names.filter((o) => o !== n).flatMap((o) => [...text.matchAll(new RegExp(`${o}\\b`, 'g'))].map((m) => m.index!));
      tallyMentions(text, spans, others, t);
    }
    out.set(n, t);
  }
  return out;
}

/** The groups of two names read with their texts' signs, each established or not, in both orders. */
function groupCounts(a: string, b: string, texts: string[]) {
  const t = tallies(texts, [a, b]);
  return [[3, 2], [2, 3], [3, 3], [1, 1]].map(([na, nb]) => groupEntities([person(a, na), person(b, nb)], new Map(), company, (s) => t.get(s.name) ?? null).length);
}

describe('a person\'s sex from the words around a mention', () => {
  it.each([
    ['Die Abgeordnete Frau Andrea Kellner widersprach.', 'Andrea Kellner', 'f'],
    ['Wirtschaftsministerin Simone Arlt kündigte an, den Plan zu prüfen.', 'Simone Arlt', 'f'],
    ['Andreas Kellner, der seit 2019 im Landtag sitzt, widersprach.', 'Andreas Kellner', 'm'],
    ['Simon Arlt sagte, er werde zurücktreten.', 'Simon Arlt', 'm'],
    ['Andrea Kellner sprach lange. Die 67-Jährige verließ dann den Saal.', 'Andrea Kellner', 'f'],
    ['Mr Andrea Bellini told reporters he would stay.', 'Andrea Bellini', 'm'],
  ])('%s → %s is %s', (text, name, sex) => {
    expect(sexIn(text, name)).toBe(sex);
  });

  it.each([
    // A pronoun past another person is theirs; a clause after a verb of saying, a list, say nothing.
    ['Andrea Kellner traf Peter Wolf; er lehnte ab.', 'Andrea Kellner', 'Peter Wolf'],
    ['Zuletzt meint Andrea Kellner, die Fraktionen hätten sich geeinigt.', 'Andrea Kellner'],
    ['Trainer Thomas Vogt und Andrea Kellner, die Spielerin, fehlten.', 'Andrea Kellner'],
    ['Es wird für Andrea Kellner notwendig sein, zu gehen.', 'Andrea Kellner'],
  ])('%s says nothing of %s', (text, name, other?: string) => {
    expect(sexIn(text, name, other)).toBeNull();
  });
});

describe('given names whose endings cannot say, read with what the reports say', () => {
  it('a woman and a man of one surname whose given names differ only by an `-s` stay two people', () => {
    const texts = [
      'Ministerin Andrea Kellner widersprach. Frau Andrea Kellner sagte, die Zahlen stimmten nicht.',
      'Andreas Kellner, der Sprecher des Vereins, widersprach ihr. Andreas Kellner sagte, er bleibe dabei.',
    ];
    expect(groupCounts('Andrea Kellner', 'Andreas Kellner', texts)).toEqual([2, 2, 2, 2]);
    // Without the words' signs the two are one (the names' endings cannot part them).
    expect(groupEntities([person('Andrea Kellner', 3), person('Andreas Kellner', 2)], new Map(), company)).toHaveLength(1);
  });

  it('a woman written with and without a closing `-a` is one person when the reports say so of both', () => {
    const texts = [
      'Sprecherin Kristin Holm bestätigte den Termin. Frau Kristin Holm, die seit Jahren im Amt ist, schwieg dann.',
      'Die Sprecherin Kristina Holm bestätigte es. Frau Kristina Holm wollte sich nicht äußern.',
    ];
    expect(groupCounts('Kristin Holm', 'Kristina Holm', texts)).toEqual([1, 1, 1, 1]);
  });

  it('a man and a woman the ending parts stay two when the reports say nothing or disagree', () => {
    expect(groupCounts('Paul Wendrich', 'Paula Wendrich', ['Paul Wendrich und Paula Wendrich kamen.'])).toEqual([2, 2, 2, 2]);
    const texts = ['Paul Wendrich sagte, er komme. Herr Paul Wendrich kam.', 'Frau Paula Wendrich sagte ab. Paula Wendrich, die Ärztin, fehlte.'];
    expect(groupCounts('Paul Wendrich', 'Paula Wendrich', texts)).toEqual([2, 2, 2, 2]);
  });

  it('one man written `Simon` and `Simone` stays one person when the signs agree or say nothing', () => {
    expect(groupCounts('Simon Arlt', 'Simone Arlt', ['Simon Arlt und Simone Arlt kamen.'])).toEqual([1, 1, 1, 1]);
    expect(groupCounts('Simon Arlt', 'Simone Arlt', ['Herr Simon Arlt sagte, er komme.', 'Simone Arlt sagte, er komme.'])).toEqual([1, 1, 1, 1]);
  });
});
