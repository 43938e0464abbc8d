/**
 * Word-level helpers for comparing German text: function words to leave out, the content
 * stems of a span, and the German word lists (a frequency list of common words and given
 * names, shipped in `data/` with their licence) that tell a common noun from a name.
 */
import { forEachWord, analyzeWord, MAX_TOKEN_CHARS } from '../text/words';
import { isLetterOrDigitCode } from '../text/chars';
import { WordTable } from './word-table';
import { wordRoot } from '../text/roots';
import { ownString } from '../text/own-string';
import { SpanCache } from '../text/span-cache';
import COMMON_WORDS from './data/de-common-words.json';
import FIRST_NAMES from './data/de-first-names.json';
import MORE_GERMAN from './data/de-more-given-names.json';

/**
 * German function words (folded: umlauts → vowels, ß → ss), plus the date words that every
 * report uses. They carry no content for alignment or event matching.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus bei beim bereits bis bisher bislang ' +
    'da dabei damit dann darauf darum das dass dem demnach den denen denn der deren des dessen dich die dies diese diesem diesen dieser dieses doch dort du ' +
    'durch ein eine einem einen einer eines einmal er es etwa euch fur gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ' +
    'ihre ihrem ihren ihrer im in indem ins ist jedoch jetzt kann kein keine konne konnte kunftig man mehr mit muss musse nach nachdem nicht noch nun nur ob oder ohne ' +
    'schon sehr sei seien sein seine seinem seinen seiner seit selbst sich sie sind so soll sollen sollte sondern sowie uber um und uns unser unter vom von vor ' +
    'wahrend war waren warum was weil weiter weitere welche wenn wer werde werden wie wieder will wir wird wo wurde wurden zu zum zur zwar zwischen ' +
    'heute gestern morgen montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar marz april mai juni juli august september oktober november dezember ' +
    'ende anfang mitte woche wochen monat monats jahr jahres tag tage tagen zuletzt zudem laut so zufolge demnach berichten bericht berichtet sagte sagt erklarte ' +
    'ab'
  ).split(' '),
);

/**
 * Spellings as they stand in text (`Der`, `für`) whose folded form is a function word. Most
 * words of a text are these; a small set answers for them before the large word cache of the
 * search index is asked. Bounded (only spellings of `STOPWORDS` enter, in their few cases).
 */
const stopSpellings = new Set<string>();
const STOP_SPELLINGS_MAX = 20_000;

/**
 * Per word as written: its stem, or null for a word that is no content word (a function word,
 * digits). Keyed by the word's span, so a hit makes no string (see `SpanCache`).
 */
const contentStemCache = new SpanCache<string | null>(1 << 17);

/**
 * The content stems of `text[from, to)`: stems of words that are not function words. The words
 * are `forEachWord`'s, scanned here in line: its callback, called from many places with other
 * functions, was not inlined in this one (a tenth of the time of the timeline keys).
 */
export function contentStems(text: string, from = 0, to = text.length): string[] {
  const out: string[] = [];
  let i = from;
  while (i < to) {
    while (i < to && !isLetterOrDigitCode(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const s = i;
    while (i < to && isLetterOrDigitCode(text.charCodeAt(i))) i++;
    const stem = wordStem(text, s, i);
    if (stem !== null) out.push(stem);
  }
  return out;
}

/**
 * The stem of the word `text[s, e)` as `contentStems` reads it: null for a function word, digits,
 * or a word too short or too long.
 */
export function wordStem(text: string, s: number, e: number): string | null {
  if (e - s > MAX_TOKEN_CHARS || e - s < 2) return null;
  const stem = contentStemCache.get(text, s, e);
  return stem === undefined ? contentStemCache.set(text, s, e, contentStem(text.slice(s, e))) : stem;
}

/** A word's stem, or null when it is no content word (as `contentTerms` reads words). */
function contentStem(raw: string): string | null {
  if (isAsciiDigits(raw)) return null;
  const [folded, stem] = analyzeWord(raw);
  return STOPWORDS.has(folded) ? null : stem;
}

/** Roots by word as written (`wordRoot`), bounded like the stem caches. */
let rootCache = new Map<string, string>();
const ROOT_CACHE_MAX = 200_000;

/**
 * The content words of `text[from, to)` (not function words), as stems and, in the same
 * order, as roots (`text/roots.ts`: `abgestürzt` and `Absturz` one key), which compare aligns on.
 */
export function contentTerms(text: string, from = 0, to = text.length): { stems: string[]; roots: string[] } {
  const out: string[] = [];
  const roots: string[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  forEachWord(slice, (s, e) => {
    if (e - s > MAX_TOKEN_CHARS || e - s < 2) return;
    const raw = slice.slice(s, e);
    // Folding leaves ASCII digits as they are and makes no digit of a letter.
    if (stopSpellings.has(raw) || isAsciiDigits(raw)) return;
    const [folded, stem] = analyzeWord(raw);
    if (STOPWORDS.has(folded)) {
      if (stopSpellings.size < STOP_SPELLINGS_MAX) stopSpellings.add(ownString(raw));
      return;
    }
    out.push(stem);
    let root = rootCache.get(raw);
    if (root === undefined) {
      root = wordRoot(raw, folded, stem);
      if (rootCache.size >= ROOT_CACHE_MAX) rootCache = new Map();
      rootCache.set(ownString(raw), ownString(root));
    }
    roots.push(root);
  });
  return { stems: out, roots };
}

/** `/^\d+$/`. */
function isAsciiDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
}

let lists: { common: WordTable; firstNames: Set<string> } | null = null;

/**
 * The German word lists, indexed on first use: `common` maps a lowercase word to
 * its frequency rank (0 = most frequent) among the 12,558 most frequent German words;
 * `firstNames` holds 1,158 given names of today and 810 older ones the first list lacks (`Günther`,
 * `Elke`, `Jürgen`: `data/de-more-given-names.json`).
 */
export function wordLists(): { common: WordTable; firstNames: Set<string> } {
  if (!lists) {
    lists = { common: new WordTable((COMMON_WORDS as string[]).map((w, i) => [w, i] as const)), firstNames: new Set([...(FIRST_NAMES as string[]), ...(MORE_GERMAN as string[])]) };
  }
  return lists;
}
