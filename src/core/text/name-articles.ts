/**
 * The words written onto a name with a hyphen that are not the name itself, in one place: the
 * name finder, the transliteration skeletons, the grouping and the search each read a name's
 * article, and a rendering added to one of them (the Persian `Āl-e`) must reach the others.
 * Each is a regex alternation, lowercase, to build a pattern from.
 */

/** The Arabic article as German and English render it (`al-Assad`, `el-Sisi`, `asch-Scharaa`, `ad-Dscholani`). */
export const ARABIC_ARTICLES = 'al|el|ad|ar|as|asch|ash|at|az|an';

/** The Arabic article assimilated with a vowel `e` (`ed-Din`, `es-Sisi`, `en-Nahar`). */
export const E_ARTICLES = 'ed|er|es|et|ez|en';

/** The Persian `Āl-e` (family of: `Ale-Haschem`, `Al-e Tabrani`). */
export const PERSIAN_ARTICLE = 'ale';

/** Kin words that stand in a name (`Abu-Bakr`, `bin Salman`, `Ibn-Saud`, `Abd-al-Aziz`). */
export const KIN_WORDS = 'abu|bin|ibn|ben|abd';

/** The Persian article written as a word of its own (`Al-e Tabrani`, `Āl-e Haschem`): the name goes on after it. */
export const PERSIAN_ARTICLE_APART = /^(?:al|āl)-?e$/iu;

/** The Persian article with its `e` (`Al-e `, `Ale-`, `Āl-e-`) before the rest of a name. */
const PERSIAN_ARTICLE_WITH_E = /(^|[\s\-‐])[aā]l-?e[\s\-‐]+(?=\p{L})/giu;
/** What that article needs, tested first (a plain search; most names have no `le`): an `l`, a hyphen or none, an `e`. */
const MAY_HOLD_PERSIAN_ARTICLE = /l-?e/i;

/**
 * A name with the Persian article written as the Arabic one (`Ali Al-e Tabrani`, `Ali
 * Ale-Tabrani` → `Ali Al-Tabrani`): copy writes `Āl-e` with or without its `e`, so names compared
 * letter by letter meet either way.
 */
export function persianArticleAsAl(name: string): string {
  return MAY_HOLD_PERSIAN_ARTICLE.test(name) ? name.replace(PERSIAN_ARTICLE_WITH_E, (_m, before: string) => `${before}Al-`) : name;
}
