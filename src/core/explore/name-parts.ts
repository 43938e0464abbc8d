/**
 * The parts of a person's name the grouping compares besides the surname's skeleton: a double
 * surname's parts (`Abbasi` of `Abbasi-Davani`, `Abdollahian` of `Amir-Abdollahian`, none after an
 * article or a kin word), a name's letters joined whatever its spacing and hyphens (`Kim Jong Un`/
 * `Kim Jong-un`), a name less its first word, and a surname in its genitive.
 */
import { nameSkeleton, compareNameWords } from '../text/transliteration';
import { isSurnameFirst } from '../text/name-order';
import { ARABIC_ARTICLES, E_ARTICLES, KIN_WORDS, PERSIAN_ARTICLE, persianArticleAsAl } from '../text/name-articles';
import { foldText } from '../text/fold';
import { mayBeGivenName } from '../analysis/given-names';

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
 * Hassan` is not `Mohammed Ali Hassan`). `joined` and `othersJoined`: the names' own `joinedKey`s.
 */
export function middleGiven(name: string, joined: string, others: readonly { name: string }[], othersJoined: readonly string[]): boolean {
  const w = words(name);
  const rest = (v: string[]) => v.length > 2 || (v.length === 2 && v[1]!.includes('-'));
  const mine = rest(w) ? joinedKey(w.slice(1).join(' ')) : null;
  return others.some((m, i) => {
    const v = words(m.name);
    return (rest(v) && joinedKey(v.slice(1).join(' ')) === joined) || (mine !== null && mine === othersJoined[i]);
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

/**
 * A Spanish or Portuguese whole name's first surname (`González` of `Edmundo González Urrutia`):
 * reports leave the second out (`Edmundo González`). The word before the last of a name of
 * three words or more, capitalised, both surnames four letters or more, the first neither a given name (`María Corina
 * Machado`: `Corina` is one) nor a particle; null for any other name and one surname first
 * (`Kim Jong Un`).
 */
export function firstOfTwoSurnames(name: string, isGivenName: (word: string) => boolean): string | null {
  const w = words(name);
  // An Arabic compound given name or kin word is no surname (`Abd Rabbo Mansour`, `Abu Bakr Baschir`).
  if (w.length < 3 || isSurnameFirst(w, isGivenName) || w.slice(0, -1).some((x) => isParticle(x) || /^abd/i.test(x))) return null;
  const sur = w[w.length - 2]!;
  // The second four letters or more too: `Kim Jong Un`'s syllables are no surnames however the lists read `Kim`.
  return sur.length >= 4 && w[w.length - 1]!.length >= 4 && /^\p{Lu}/u.test(sur) && !sur.includes('-') && !isGivenName(sur) && !isParticle(sur) ? sur : null;
}

/**
 * One name is the other less its second surname (`Edmundo González`/`Edmundo González Urrutia`):
 * the longer's words but its last are the shorter's, skeleton by skeleton, and the longer has a
 * first of two surnames (`firstOfTwoSurnames`). The second surname (`Urrutia`), or null.
 */
export function lessSecondSurname(a: string, b: string, isGivenName: (word: string) => boolean): string | null {
  const wa = words(a), wb = words(b);
  const [long, short] = wa.length > wb.length ? [wa, wb] : [wb, wa];
  if (long.length !== short.length + 1 || short.length < 2 || !firstOfTwoSurnames(long.join(' '), isGivenName)) return null;
  return short.every((x, i) => nameSkeleton(x) === nameSkeleton(long[i]!)) ? long[long.length - 1]! : null;
}

/** The second surname between a name and the first of `members` that is it less that surname, or the other way round (`lessSecondSurname`); null. */
export function secondSurnameAgainst(name: string, members: readonly { name: string }[], isGivenName: (word: string) => boolean): string | null {
  // Counted first: most pairs are not a word apart, or are of one word, and are never split.
  const spaces = spacesIn(name);
  for (const m of members) {
    const other = spacesIn(m.name);
    if (Math.abs(other - spaces) !== 1 || Math.min(other, spaces) < 1) continue;
    const r = lessSecondSurname(name, m.name, isGivenName);
    if (r !== null) return r;
  }
  return null;
}

/** A name's words' skeletons, for telling one name is another less a word (`lessSecondSurname`'s test as a key). */
export function wordsSkeletonKey(nameWords: readonly string[]): string {
  return nameWords.map(nameSkeleton).join(' ');
}

function spacesIn(name: string): number {
  let n = 0;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) n++;
  return n;
}

/** The keys of a name read in Russian: its skeleton, and from nine letters its consonants (`Tsikhanouskaya` meets `Tichanowska`). */
export function slavicKeys(skel: string): string[] {
  return skel.length >= 9 ? [skel, `#${skel.replace(/[aeiou]/g, '')}`] : [skel];
}

/**
 * One key for a name of two words in either order (`Abe Shinzo`/`Shinzo Abe`): Japanese and
 * Hungarian names are written surname first at home and in some copy, given name first in most
 * German reports, and Korean names the other way round in English copy (`Jae-myung Lee`).
 */
export function eitherOrderKey(nameWords: readonly string[]): string | null {
  if (nameWords.length !== 2 || nameWords.some(isParticle)) return null;
  const a = nameSkeleton(nameWords[0]!), b = nameSkeleton(nameWords[1]!);
  return a === b ? null : `%${a < b ? `${a} ${b}` : `${b} ${a}`}`;
}

/**
 * Whether two names of two words are the same two words in the other order (by skeleton): one
 * person, unless both words may be given names (`Paul Thomas` and `Thomas Paul` are two people).
 */
export function isOtherOrder(a: readonly string[], b: readonly string[], mayBeGiven: (lower: string) => boolean): boolean {
  if (a.length !== 2 || b.length !== 2 || a.some(isParticle)) return false;
  const a0 = nameSkeleton(a[0]!), a1 = nameSkeleton(a[1]!);
  if (a0 === a1 || a0 !== nameSkeleton(b[1]!) || a1 !== nameSkeleton(b[0]!)) return false;
  return !(mayBeGiven(foldText(a[0]!)) && mayBeGiven(foldText(a[1]!)));
}

/**
 * A bare word that is a German given name against a whole name of a given name of another list
 * ending in it (`Karl` / `Beatrix Karl`, `Lucas` / `George Lucas`): the bare word is as likely a
 * given name the finder cut from another person (`Bürgermeister Karl Rudischer`) as that
 * person's surname, so the surname alone joins no such name. `bare` is the bare side's word
 * (null when both are whole names), `given` the whole name's given name.
 */
export function bareGivenAsSurname(bare: string | null, given: string | null, isListedGiven: (word: string) => boolean): boolean {
  return bare !== null && given !== null && isListedGiven(bare) && !isListedGiven(given);
}

/**
 * Two given names of some language, each written as its list has it (`Thomas`/`Tomasz`): one
 * name's forms in two languages, borne by different people, not two renderings of one person's.
 * Asked only where one side has no given name to compare (a bare given name, `Thomas`, is no
 * surname to find another spelling of); with both given names the whole name decides
 * (`Abd Rabbo Mansour`/`Abd Rabbu Mansur`).
 */
export function areTwoGivenNames(a: string, b: string): boolean {
  const fa = foldText(a), fb = foldText(b);
  return fa !== fb && mayBeGivenName(fa) && mayBeGivenName(fb);
}
