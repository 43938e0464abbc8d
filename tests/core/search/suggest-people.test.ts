import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../src/shared/api';
import { groupPeople } from '../../../src/core/search/suggest-people';

const person = (text: string, score = 1): Suggestion => ({ text, kind: 'person', score });
const title = (text: string): Suggestion => ({ text, kind: 'title', score: 0.5 });

/** Search by entity's lookup for a small library: Witkoff (two spellings), Dmitrijew, Peskow. */
const PEOPLE: string[][] = [
  ['Steve Witkoff', 'Witkoff', 'Whitkoff'],
  ['Kirill Dmitrijew', 'Kirill Dmitriew', 'Dmitrijew', 'Dmitriew'],
  ['Dmitri Peskow', 'Peskow'],
];
const spellingsOf = (word: string) => PEOPLE.find((p) => p.some((n) => n.toLowerCase() === word.toLowerCase())) ?? null;

describe('groupPeople', () => {
  it('offers one person once, by the fullest name, where its first spelling stood, the others as also', () => {
    const out = groupPeople([person('Witkoff', 2), person('Steve Witkoff', 1.5), title('Putins Treffen mit Witkoff')], spellingsOf);
    expect(out).toEqual([{ text: 'Steve Witkoff', kind: 'person', score: 2, also: ['Witkoff'] }, title('Putins Treffen mit Witkoff')]);
  });

  it('keeps people apart who only share a word (Dmitri Peskow, Kirill Dmitrijew)', () => {
    const out = groupPeople([person('Dmitri Peskow'), person('Kirill Dmitrijew'), person('Dmitriew'), person('Kirill Dmitriew')], spellingsOf);
    expect(out.map((s) => [s.text, s.also])).toEqual([
      ['Dmitri Peskow', undefined],
      ['Kirill Dmitrijew', ['Dmitriew', 'Kirill Dmitriew']],
    ]);
  });

  it('shows the person by the name the lookup lists first (the People view’s), even when another was typed', () => {
    const out = groupPeople([person('Whitkoff'), person('Witkoff')], spellingsOf);
    expect(out).toEqual([{ text: 'Steve Witkoff', kind: 'person', score: 1, also: ['Whitkoff', 'Witkoff'] }]);
  });

  it('shows the most frequent whole name, not the longest form read (a role word before it)', () => {
    const lookup = (w: string) => (/merkel/i.test(w) ? ['Angela Merkel', 'Kanzlerin Angela Merkel', 'Merkel'] : null);
    const out = groupPeople([person('Kanzlerin Angela Merkel'), person('Angela Merkel')], lookup);
    expect(out).toEqual([{ text: 'Angela Merkel', kind: 'person', score: 1, also: ['Kanzlerin Angela Merkel'] }]);
  });

  it('changes nothing without a lookup answer, or with one person, or with names unknown to it', () => {
    const list = [person('Witkoff'), person('Anna Müller'), title('Witkoff')];
    expect(groupPeople(list, () => null)).toEqual(list);
    expect(groupPeople([person('Witkoff')], spellingsOf)).toEqual([person('Witkoff')]);
    expect(groupPeople([person('Anna Müller'), person('Hans Müller')], spellingsOf)).toHaveLength(2);
  });

  it('does not say again a spelling that differs only in accents', () => {
    const lookup = (w: string) => (/imamo/i.test(w) ? ['Ekrem İmamoğlu', 'Ekrem Imamoglu', 'İmamoğlu'] : null);
    expect(groupPeople([person('Ekrem İmamoğlu'), person('Ekrem Imamoglu')], lookup)).toEqual([{ text: 'Ekrem İmamoğlu', kind: 'person', score: 1 }]);
  });
});
