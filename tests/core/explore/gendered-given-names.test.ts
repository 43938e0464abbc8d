import { describe, expect, it } from 'vitest';
import { groupEntities, type NameContext } from '../../../src/core/explore/entity-groups';
import { spellingsData, spellingsLookup } from '../../../src/core/explore/spellings-lookup';
import type { NameStat } from '../../../src/core/store/queries/entities';
import { isSameGivenName } from '../../../src/core/text/transliteration';
import { foldText } from '../../../src/core/text/fold';

const person = (name: string, count = 2): NameStat => ({ kind: 'person', name, count, articles: count });
/** Named beside one other person in their reports (one story): what siblings and spouses share. */
const company: NameContext = () => new Set(['zzcompany']);
/** The groups of two names, each established (three reports) or not, in both orders. */
const groupCounts = (a: string, b: string) =>
  [[3, 2], [2, 3], [3, 3], [1, 1]].map(([na, nb]) => groupEntities([person(a, na), person(b, nb)], new Map(), company).length);
/** The spellings search adds to `typed` in a library whose people are `written`. */
const alsoOf = (typed: string, written: string[]) =>
  (spellingsLookup(spellingsData(groupEntities(written.map((n) => person(n)), new Map(), company)))(typed) ?? []).map(foldText);

// Invented people of one surname whose given names are one name's female and male forms.
const TWO_PEOPLE: [string, string][] = [
  ['Paul Wendrich', 'Paula Wendrich'],
  ['Mario Tassoni', 'Maria Tassoni'],
  ['Daniel Korbach', 'Daniela Korbach'],
  ['Jewgenij Woronzow', 'Jewgenija Woronzow'],
  ['Stefan Hollerbach', 'Stefanie Hollerbach'],
  ['Francesco Tarlazzi', 'Francesca Tarlazzi'],
];

// Invented people whose given name is written in two renderings of one name: still one person.
const ONE_PERSON: [string, string][] = [
  ['Sergej Bardakow', 'Sergei Bardakow'],
  ['Julija Tomenko', 'Yulia Tomenko'],
  ['Ilja Sarubin', 'Ilya Sarubin'],
  ['Dmitri Lobanow', 'Dmitrij Lobanow'],
  ['Maria Sokolowa', 'Marija Sokolowa'],
  ['Hamza Taleb', 'Hamzah Taleb'],
  ['Oleksandr Hrytsenko', 'Olexander Hrytsenko'],
];

describe('two people of one surname whose given names are a female and a male form', () => {
  it.each(TWO_PEOPLE)('%s and %s stay two people, whoever is named more, in shared company', (a, b) => {
    expect(groupCounts(a, b)).toEqual([2, 2, 2, 2]);
  });

  it.each(TWO_PEOPLE)('typing %s never widens to %s, nor the other way', (a, b) => {
    expect(alsoOf(a, [a, b])).not.toContain(foldText(b));
    expect(alsoOf(b, [a, b])).not.toContain(foldText(a));
    // Only the other written: a whole name typed is not widened to the other sex's name.
    expect(alsoOf(a, [b])).not.toContain(foldText(b));
  });

  it('reads only endings that mark a sex: one name in two languages or a man`s French -e stays one (Marie/Maria, Marwan/Marwane)', () => {
    expect(isSameGivenName('Marie', 'Maria')).toBe(true);
    expect(isSameGivenName('Marwan', 'Marwane')).toBe(true);
    expect(isSameGivenName('Kati', 'Katia')).toBe(true);
    expect(isSameGivenName('Andrej', 'Andreja')).toBe(true);
  });
});

describe('renderings of one given name', () => {
  it.each(ONE_PERSON)('%s and %s are one person', (a, b) => {
    expect(groupCounts(a, b)).toEqual([1, 1, 1, 1]);
  });

  it.each(ONE_PERSON)('typing %s finds %s where only that is written', (a, b) => {
    expect(alsoOf(a, [b])).toContain(foldText(b));
  });
});
