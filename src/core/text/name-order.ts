/**
 * East Asian names put the surname first (`Yoon Suk Yeol`, `Lee Jae-myung`, `Han Dong Hoon`):
 * a short first word, then a given name of one or two syllables written as a hyphenated pair
 * or as two short words. What the name finder and the grouping need to know of such a name:
 * its surname is its first word, and a bare `Yoon` is that person.
 */

/** A romanised syllable pair written with a hyphen (`Jae-myung`, `Suk-yeol`, `An-su`). */
const SYLLABLE_PAIR = /^\p{Lu}\p{Ll}{0,4}-\p{Ll}{1,5}$/u;
/**
 * A pair whose second syllable is capitalised too (`Jae-Myung`, `An-Su`): read so only after a
 * known East Asian surname (`Lee Jae-Myung`), where a German compound of two short words
 * (`Rot-Weiss`) does not stand.
 */
const CAPITAL_PAIR = /^\p{Lu}\p{Ll}{0,4}-\p{Lu}\p{Ll}{0,4}$/u;
/** One short capitalised word (`Yoon`, `Suk`, `Myung`). */
const SHORT_WORD = /^\p{Lu}\p{Ll}{0,4}$/u;

/**
 * Korean and Chinese surnames in their common romanisations (Revised, McCune–Reischauer, the
 * bearers' own; pinyin, Wade–Giles), lowercase. A German list holds some as given names (`Kim`) or
 * frequent words (`Moon`, `Chen`, `Song`, `Lee`), which alone must not cut such a name
 * (`Kim Jong Un` read as given name `Kim` and surname `Jong`). Only asked of a word that opens a
 * name shaped surname first (`isSurnameFirst`), so a `Kim Wall` or `Moon Unit Zappa` stays as it was.
 */
const EAST_ASIAN_SURNAMES = new Set(
  ('kim gim lee yi rhee ri park pak bak choi choe jung jeong chung kang cho jo yoon yun jang lim rim seo suh shin ' +
    'kwon hwang ahn jeon chun chon moon mun roh noh ban yoo ryu baek heo hur kwak sohn han hong nam ' +
    'wang li zhang chang liu chen yang huang zhao chao wu zhou chou xu hsu sun ma zhu chu hu guo kuo lin gao kao ' +
    'luo zheng cheng liang xie hsieh tang feng deng teng cao tsao peng zeng tseng xiao hsiao tian dong tung pan yuan ' +
    'cai tsai jiang chiang du tu ye yeh wei su lu ding ting shen yao jin chin fu qin xi hsi lai hou ko ke mao wen ' +
    'lien soong goh tan ong hun').split(' '),
);

/** Whether a word (as written) is one of `EAST_ASIAN_SURNAMES`. */
export function isEastAsianSurname(word: string): boolean {
  return EAST_ASIAN_SURNAMES.has(word.toLowerCase());
}

/**
 * One romanised Korean or Chinese syllable (`Jong`, `Un`, `In`, `Thaek`, `Hsien`): consonants,
 * one to three vowels, at most one closing consonant or `ng`. German nouns of five letters or
 * fewer rarely read so (`Rede`, `Land`, `Welt`, `Bild` do not), so after such a surname a frequent
 * word of this shape is a syllable of the given name (`Kim Jong Un`, `Moon Jae In`).
 */
const ROMANISED_SYLLABLE = /^[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|[nmlkpth])?$/i;

/** Whether `word` reads as one romanised syllable (see `ROMANISED_SYLLABLE`). */
export function isRomanisedSyllable(word: string): boolean {
  return ROMANISED_SYLLABLE.test(word);
}

/**
 * Whether `words` (a name as written, two or three words) is surname first: a short first
 * word, then a syllable pair or two short words, none of them a given name a German list knows
 * (`Hans Peter Mayer` is not; `isGivenName` answers for the list). `eastAsianOpener`: a first
 * word that is an East Asian surname may be such a given name too (`Kim Jong Un`, `Kim Dae-jung`):
 * what the name finder asks. The grouping does not (names5 pass): it keys `Kim Jong-un` as ever,
 * and a `Kim Jongun` of one word, which no shape reads surname first, still meets it.
 */
export function isSurnameFirst(words: readonly string[], isGivenName: (word: string) => boolean, eastAsianOpener = false): boolean {
  if (words.length < 2 || words.length > 3 || !SHORT_WORD.test(words[0]!)) return false;
  const rest = words.slice(1);
  const shaped = rest.length === 1 ? SYLLABLE_PAIR.test(rest[0]!) || (eastAsianOpener && isEastAsianSurname(words[0]!) && CAPITAL_PAIR.test(rest[0]!)) : rest.every((w) => SHORT_WORD.test(w));
  return shaped && !rest.some(isGivenName) && (!isGivenName(words[0]!) || (eastAsianOpener && isEastAsianSurname(words[0]!)));
}

/** Whether one word is a romanised syllable pair (`Jae-myung`): a given name after a surname; `afterSurname` a known East Asian one (`Jae-Myung` too). */
export function isSyllablePair(word: string, afterSurname = false): boolean {
  return SYLLABLE_PAIR.test(word) || (afterSurname && CAPITAL_PAIR.test(word));
}
