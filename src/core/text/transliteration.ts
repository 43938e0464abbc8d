/**
 * Names transliterated from Cyrillic, Arabic or Persian come in German, English and French
 * renderings, and now and then in their own script (Cyrillic is read as German transliterates it,
 * `romanizeCyrillic`): `Prigoschin`/`Prigozhin`, `Chamenei`/`Khamenei`, `Haniyeh`/`Hanija`/`Hanijeh`,
 * `Selenskyj`/`Selenskij`/`Zelensky`, `Dmitrijew`/`Dmitriev`, `Witkoff`/`Wittkoff`,
 * `al-Dscholani`/`al-Jolani`. A sound code such as the Kölner Phonetik keeps most of them apart
 * (`ch` and `kh`, `sch` and `zh` code differently), so names are compared by their
 * **skeleton**: the word folded, then the letter groups that render one sound collapsed onto one
 * letter, in this order:
 *
 * | renderings | become |
 * | --- | --- |
 * | an Arabic article `al-`, `el-`, `ad-` … in front | dropped |
 * | `dsch`, `dzh`, `dj` (dsch of ج and дж) | `i` |
 * | `tsch`, `tch`, `cz` (ч) | `c` (kept apart from `k`; close to an English `ch`, see below) |
 * | `sch`, `sh`, `zh`, `sz` (ш, ж) | `s` |
 * | `kh`, `ch` (х) | `h` |
 * | `ph` → `f`; `th` → `t`; `wh` → `w`; `gh` → `g`; `ck`, `c`, `q` → `k`; `x` → `ks` | |
 * | `ph` … as above; `dh` → `d` (ذ, ض) | |
 * | `w` → `v`; `z`, `ts`, `tz` → `s`; `y`, `j` → `i`; `ou`, `oo` → `u`; `ae`, `oe`, `ue` → `a`, `o`, `u`; `ie` → `i` | |
 * | `off`, `of` at the end → `ov` | |
 * | a doubled letter, a vowel run of one letter | once |
 * | `h` after a vowel at the end (`Haniyeh`) | dropped |
 *
 * Two words are the same name when their skeletons agree, and close when they differ by one
 * edit (two from nine letters on) in vowels or voiced/voiceless pairs (`Dimitriev`/`Dmitrijew`),
 * by a final vowel (`Hanija`, `hania` / `Haniyeh`, `hani`), by `c` against `h` (`Tehrantschi` /
 * `Tehranchi`: English `ch` is the German `tsch`, German `ch` the English `kh`), by `c` against `k`
 * (`Vutschitsch`/`Vucic`: the South Slavic `č`, `ć` written without its mark), by `h` against `s`
 * (`Zourabichvili`/`Surabischwili`: French `ch` is the German `sch`), or only in an initial `g`/`i`
 * (`Golani`/`Jolani`, the Egyptian rendering of ج) or `g`/`k` (`Ghalibaf`/`Qalibaf`), or by two letters a typo
 * swapped (`Arata`/`Atara`, five letters on, not the first). Close is a candidate: a
 * caller confirms it with context (given names, roles, co-mentioned people). The female and
 * male forms of one Slavic surname (`Nawalnaja`/`Nawalny`, `Petrowa`/`Petrow`) are never the
 * same person.
 */
import { editDistance } from './distance';
import { foldText as fold } from './fold';
import { BoundedCache } from './bounded-cache';
import { ARABIC_ARTICLES, E_ARTICLES, PERSIAN_ARTICLE } from './name-articles';
import { isGenderedGivenPair } from './given-gender';

/** Arabic articles written in front of a name with a hyphen, and the Persian `Āl-e` (family of: `Ale-Haschem`). */
const ARTICLE = new RegExp(`^(?:${PERSIAN_ARTICLE}|${ARABIC_ARTICLES}|${E_ARTICLES})-`);

