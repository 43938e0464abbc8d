/**
 * The parts of a person's name the grouping compares besides the surname's skeleton: a double
 * surname's parts (`Abbasi` of `Abbasi-Davani`, `Abdollahian` of `Amir-Abdollahian`, none after an
 * article or a kin word), a name's letters joined whatever its spacing and hyphens (`Kim Jong Un`/
 * `Kim Jong-un`), a name less its first word, and a surname in its genitive.
 */
import { nameSkeleton, compareNameWords } from '../text/transliteration';
import { ARABIC_ARTICLES, E_ARTICLES, KIN_WORDS, PERSIAN_ARTICLE, persianArticleAsAl } from '../text/name-articles';

function words(name: string): string[] {
  return name.split(' ').filter(Boolean);
}

/** The first part of a double surname (`Abbasi` of `Abbasi-Davani`), or null; an Arabic article is no part. */
export function firstPart(surname: string): string | null {
  const at = surname.indexOf('-');
  if (at < 4 || isParticle(surname.slice(0, at))) return null;
  return surname.slice(0, at);
}

/** A full name's blocking key for spacing and hyphens: every word's letters joined, as one skeleton. */
export function joinedKey(name: string): string {
  return `=${nameSkeleton(persianArticleAsAl(name).replace(/[\s\-‐]+/g, ''))}`;
}

/** The last part of a double surname (`Abdollahian` of `Amir-Abdollahian`), or null; none after an Arabic article alone. */
export function lastPart(surname: string): string | null {
  const at = surname.lastIndexOf('-');
  if (at < 0 || surname.length - at - 1 < 4 || isParticle(surname.slice(0, at))) return null;
  return surname.slice(at + 1);
}

/** A whole word that is an article or a kin word of a name, not a part of its surname. */
const PARTICLE = new RegExp(`^(?:${PERSIAN_ARTICLE}|${ARABIC_ARTICLES}|${E_ARTICLES}|${KIN_WORDS})$`, 'i');

export function isParticle(word: string): boolean {
  return PARTICLE.test(word);
}

/**
 * A name the finder took from its second word (`Ali Al-e Tabrani` of `Mohammad Ali Ale-Tabrani`),
 * or a double surname written apart without the given name (`Amir Abdollahian` of `Hossein
 * Amir-Abdollahian`): the one is the other less its first word, letters joined (`Ali Mohammed
 * Hassan` is not `Mohammed Ali Hassan`).
 */
export function middleGiven(name: string, others: readonly { name: string }[]): boolean {
  const w = words(name);
  const rest = (v: string[]) => v.length > 2 || (v.length === 2 && v[1]!.includes('-'));
  // This name's two keys are made once for all the others, when first needed.
  let whole: string | undefined, less: string | undefined;
  return others.some((m) => {
    const v = words(m.name);
    return (rest(v) && joinedKey(v.slice(1).join(' ')) === (whole ??= joinedKey(name))) || (rest(w) && (less ??= joinedKey(w.slice(1).join(' '))) === joinedKey(m.name));
  });
}

/** One surname is the other with a genitive `s` (`Marenkows`/`Marenkow`, `Marenkovs`/`Marenkow`). */
export function isGenitiveOf(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && /[^s]s$/i.test(long) && compareNameWords(long.slice(0, -1), short) === 'same';
}

export function sameFirstPart(a: string, b: string): boolean {
  const pa = firstPart(a), pb = firstPart(b);
  if (!pa === !pb) return false;
  return nameSkeleton(pa ?? a) === nameSkeleton(pb ?? b);
}

/** A word's letters, folded, marks and hyphens out (`Huo` → `huo`). */
function plainLetters(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * The blocking key of a surname-first name for a typo in its short surname (`Huo Yu-ih` for `Hou
 * Yu-ih`): the surname's letters as written, sorted, and the given name's skeleton. The skeleton
 * cannot hold it: it reads `ou` as `u` (`Hou` is `hu`, `Huo` is `huo`) and is too short to key.
 */
export function swappedSurnameKey(surname: string, given: string): string {
  return `^${[...plainLetters(surname)].sort().join('')} ${nameSkeleton(given)}`;
}

/**
 * Two short surnames of surname-first names, as written, that are one typo apart: two letters
 * side by side swapped, not the first (`Hou`/`Huo`). Between two real surnames (`Zhou`, `Zhuo`)
 * only the same given name of two syllables makes it a slip, which the caller checks.
 */
export function isSwappedSurname(a: string, b: string): boolean {
  const pa = plainLetters(a), pb = plainLetters(b);
  if (pa.length !== pb.length || pa.length < 3 || pa === pb || pa[0] !== pb[0]) return false;
  const at = [...pa].findIndex((c, i) => c !== pb[i]);
  return pa[at] === pb[at + 1] && pa[at + 1] === pb[at] && pa.slice(at + 2) === pb.slice(at + 2);
}
