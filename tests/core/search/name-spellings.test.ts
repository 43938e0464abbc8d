import { describe, expect, it } from 'vitest';
import { widenNames } from '../../../src/core/search/name-spellings';
import { parseQuery, type QueryNode } from '../../../src/core/search/query-parser';

const spellings = (w: string) => (['Golani', 'Dscholani', 'al-Golani'].includes(w) ? ['Golani', 'Dscholani'] : ['Hanija', 'Haniyeh'].includes(w) ? ['Hanija', 'Haniyeh', 'Hanijeh'] : null);
const texts = (n: QueryNode | null): string[] =>
  !n ? [] : n.type === 'term' || n.type === 'prefix' ? [n.word.text] : n.type === 'phrase' ? [n.text] : n.type === 'not' ? [`-${texts(n.child).join()}`] : n.children.flatMap(texts);

describe('widenNames', () => {
  it('widens a plain word and a hyphenated name to every spelling, and says which it added', () => {
    const { parsed, added } = widenNames(parseQuery('Hanija Teheran al-Golani'), spellings);
    // `Golani` is a word of the phrase `al-Golani`, but a report writing it alone is not found by the phrase.
    expect(texts(parsed.root)).toEqual(['Hanija', 'Haniyeh', 'Hanijeh', 'Teheran', 'al-Golani', 'Golani', 'Dscholani']);
    expect(added).toEqual([{ word: 'Hanija', spellings: ['Haniyeh', 'Hanijeh'] }, { word: 'al-Golani', spellings: ['Golani', 'Dscholani'] }]);
  });
  it('widens a double surname typed with its hyphen to the part the grouping made its own', () => {
    const parts = (w: string) => (['Amir-Abdolkarimi', 'Amirabdolkarimi', 'Abdolkarimi'].includes(w) ? ['Amir-Abdolkarimi', 'Amirabdolkarimi', 'Abdolkarimi'] : null);
    const { parsed, added } = widenNames(parseQuery('Amir-Abdolkarimi'), parts);
    expect(texts(parsed.root)).toEqual(['Amir-Abdolkarimi', 'Amirabdolkarimi', 'Abdolkarimi']);
    expect(added).toEqual([{ word: 'Amir-Abdolkarimi', spellings: ['Amirabdolkarimi', 'Abdolkarimi'] }]);
  });
  it('leaves excluded names, other words and a query without names as they are', () => {
    const q = parseQuery('Teheran -Hanija');
    const { parsed, added } = widenNames(q, spellings);
    expect(added).toEqual([]);
    expect(parsed).toBe(q);
  });
  it('widens a whole name typed to the other whole names of that person, which may drop a middle name', () => {
    const names = (w: string) => (w === 'Mohammad Ghazi al-Jalali' ? ['Mohammad Ghazi al-Jalali', 'Mohammed Jalali'] : null);
    const { parsed, added } = widenNames(parseQuery('Mohammad Ghazi al-Jalali'), names);
    expect(parsed.root?.type).toBe('or');
    expect(texts(parsed.root)).toEqual(['Mohammad', 'Ghazi', 'al-Jalali', 'Mohammed Jalali']);
    expect(added).toEqual([{ word: 'Mohammad Ghazi al-Jalali', spellings: ['Mohammed Jalali'] }]);
    // Part of a name is no whole name: left to the word-by-word widening.
    expect(widenNames(parseQuery('Ghazi Damaskus'), names).added).toEqual([]);
  });
});