/** Ordered replacements (see the module comment); earlier rules see the word before later ones. */
const RULES: [RegExp, string][] = [
  [/dsch|dzh|dj/g, 'i'],
  // `1` until the end (made `c` there), so that `c` → `k` below leaves it: `tsch` is no `k`.
  [/tsch|tch|cz/g, '1'],
  [/sch|sh|zh|sz/g, 's'],
  [/kh|ch/g, 'h'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  // Arabic ذ/ض rendered `dh` in English, `d` in German (`Dheif`/`Deif`, `Gandhi`).
  [/dh/g, 'd'],
  [/wh/g, 'w'],
  [/gh/g, 'g'],
  [/ck|q/g, 'k'],
  [/c/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/ts|tz|z/g, 's'],
  [/[yj]/g, 'i'],
  // French `ou`, English and Korean `oo` (`Yoon`/`Jun`), and German umlauts written out (`ae`,
  // `oe`, `ue`: `Mueller`/`Müller`, which the fold has made `muller`; Persian `Raeisi`/`Raisi`).
  [/ou|oo/g, 'u'],
  [/ae/g, 'a'],
  [/oe/g, 'o'],
  [/ue/g, 'u'],
  [/ie/g, 'i'],
  [/of+$/, 'ov'],
  [/(.)\1+/g, '$1'],
  [/([aeiou])h$/, '$1'],
  [/1/g, 'c'],
];

/**
 * The South Slavic `đ` as English and German copy renders it, `dj` (`Đoković`, `Djokovic`), not
 * the bare `d` search folds it to: both then have one skeleton. Replaced only in a word that holds
 * one (two `indexOf`s, no regex pass over every word).
 */
const STROKED_D = /[đĐ]/g;

/**
 * Skeletons per generation of the cache (`BoundedCache`): the name finder asks for every
 * capitalised word it cannot place, and a whole-map reset lost the recurring names with the rest.
 * At 25,000 a quarter of its lookups missed over the 10k bench library (~8 MB more heap at 100,000).
 */
const CACHE_WORDS = 100_000;
let cache = new BoundedCache<string, string>(CACHE_WORDS);

/**
 * Sizes this thread's cache of skeletons anew (empty), in words per generation. For a thread that
 * only groups names (the spellings worker): the grouping asks for a name's words while it
 * compares the name with its few candidate groups, so a small cache serves it nearly as well,
 * and 100,000 words a generation were ~12 MB of its heap at 100,000 reports.
 */
export function setSkeletonCacheWords(words: number): void {
  cache = new BoundedCache<string, string>(words);
}

/**
 * The transliteration skeleton of one name word (see the module comment); '' for a word
 * without letters. Cached.
 *
 * ```ts
 * nameSkeleton('Prigoschin') === nameSkeleton('Prigozhin')  // 'prigosin'
 * nameSkeleton('Chamenei') === nameSkeleton('Khamenei')     // 'hamenei'
 * ```
 */
export function nameSkeleton(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    const roman = romanizeCyrillic(word);
    s = fold(roman.indexOf('đ') < 0 && roman.indexOf('Đ') < 0 ? roman : roman.replace(STROKED_D, 'dj')).replace(ARTICLE, '').replace(/[^a-z]/g, '');
    for (const [re, to] of RULES) s = s.replace(re, to);
    cache.set(word, s);
  }
  return s;
}

/**
 * Cyrillic letters as the German transliteration writes them (Duden: `ж` zh as the English does,
 * which the skeleton reads as `sch`; `и` i, Ukrainian `и` y, both `i` in a skeleton): a name quoted
 * in its own script (`Володимир Зеленський` in an embedded post) is `Wolodymyr Selenskyj`.
 * Russian `г` is `g`; the Ukrainian `h` it renders is lost, as most German copy loses it too.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'w', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'jo', є: 'je', ж: 'zh', з: 's', и: 'i', і: 'i', ї: 'ji', й: 'j',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'ch', ц: 'z', ч: 'tsch',
  ш: 'sch', щ: 'schtsch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja',
};
const HAS_CYRILLIC = /[\u0400-\u04ff]/;

/** A word in Cyrillic script in Latin letters (see `CYRILLIC`); other words as they are. */
export function romanizeCyrillic(word: string): string {
  if (!HAS_CYRILLIC.test(word)) return word;
  let out = '';
  for (const c of word.toLowerCase()) out += CYRILLIC[c] ?? c;
  // `ё` after a hushing sound is a bare `o` (`Хрущёв`, `Chruschtschow`).
  return out.replace(/(zh|sch)jo/g, '$1o');
}

