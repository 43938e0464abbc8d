/**
 * First words that open the name of an organisation, never a person's (`thing-names.ts` asks):
 * each a kind of word, read from word lists, not a list of names.
 *
 * - **a declined German adjective** (`des Roten Halbmonds`, `Roter Halbmond`, `Islamischer
 *   Staat`): capitalised only as part of a name, and a person's name never opens with one — the
 *   word ends as adjectives do (`-ischen`, `-iger`) or the frequency list holds it with four of its
 *   endings (`roten`, `rote`, `roter`, `rotes`); a given name
 *   later in the run keeps a person (`der Grünen Omid …` is read as a person);
 * - **an English demonym** (`Georgian Dream`, `Iranian Red Crescent`): a country's English name
 *   with a demonym's ending (`Georgia` → `Georgian`, `Iran` → `Iranian`, `China` → `Chinese`).
 *
 * Neither applies to a first word the German given names hold (`Christian`), nor to a run with a
 * given name of any list after its first word; an adjective is no given name of the world list
 * either, while a demonym may be one (the world list holds the Romanian `Georgian`).
 *
 * Apart from these, `opensWithEnglishWord`: a run opening with a frequent English word that is no
 * given name names a title, a product, a team or a firm (`Open Access`, `It Happens`, `Silver
 * Machine`, `Rockstar Games`), not a person.
 */
import { createRequire } from 'node:module';
import { isSurnameFirst } from '../text/name-order';
import { wordLists } from './content-words';
import { countryNames } from './country-names';
import { isGivenSpelling, isGivenWord, isWorldGivenName, mayBeGivenName } from './given-names';
import EN_COMMON from './data/en-common-words.json';

const ADJECTIVE_ENDINGS = ['en', 'er', 'es', 'em', 'e'];

/** A declined adjective by its suffix (`Iranischen`, `Islamischer`, `Heiligen`, `Staatlichen`, `Internationale`). */
const ADJECTIVE_SUFFIX = /(?:isch|ig|lich|al)(?:e|en|er|es|em)$/;

/**
 * Whether a word (lowercase) is a declined adjective: by its suffix, or its stem with four of the
 * five endings in the frequency list (`rote`, `roten`, `roter`, `rotes`); a noun or a verb has
 * three at most (`sprecher`, `sprechen`, `spreche`), a given name two (`steve`, `steven`).
 */
function isDeclinedAdjective(lower: string): boolean {
  const end = ADJECTIVE_ENDINGS.find((e) => lower.endsWith(e) && lower.length - e.length >= 3);
  if (!end) return false;
  if (ADJECTIVE_SUFFIX.test(lower)) return true;
  const { common } = wordLists();
  const stem = lower.slice(0, -end.length);
  return ADJECTIVE_ENDINGS.filter((e) => common.get(stem + e) !== undefined).length >= 4;
}

let demonyms: Set<string> | null = null;

/** English demonyms made from the English country names (`i18n-iso-countries`) by their usual endings. */
function englishDemonyms(): Set<string> {
  if (!demonyms) {
    const require = createRequire(import.meta.url);
    const en = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
    demonyms = new Set();
    for (const v of Object.values(en.countries)) {
      for (const name of Array.isArray(v) ? v : [v]) {
        if (name.includes(' ') || name.includes(',')) continue;
        const c = name.toLowerCase();
        const bare = c.replace(/[aeiouy]$/, '');
        for (const d of [`${c}n`, `${c}an`, `${c}ian`, `${c}i`, `${bare}ian`, `${bare}ese`, `${bare}ish`, `${bare}an`, `${bare}i`]) demonyms.add(d);
      }
    }
  }
  return demonyms;
}

let countries: Set<string> | null = null;

/** Countries' English names of one word (`austria`, `india`), lowercase, that are no German country name (`china`, `israel`). */
function englishCountryNames(): Set<string> {
  if (!countries) {
    const require = createRequire(import.meta.url);
    const en = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
    countries = new Set();
    for (const v of Object.values(en.countries)) {
      for (const name of Array.isArray(v) ? v : [v]) if (!/[ ,]/.test(name) && !countryNames().has(name.toLowerCase())) countries.add(name.toLowerCase());
    }
  }
  return countries;
}

/**
 * Whether a run (two words or more) holds a country's English name and no word that may be a
 * given name of any list (`Casinos Austria`, `Austria Salzburg`, `Force India`): German news
 * writes a country in German, and in English inside the name of a firm, a club or a team; a
 * person's name with one has a given name (`Kathy Ireland`, `Anatole France`).
 */
export function holdsEnglishCountry(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  let country = false;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (isGiven(lower) || mayBeGivenName(lower)) return false;
    if (englishCountryNames().has(lower)) country = true;
  }
  return country;
}

/** Whether a word (lowercase) is an English demonym (`georgian`, `iranian`) that is no German given name. */
export function isEnglishDemonym(lower: string): boolean {
  return englishDemonyms().has(lower) && !wordLists().firstNames.has(lower);
}

function isGiven(lower: string): boolean {
  return wordLists().firstNames.has(lower) || isWorldGivenName(lower);
}

/** Whether a word of a run is a given name of the German or the world list (`Ahmet Yener`). */
export function hasGivenName(words: readonly string[]): boolean {
  return words.some((w) => isGiven(w.toLowerCase()));
}

/**
 * Whether the words of a run (as written) open like an organisation's name: a declined adjective
 * or an English demonym first, that is no given name, with no given name after it.
 */
export function opensOrganisation(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const first = words[0]!.toLowerCase();
  if (wordLists().firstNames.has(first) || words.slice(1).some((w) => isGiven(w.toLowerCase()))) return false;
  return (!isWorldGivenName(first) && isDeclinedAdjective(first)) || englishDemonyms().has(first);
}

let english: Set<string> | null = null;

/** The shortest English opener: `Sun`, `Fan`, `Li` are surnames too, written first (`Sun Xiaomei`). */
const MIN_ENGLISH_OPENER = 4;

/** Whether a word (lowercase) is one of the 5,000 most frequent English words (`data/en-common-words.json`). */
export function isEnglishCommonWord(lower: string): boolean {
  english ??= new Set(EN_COMMON as string[]);
  return english.has(lower);
}

let englishRanks: Map<string, number> | null = null;

/** A word's (lowercase) rank among the 5,000 most frequent English words (0 the most frequent), or -1. */
export function englishRank(lower: string): number {
  englishRanks ??= new Map((EN_COMMON as string[]).map((w, k) => [w, k]));
  return englishRanks.get(lower) ?? -1;
}

/**
 * Whether a run (as written, two words or more) opens with one of the 5,000 most frequent English
 * words (`data/en-common-words.json`) of four letters or more that is no given name of any list
 * (also none the world list leaves out for being a German word: `will`, `frank`) and not the surname of a name written surname first (`Park Geun-hye`),
 * with no given name after it (`General Manager Alexander …`): an English title, product,
 * team or firm (`Open Access`, `Current Biology`, `It Happens`), as a person's name opens with a
 * given name.
 */
export function opensWithEnglishWord(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  english ??= new Set(EN_COMMON as string[]);
  const first = words[0]!, lower = first.toLowerCase();
  // Three letters or fewer may be a Chinese surname written first (`Sun Xiaomei`, `Fan Hui`).
  if (lower.length < MIN_ENGLISH_OPENER || !english.has(lower) || hasGivenName(words) || mayBeGivenName(lower) || isGivenSpelling(first, wordLists().firstNames)) return false;
  return !isSurnameFirst(words, isGivenWord, true);
}
