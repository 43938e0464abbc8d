/**
 * Runs of two capitalised words shaped like a given name and a surname whose words themselves
 * say they name something else (`thing-names.ts` asks, beside the cues of the words around them).
 * Each test is a class of word read from the word lists already shipped, not a list of names;
 * none applies to a run holding a word that may be a given name of any list.
 *
 * - **English words, no given name** (`Champions League`, `Google Places`, `Consumer Reports`,
 *   `Rockstar Games`): the second word one of the 5,000 most frequent English words (past the
 *   first 100, the function words) and either the plural of one (`Places`, `Games`; a given
 *   name's `s` is a genitive, `Drews`) or after a word the German or English lists know
 *   (`Digital Natives`, `Android Pay`): a title, a product, a team or a firm. A surname the English
 *   list holds after a given name of no list stays a person (`Yussi Pick`, `Inderjeet Singh`):
 *   the first word then is a word of no list.
 * - **A company's legal form** ending the run or right after it (`Landesholding GmbH`, `Ipek
 *   Holding`, `Zielpunkt GmbH`): the firm, also one named after its founder.
 * - **A name's genitive before a German noun** (`Poulencs Klavierkonzert`, `Webbers Musical`):
 *   the first word in `s` (and the word without it no given name), the second a word the
 *   lexicons know.
 * - **A long German noun first** (`Spitzenreiter Rapid`, `Schlusslicht Grödig`, `Autobauer Fiat`):
 *   a word the lexicons know (whole or as a compound of known parts), of nine letters or more and
 *   not in the frequency list, is a noun (what the team or the firm is), not a given name. Shorter
 *   ones are given names the lists lack too often (`Gottwald`, `Dietrich`, `Adelheid`).
 */
import { wordLists } from './content-words';
import { isGivenSpelling, mayBeGivenName } from './given-names';
import { englishRank } from './name-openers';
import { isLexiconWord } from '../text/decompound';
import { wordRoot } from '../text/roots';
import { stemWord } from '../text/words';
import { foldText } from '../text/fold';

/** The English list's most frequent words are function words (`the`, `you`, `it`): no cue. */
const ENGLISH_FUNCTION_WORDS = 100;
/** The shortest singular an English plural is read from (`Arts` is `art`'s, `Bus` no plural). */
const MIN_PLURAL_STEM = 3;
/** The shortest German compound read as a noun rather than a given name (`Gottwald`, 8, is a name). */
const MIN_COMPOUND = 9;

/** A company's legal forms (lowercase): a run before or ending in one names the company. */
const LEGAL_FORM = new Set(['gmbh', 'ag', 'kg', 'og', 'inc', 'ltd', 'llc', 'plc', 'corp', 'corporation', 'holding', 'holdings', 'co']);

/** Whether a word (as written) may be a given name of any list, in any rendering. */
function mayBeGiven(word: string): boolean {
  return mayBeGivenName(word.toLowerCase()) || isGivenSpelling(word, wordLists().firstNames);
}

function isEnglishWord(lower: string): boolean {
  return englishRank(lower) >= ENGLISH_FUNCTION_WORDS;
}

/** The plural of a frequent English word that is no given name (`Places`, `Games`; not `Drews`, `Scotts`). */
function isEnglishPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (!lower.endsWith('s') || lower.length - 1 < MIN_PLURAL_STEM) return false;
  const stem = word.slice(0, -1);
  return isEnglishWord(stem.toLowerCase()) && !mayBeGiven(stem);
}

/** Whether a word (as written) is one the German frequency list, the English list or the lexicons know. */
function isListedWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (wordLists().common.get(lower) !== undefined || englishRank(lower) >= 0) return true;
  return isLexiconWord(rootOf(word));
}

function rootOf(word: string): string {
  const folded = foldText(word);
  return wordRoot(word, folded, stemWord(folded));
}

/** A long noun the lexicons know (mostly a compound), not a frequent word (`Spitzenreiter`, `Autobauer`). */
function isGermanCompound(word: string): boolean {
  if (word.length < MIN_COMPOUND || word.includes('-') || wordLists().common.get(word.toLowerCase()) !== undefined) return false;
  return isLexiconWord(rootOf(word));
}

/**
 * A bare word beside a verb of saying that is a noun or an adverb, not a surname (`entities.ts`
 * `speakers`): a long compound the lexicons know (`forderte Flammenwerfer`) or an adverb made of a
 * participle (`Abschließend forderte sie`), neither a word that may be a given name.
 */
export function isBareNoun(word: string): boolean {
  if (mayBeGiven(word)) return false;
  return isGermanCompound(word) || (word.endsWith('end') && isLexiconWord(rootOf(word)));
}

/** The shortest genitive read before a noun (`Ivos` may be a given name's). */
const MIN_GENITIVE = 5;

/**
 * A name's genitive before a noun the lexicons know (`Poulencs Klavierkonzert`, `Googles
 * Betriebssystem`): whose thing, not a given name and a surname. A word with a capital inside is
 * two words run together (`BürgermeisterThomas Steiner`), no genitive.
 */
function isGenitiveBeforeNoun(first: string, second: string): boolean {
  if (first.length < MIN_GENITIVE || !first.endsWith('s') || /.\p{Lu}/u.test(first) || mayBeGiven(first.slice(0, -1))) return false;
  return isLexiconWord(rootOf(second));
}

/**
 * What the run `words` (as written), followed by `next` (the word after it in the sentence, or
 * null), names by its own words instead of a person (see the module comment): a firm, a thing
 * (a title, a product, a team), or null.
 */
export function namedByItsWords(words: readonly string[], next: string | null): 'organisation' | 'thing' | null {
  // A firm named after its founder is the firm too (`Thomas Cook GmbH`).
  if (LEGAL_FORM.has(words[words.length - 1]!.toLowerCase()) || (next !== null && LEGAL_FORM.has(next.toLowerCase()))) return 'organisation';
  if (words.length !== 2) return null;
  const [first, second] = words as [string, string];
  if (mayBeGiven(first) || mayBeGiven(second)) return null;
  if (isEnglishPlural(second) || (isEnglishWord(second.toLowerCase()) && isListedWord(first))) return 'thing';
  return isGermanCompound(first) || isGenitiveBeforeNoun(first, second) || (isListedWord(first) && isLexiconWord(rootOf(second))) ? 'thing' : null;
}