/** How two name words relate: one name, a candidate to confirm with context, or two names. */
export type NameMatch = 'same' | 'close' | 'different';

/** Letters below which a one-edit difference is not a spelling but another name (`Lee`/`Li`). */
const CLOSE_MIN_LENGTH = 4;
/** Letters from which two edits still make a spelling (`Amirabdollahian`/`Amir-Abdolahijan`). */
const TWO_EDITS_MIN_LENGTH = 9;

/**
 * Compares two name words by their skeletons (see the module comment).
 *
 * ```ts
 * compareNameWords('Hanija', 'Haniyeh')     // 'close'
 * compareNameWords('Selenskyj', 'Zelensky') // 'same'
 * compareNameWords('Nawalny', 'Nawalnaja')  // 'different'
 * ```
 */
export function compareNameWords(a: string, b: string): NameMatch {
  const sa = nameSkeleton(a), sb = nameSkeleton(b);
  if (!sa || !sb) return 'different';
  if (sa === sb) return 'same';
  if (isGenderPair(sa, sb) || isGenderPair(sb, sa)) return 'different';
  const shorter = Math.min(sa.length, sb.length);
  if (shorter < CLOSE_MIN_LENGTH) return 'different';
  if (isArabicInitialPair(sa, sb)) return 'close';
  if (isZhInitialPair(a, sa, b, sb) || isZhInitialPair(b, sb, a, sa)) return 'close';
  // English `ch` renders چ as German `tsch` does (`Tehranchi`/`Tehrantschi`), while German `ch`
  // is the English `kh`: a `c` against an `h` is close, not the same.
  if (sa.includes('c') !== sb.includes('c')) {
    const ha = sa.replace(/c/g, 'h'), hb = sb.replace(/c/g, 'h');
    if (ha === hb || compareNameWords(ha, hb) !== 'different') return 'close';
  }
  // The South Slavic `č`/`ć` is the German `tsch` (`Vutschitsch`), while copy without marks
  // writes a `c` the skeleton reads `k` (`Vučić`, `Vucic`): a `c` against a `k` after the first letter
  // is close, not the same (`Tschaikowski` is not `Kaikowski`).
  if (sa[0] === sb[0] && sa.includes('c') !== sb.includes('c') && sa.replace(/c/g, 'k') === sb.replace(/c/g, 'k')) return 'close';
  // French `ch` renders ш as German `sch` does (`Zourabichvili`/`Surabischwili`), while German
  // `ch` is the English `kh`: an `h` against an `s` after the first letter is close, not the same.
  if (sa.length === sb.length && sa.slice(1).includes('h') !== sb.slice(1).includes('h') && frenchSh(sa) === frenchSh(sb)) return 'close';
  // A typo that swaps two letters, side by side or one apart (`Arata`/`Atara`): close, for the
  // given name or the company the name keeps to confirm, as for any slip of one letter.
  if (shorter >= SWAP_MIN_LENGTH && isSwap(sa, sb)) return 'close';
  // A Belarusian or Ukrainian rendering against the Russian one (`Sapeha`/`Sapega`, `Tsikhanouskaya`/`Tichanowskaja`).
  if (isEastSlavicPair(a, sa, b, sb) || isEastSlavicPair(b, sb, a, sa)) return 'close';
  // A French rendering (`Prigojine`, `Loukachenko`, `al-Charaa`) read as the English one.
  if (isFrenchPair(a, sb) || isFrenchPair(b, sa)) return 'close';
  // `hania`/`hani` (`Hanija`/`Haniyeh`): endings of Arabic and Persian names vary in their vowel.
  if (Math.abs(sa.length - sb.length) === 1 && /[aeiou]$/.test(sa.length > sb.length ? sa : sb) && (sa.startsWith(sb) || sb.startsWith(sa))) return 'close';
  const max = shorter >= TWO_EDITS_MIN_LENGTH ? 2 : 1;
  if (editDistance(sa, sb, max) > max) return 'different';
  // Renderings differ in vowels and in voiced/voiceless pairs, not in other consonants
  // (`Peskow`/`Petkow`), and names differ most at their start (`Raisi`/`Baisi`).
  return sa[0] === sb[0] && consonantClasses(sa) === consonantClasses(sb) ? 'close' : 'different';
}

