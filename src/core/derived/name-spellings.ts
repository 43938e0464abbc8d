/**
 * The spellings lookup of search by entity (`name_spellings`, migration 14) as a derived dataset.
 * Grouping names is library-wide, not per article, so it has no batches: the spellings worker
 * builds it when a host opens a library whose stored lookup does not stand for its names
 * (`explore/spellings-background.ts`). Kept current by triggers that count every change to the
 * people's names and merges: a changed library reads as stale and is grouped again. A kill
 * loses nothing stored (the lookup is replaced in one transaction). A new version drops it.
 */
import { clearSpellings } from '../store/queries/name-spellings';
import type { DerivedDataset } from './dataset';

/** Bump when what the lookup holds changes (the grouping of names, the keys). 2: `tsch` against English `ch`, double surnames. 3: `ı` folds to `i`; a patronymic is no given name. 4: `dh`, `oo`, `ae`/`oe`/`ue` in skeletons; `Abd`/`Abdel`/`Abdul` one given name, a kunya (`Abu …`) none, `Ahmad`/`Hamad` two; a full name split otherwise (`Kim Jong-un`). 5: a surname's particles are no given name (`von der Leyen`); an East Asian name's surname is its first word (`Yoon` is `Yoon Suk Yeol`). 6: two letters a typo swapped (`Arata`/`Atara`) are close, blocked by their sorted letters; a name in Cyrillic script has the skeleton of its German rendering (`Зеленський`, `Selenskyj`); whole names also keyed loosely, by a given name's consonants and the surname's skeleton (`Ibrahim Raisi` for `Seyed Ebrahim Raisi`), also a person's only one; the Persian `Āl-e` is an article (`Ale-Haschem`), and a surname written with an article is also searched bare; a name less its first word is that name (`Ali Al-e Tabrani` of `Mohammed Ali Ale-Tabrani`). 7: the Persian article's `e` left out is that name (`Ali Al-Haschem` of `Mohammed Ali Al-e Haschem`); a whole name also finds a bare surname written with an article without it. 8: a whole name in its genitive (`Alexej Marenkows`) is that person. 9: `đ` is `dj` in a skeleton (`Đoković`, `Djokovic`). 10: an English `-ich` read as the German `-itsch` also in the blocking keys (`Pratasevich` meets `Protassewitsch`); a long skeleton also keyed by its consonants (two vowels apart, `Kalesnikava`/`Kolesnikowa`). 11: a double surname also keyed by its letters joined, so its two words written apart meet it (`Ben Gvir` of `Itamar Ben-Gvir`). 12: a `c` (German `tsch`) against a `k` is close and so keyed (`Vutschitsch`/`Vučić`/`Vucic`). 13: a given name without the vowel before its final `r` or `l` is the same (`Aljaksandr`/`Alexander`). 14: a surname-first name's short surname swapped by a typo, with the same given name, is that person (`Huo Yu-ih`/`Hou Yu-ih`); a short surname of such a name is keyed in the lookup (`Hou` finds `Huo`); a Chinese or Korean given name in another romanisation is that person's (`Lai Qingde`/`Lai Ching-te`, `Li Tschiang`/`Li Qiang`); an initial `Zh` against a `J` or `Dsch` is close (`Zhaparov`/`Japarov`/`Dschaparow`). 15: one person under two names a report states (`Lai Ching-te, genannt William Lai`, `entity_aliases`) is one group; a surname-first name's surname in the lookup is its short first word, not its given name (`Yu-ih` is no spelling of `Hou`); a Belarusian or Ukrainian rendering read as the Russian one is close (`Sapeha`/`Sapega`, `Tsikhanouskaya`/`Tichanowskaja`). 16: a name of two surnames is the person named without the second, in the same company (`Edmundo González Urrutia`/`Edmundo González`); a whole name also finds its surname alone when no other person bears it and it is no common word (`Nicolás Maduro` → `Maduro`). 17: that join no longer rests on the shorter name's reports where it runs into the second surname (the finder's cut `Martin Luther` of `Martin Luther King`). 18: a sole surname of three letters is also found alone (`Shinzo Abe` → `Abe`), and the German frequency list's English given names are no common words there. 19: a bare German given name joins no whole name of another list's given name ending in it (`Karl` / `Beatrix Karl`). */
export const NAME_SPELLINGS_VERSION = 19;

/** The stored spellings lookup, declared for `core/derived`. */
export const nameSpellingsDataset: DerivedDataset = {
  name: 'name-spellings',
  version: NAME_SPELLINGS_VERSION,
  clear(db) {
    clearSpellings(db);
  },
};
