import { describe, expect, it } from 'vitest';
import type { AnalyzedSentence } from '../../../src/core/analysis/analyze';
import type { EntityMentionRow } from '../../../src/core/analysis/found-mentions';
import { compareNames } from '../../../src/core/compare/differences';

type Kind = EntityMentionRow['kind'];
const sentence = (...names: [Kind, string, string][]) =>
  ({ names: names.map(([kind, text, name], k) => ({ kind, text, name, start: k * 10, end: k * 10 + text.length })) }) as unknown as AnalyzedSentence;
const idOf = (kind: string, name: string) => `${kind}:${name.toLowerCase().replace(/\s+/g, '-')}` as never;
const shown = (a: AnalyzedSentence, b: AnalyzedSentence) => compareNames(a, b, idOf).filter((d) => d.kind !== 'same').map((d) => `${d.a ?? '—'} ↔ ${d.b ?? '—'} ${d.kind}`);

describe('the names row of a compared pair (invented sentences)', () => {
  it('shows an organisation whole, never its last word alone (a common noun in the genitive)', () => {
    const a = sentence(['person', 'Lena Strobl', 'Lena Strobl']);
    const b = sentence(['person', 'Strobl', 'Lena Strobl'], ['organisation', 'Grünen Hauses', 'Grünes Haus']);
    expect(shown(a, b)).toEqual(['— ↔ Grünen Hauses only-b']);
  });

  it('shows a person only one sentence names by the whole name it writes, so a namesake in the other is not taken for them', () => {
    // Seen: "Aoun ↔ — only in dts’s sentence" for Joseph Aoun while the other sentence names Michel Aoun.
    const a = sentence(['person', 'Michel Aoun', 'Michel Aoun'], ['person', 'Joseph Aouns', 'Joseph Aoun']);
    const b = sentence(['person', 'Michel Aoun', 'Michel Aoun']);
    expect(shown(a, b)).toEqual(['Joseph Aoun ↔ — only-a']);
    // Written by surname alone, it is shown so; one person in other spellings is still compared by the surname.
    expect(shown(sentence(['person', 'Strobl', 'Lena Strobl']), sentence())).toEqual(['Strobl ↔ — only-a']);
    expect(shown(sentence(['person', 'Lena Whitkow', 'Lena Witkow']), sentence(['person', 'Witkow', 'Lena Witkow']))).toEqual(['Whitkow ↔ Witkow spelling']);
  });

  it('lists no place that only one sentence names, but a place spelled two ways', () => {
    const a = sentence(['person', 'Strobl', 'Lena Strobl'], ['place', 'St. Marienburg', 'St. Marienburg'], ['place', 'Kiew', 'Kiew']);
    const b = sentence(['person', 'Strobls', 'Lena Strobl'], ['place', 'Kyjiw', 'Kiew']);
    expect(shown(a, b)).toEqual(['Kiew ↔ Kyjiw spelling']);
  });

  it('takes a declined organisation for the same spelling, and a person written otherwise for another', () => {
    const a = sentence(['organisation', 'Grünen Hauses', 'Grünes Haus'], ['person', 'Whitkow', 'Tom Witkow']);
    const b = sentence(['organisation', 'Grüne Haus', 'Grünes Haus'], ['person', 'Witkow', 'Tom Witkow']);
    expect(shown(a, b)).toEqual(['Whitkow ↔ Witkow spelling']);
  });

  it('lists no name of a dateline or a photo credit as said by one report only', () => {
    // One-sentence reports: each name found where its text stands.
    const said = (text: string, ...names: [Kind, string][]) => ({
      text,
      s: { start: 0, end: text.length, names: names.map(([kind, t]) => ({ kind, text: t, name: t, start: text.indexOf(t), end: text.indexOf(t) + t.length })) } as unknown as AnalyzedSentence,
    });
    const shownWith = (a: ReturnType<typeof said>, b: ReturnType<typeof said>) =>
      compareNames(a.s, b.s, idOf, { a: a.text, b: b.text }).filter((d) => d.kind !== 'same').map((d) => `${d.a ?? '—'} ↔ ${d.b ?? '—'} ${d.kind}`);
    const plain = said('Bei dem Austausch kam Lena Strobl frei.', ['person', 'Lena Strobl']);
    expect(shownWith(said('Nordstadt (Reuters) - Bei dem Austausch kam Lena Strobl frei.', ['organisation', 'Reuters'], ['person', 'Lena Strobl']), plain)).toEqual([]);
    expect(shownWith(said('NORDSTADT (dpa-AFX) - Bei dem Austausch kam Lena Strobl frei.', ['organisation', 'NORDSTADT'], ['organisation', 'dpa'], ['person', 'Lena Strobl']), plain)).toEqual([]);
    expect(shownWith(plain, said('NORDSTADT taz | Bei dem Austausch kam Lena Strobl frei.', ['organisation', 'NORDSTADT'], ['person', 'Lena Strobl']))).toEqual([]);
    expect(shownWith(said('Foto: Ina Berg / AFP/dpa Bei dem Austausch kam Lena Strobl frei.', ['person', 'Ina Berg'], ['organisation', 'AFP'], ['person', 'Lena Strobl']), plain)).toEqual([]);
    expect(shownWith(said('Lena Strobl ist frei. © -/SANA via AP/dpa Bei dem Austausch kam sie frei.', ['person', 'Lena Strobl'], ['organisation', 'SANA'], ['organisation', 'AP']), plain)).toEqual([]);
    // A source the sentence tells of stays.
    expect(shownWith(said('Laut der Agentur Reuters kam Lena Strobl bei dem Austausch frei.', ['organisation', 'Reuters'], ['person', 'Lena Strobl']), plain)).toEqual(['Reuters ↔ — only-a']);
  });
});