/** An East Slavic surname's ending, for reading an initial `H` as the Ukrainian `г` (`Horbunow`), not the German `h` (`Heller`). */
const EAST_SLAVIC_END = /(?:enko|[cy]?uk|[oe][vw]a?|[iy]ch|sk[iy]|ska(?:ja|ya)?|[ao]va|ka|ko)$/;

/**
 * A Belarusian or Ukrainian rendering read as the Russian one German and English copy mostly
 * write: `h` for `г` between vowels or at the start before `r` or a vowel of an East Slavic
 * surname (`Sapeha`/`Sapega`, `Hryshchenko`/`Gryschtschenko`; a German lengthening `h` before a
 * consonant stays, `Mahler`), the Belarusian `ў` written `u` after a vowel before `s`, `k`, `ch` or
 * at the end (`Tsikhanouskaya`, `Kazlou`: `ов`, `Tichanowskaja`, `Kozlow`), and an initial `Ts`/`Dz`
 * before a soft vowel for `т`/`д` (`Tsikhanouskaya`/`Tichanowskaja`, `Dzmitry`/`Dmitri`). Null when
 * nothing so reads.
 */
export function eastSlavicReading(word: string): string | null {
  let r = readings.get(word);
  if (r === undefined) {
    const f = fold(word);
    let read = f.replace(/^ts(?=[iey])/, 't').replace(/^dz(?=[iemy])/, 'd').replace(/([aeiouy])u(?=s|k|ch|$)/g, '$1v').replace(/([aeiouy])h(?=[aeiouy])/g, '$1g');
    if (EAST_SLAVIC_END.test(f)) read = read.replace(/^h(?=[raeiouy])/, 'g');
    readings.set(word, (r = read === f ? null : read));
  }
  return r;
}

/** `eastSlavicReading` per word: the grouping asks it of a surname in each comparison that gets this far. */
const readings = new BoundedCache<string, string | null>(CACHE_WORDS);

/**
 * Whether `a` read as Russian (`eastSlavicReading`) is `b` or close to it by the rules above, in
 * five letters or more: `Sapeha`/`Sapega`, `Tsikhanouskaya`/`Tichanowskaja` (three differences).
 */
function isEastSlavicPair(a: string, sa: string, b: string, sb: string): boolean {
  if (Math.min(sa.length, sb.length) < 5) return false;
  const r = eastSlavicReading(a);
  if (r === null) return false;
  const sr = nameSkeleton(r);
  if (sr === sb) return true;
  // Past the reading, only a difference the rules above find at a later letter: an initial read
  // otherwise and then close to another initial is another name (`Tschaikowski`/`Kaikowski`).
  const other = eastSlavicReading(b) ?? b;
  return sr !== sa && sr[0] === nameSkeleton(other)[0] && compareNameWords(r, other) !== 'different';
}

/**
 * A name as French copy renders Russian and Arabic names, read as English copy does: `ch` is `sh`
 * (ш, ش), `j` is `zh` (ж), `gu` before `e`/`i` a `g`, an initial `E` the `Ye` of Е, and the `-e`
 * after a final `n` or `r` is mute (`Prigojine`, `Alexandre`, `Loukachenko`, `Evgueni`, `Eltsine`), in a word
 * that carries one of French copy's own marks (`FRENCH_MARK`, `ï`, `ë`). Null when nothing so reads. Only ever a close spelling, for the given name or company to confirm: German
 * copy writes `ch` for х.
 */
