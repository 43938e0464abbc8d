import { describe, expect, it } from 'vitest';
import { foldWord } from '../../../src/core/text/fold';
import { stemWord, tokenize } from '../../../src/core/text/words';
import { headKey, indexText } from '../../../src/core/search/terms';

describe('foldWord', () => {
  it('folds umlauts, their transliterations and ß, so the spellings meet', () => {
    for (const w of ['Gespräche', 'Gespraeche', 'Gesprache', 'GESPRÄCHE']) expect(foldWord(w)).toBe('gesprache');
    expect(foldWord('Straße')).toBe(foldWord('Strasse'));
    expect(foldWord('Öl')).toBe(foldWord('Oel'));
    expect(foldWord('Übergabe')).toBe(foldWord('Uebergabe'));
  });

  it('keeps ue after a vowel or q', () => {
    expect(foldWord('Feuer')).toBe('feuer');
    expect(foldWord('Quelle')).toBe('quelle');
  });

  it('strips other diacritics', () => {
    expect(foldWord('Café')).toBe('cafe');
    expect(foldWord('Šefčovič')).toBe('sefcovic');
  });
});

describe('stemWord', () => {
  it('lets inflections meet', () => {
    const s = (w: string) => stemWord(foldWord(w));
    expect(s('Gespräch')).toBe(s('Gesprächen'));
    expect(s('gesprache')).toBe('gesprach');
    expect(s('Stunden')).toBe(s('Stunde'));
    expect(s('Ukrainekriegs')).toBe('ukrainekrieg');
    expect(s('Krieg')).not.toBe(s('Kredit'));
  });
});

describe('tokenize', () => {
  it('gives offsets into the text, folded words and stems', () => {
    const text = 'Die „Gespräche“ dauerten — vier Stunden.';
    const toks = tokenize(text, 10);
    expect(toks.map((t) => text.slice(t.start - 10, t.end - 10))).toEqual(['Die', 'Gespräche', 'dauerten', 'vier', 'Stunden']);
    expect(toks[1]).toMatchObject({ folded: 'gesprache', stem: 'gesprach' });
  });
});

describe('indexText', () => {
  it('writes stems, and reversed stems of long words as compound heads', () => {
    const x = indexText('Der Ukrainekrieg und Friedensverhandlungen');
    expect(x.stems.split(' ')).toEqual(['der', 'ukrainekrieg', 'und', 'friedensverhandl']);
    expect(x.heads.split(' ')).toEqual([headKey('ukrainekrieg'), headKey('friedensverhandl')]);
    // A prefix of the reversed compound stem is the reversed head: krieg finds Ukrainekrieg.
    expect(headKey('ukrainekrieg').startsWith(headKey(stemWord('krieg')))).toBe(true);
    expect(headKey('friedensverhandl').startsWith(headKey(stemWord(foldWord('Verhandlungen'))))).toBe(true);
  });

  it('indexes a text the same on its first and later readings, in any company (the terms are memoised by place)', () => {
    const text = 'Die Friedensverhandlungen im Ukrainekrieg: Gespräche, Gespraeche und GESPRÄCHE.';
    const first = indexText(text);
    indexText(`Vorher ${text} nachher`);
    expect(indexText(text)).toEqual(first);
    expect(first.stems.split(' ')).toEqual(['die', 'friedensverhandl', 'im', 'ukrainekrieg', 'gesprach', 'gesprach', 'und', 'gesprach']);
    expect(first.heads.split(' ')).toEqual([headKey('friedensverhandl'), headKey('ukrainekrieg'), headKey('gesprach'), headKey('gesprach'), headKey('gesprach')]);
  });
});