export function frenchReading(word: string): string | null {
  let r = frenchReadings.get(word);
  if (r === undefined) {
    const f = fold(word);
    // Only a word French copy marks as its own: German writes `ch` for х (`Fuchs`, `Koch`) and `j` for й (`Maja`).
    const read = !FRENCH_MARK.test(f) && !/[ïë]/i.test(word) ? f : f.replace(/ch/g, 'sh').replace(/(^|[^d])j/g, '$1zh').replace(/gu(?=[eiy])/g, 'g').replace(/^e/, 'ye').replace(/ine$/, 'in').replace(/([^aeiou])re$/, '$1r');
    frenchReadings.set(word, (r = read === f ? null : read));
  }
  return r;
}

/**
 * What French copy writes and German and English copy do not: `ou` for у, `gu` before `e`/`i`, a
 * mute `-e` after `r`, and after `-in` in a word with a `j`, `ch` or `ts` (`Prigojine`, `Eltsine`; not `Heine`).
 */
const FRENCH_MARK = /ou|gu[eiy]|[^aeiou]re$|(?:j|ch|ts)[a-z]*ine$/;

/** `frenchReading` per word: the grouping asks it of every person's surname and of given names compared. */
const frenchReadings = new BoundedCache<string, string | null>(CACHE_WORDS);

/** Whether `a` read as French (`frenchReading`) has the skeleton `sb`. */
function isFrenchPair(a: string, sb: string): boolean {
  const r = sb.length >= CLOSE_MIN_LENGTH ? frenchReading(a) : null;
  return r !== null && nameSkeleton(r) === sb;
}

/** A skeleton with each `h` after its first letter read as the `s` of a French `ch` (`zurabihvili` → `zurabisvili`). */
function frenchSh(s: string): string {
  return s[0] + s.slice(1).replace(/h/g, 's');
}

/** Letters from which two swapped letters are a typo rather than another name (`Lima`/`Mila`, `Omar`/`Amor`). */
const SWAP_MIN_LENGTH = 5;

/**
 * Whether two skeletons of one length differ only by two letters swapped, next to each other
 * or with one letter between (`arata`/`atara`), not the first: names differ most at their start.
 */
export function isSwap(sa: string, sb: string): boolean {
  if (sa.length !== sb.length || sa[0] !== sb[0]) return false;
  let i = -1;
  let j = -1;
  for (let k = 1; k < sa.length; k++) {
    if (sa[k] === sb[k]) continue;
    if (i < 0) i = k;
    else if (j < 0) j = k;
    else return false;
  }
  return j > 0 && j - i <= 2 && sa[i] === sb[j] && sa[j] === sb[i];
}

/** A skeleton's consonants, voiced and voiceless pairs merged: `dmitriev` → `dmdrf`. */
function consonantClasses(s: string): string {
  return s.replace(/[aeiou]/g, '').replace(/[bp]/g, 'b').replace(/[dt]/g, 'd').replace(/[fv]/g, 'f').replace(/[gk]/g, 'g');
}

/**
 * `Golani`/`Jolani` (`golani`/`iolani`): ج written `g` in Egyptian renderings; `Ghalibaf`/
 * `Qalibaf` (`galibaf`/`kalibaf`): Persian writes ق and غ alike, `gh` or `q`.
 */
function isArabicInitialPair(sa: string, sb: string): boolean {
  if (sa.slice(1) !== sb.slice(1)) return false;
  const pair = sa[0]! + sb[0]!;
  return pair === 'gi' || pair === 'ig' || pair === 'gk' || pair === 'kg';
}

/**
 * `Zhaparov`/`Japarov`/`Dschaparow` (`saparof`/`iaparof`): the Kazakh and Kyrgyz `ж` is `dzh`,
 * written `zh` in English copy (which the skeleton reads as the Russian `ж`, `sch`) and `j` or
 * `dsch` elsewhere. Only an initial `Zh` as written, against one the skeleton reads `i`, in five
 * letters or more (`Zhang` and the Korean `Jang` are two surnames).
 */
function isZhInitialPair(a: string, sa: string, b: string, sb: string): boolean {
  return sa.length >= 5 && sa[0] === 's' && sb[0] === 'i' && /^zh/i.test(a) && sa.slice(1) === sb.slice(1);
}

/**
 * True when `f` is the female form of the Slavic surname `m`: `+a` after `-ov`, `-ev`, `-in`
 * (`Petrowa`), `-i` → `-a`/`-aia` (`Kowalska`, `Nawalnaja`), `-ii` → `-aia` (`Selenskaja`).
 */
export function isGenderPair(f: string, m: string): boolean {
  if (/(?:ov|ev|in)$/.test(m) && f === `${m}a`) return true;
  if (m.endsWith('i')) {
    const stem = m.slice(0, -1);
    return f === `${stem}a` || f === `${stem}aia`;
  }
  return false;
}

/**
 * Whether two given names can be one person's: the same skeleton, one the other's initial
 * (`W.`/`Wladimir`), or close (`Ebrahim`/`Ibrahim`, `Alexej`/`Alexei`, `Julija`/`Yulia`), and
 * not one name's female and male forms (`Paula`/`Paul`, `Maria`/`Mario`: `given-gender.ts`) unless
 * `gendered` is false (the report has said both are of one sex: `explore/given-sex.ts`).
 */
export function isSameGivenName(a: string, b: string, french = true, gendered = true): boolean {
  const sa = nameSkeleton(a), sb = nameSkeleton(b);
  if (!sa || !sb) return false;
  if (sa === sb) return true;
  if (gendered && isGenderedGivenPair(a, sa, b, sb)) return false;
  if ((a.endsWith('.') && sb.startsWith(sa)) || (b.endsWith('.') && sa.startsWith(sb))) return true;
  // A French rendering read as the English one (`Evgueni`, `Alexandre`); the reading reads as itself.
  const fa = french ? frenchReading(a) : null, fb = french ? frenchReading(b) : null;
  if ((fa && isSameGivenName(fa, b, false, gendered)) || (fb && isSameGivenName(a, fb, false, gendered))) return true;
  const ga = arabicAbd(sa), gb = arabicAbd(sb);
  if (ga === gb) return true;
  if (Math.min(sa.length, sb.length) < 4) return false;
  // Vowels of given names vary most (`Ebrahim`/`Ibrahim`, `Mohammed`/`Mohammad`), but not where
  // a vowel stands: `Ahmad` and `Hamad`, `Abdel` and `Abdullah` are two names.
  const consonants = (s: string) => s.replace(/[aeiou]/g, '');
  const shape = (s: string) => s.replace(/[aeiou]+/g, 'a').replace(/[^a]/g, 'b');
  if (consonants(sa) === consonants(sb) && shape(sa) === shape(sb)) return !diphthongAgainstVowel(sa, sb);
  // Slavic renderings leave out the vowel before a final `r` or `l` (`Aljaksandr`/`Alexander`,
  // `Pjotr`/`Peter`, `Karel`/`Karl`): with the same consonants, one name.
  if (consonants(sa) === consonants(sb) && shape(withoutLastVowel(sa)) === shape(withoutLastVowel(sb))) return true;
  return editDistance(sa, sb, 1) <= 1;
}

/**
 * Whether, vowel run by vowel run, one name has a diphthong (`ei`, `ai`: `y` is `i` in a skeleton)
 * where the other has a single vowel: `Hussein`/`Husain` (حسين) and `Hassan`/`Hasan` (حسن) are two
 * names of one root, while renderings of one name keep the diphthong.
 */
function diphthongAgainstVowel(sa: string, sb: string): boolean {
  const ra = sa.match(/[aeiou]+/g) ?? [], rb = sb.match(/[aeiou]+/g) ?? [];
  return ra.some((v, i) => { const w = rb[i] ?? ''; return (v.length === 1 && /^[aeou]i$/.test(w)) || (w.length === 1 && /^[aeou]i$/.test(v)); });
}

/** A skeleton less a vowel between two consonants before its final `r` or `l` (`aleksander` → `aleksandr`). */
function withoutLastVowel(s: string): string {
  return s.replace(/([^aeiou])[aeiou]([rl])$/, '$1$2');
}

/** `Abd`, `Abdel`, `Abdul`, `Abdol`: the Arabic `ʿAbd al-` (servant of) of a compound given name, one name. */
function arabicAbd(skel: string): string {
  return /^abd[aeiou]?l?$/.test(skel) ? 'abd' : skel;
}
