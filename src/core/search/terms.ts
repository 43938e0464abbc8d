import { foldWord } from '../text/fold';
import { MAX_TOKEN_CHARS, stemWord } from '../text/words';
import { isLetterOrDigitCode } from '../text/chars';
import { SpanCache } from '../text/span-cache';
import { ownString } from '../text/own-string';
import type { IndexedText } from '../store/queries/search-index';

/**
 * What the search index stores of a word and what a query asks it for: stems, and the
 * reversed stems of long words (`headKey`), whose prefix queries find compound heads
 * (`krieg` → `Ukrainekriegs`). Folding and stemming are `core/text`'s, shared with analysis.
 */

/** Words at least this long (folded) are indexed as possible compounds (`headKey`). */
export const MIN_COMPOUND_CHARS = 8;
/**
 * A query stem must be at least this long to match compound heads: shorter ones (`rat`,
 * `end`) end too many unrelated words (`Apparat`, every present participle in `-end`).
 */
export const MIN_HEAD_STEM = 4;
/** The compound-head key of a stem: the stem reversed. */
export function headKey(stem: string): string {
  let r = '';
  for (let i = stem.length - 1; i >= 0; i--) r += stem[i];
  return r;
}

/** The index terms a typed prefix (`Vers*`) stands for: stems that start with `prefix`, or equal one of `exact`. */
export interface PrefixTerms {
  prefix: string;
  exact: string[];
}

/**
 * What a prefix query asks the index for. A prefix means words that *begin with the typed
 * letters*: `vers*` is Versuch and Versorgung, not Verhandlung. The index holds stems, and a
 * Snowball stem is a prefix of its folded word, so a word beginning with the folded prefix `p`
 * has a stem that begins with `p` or, when stemming cut into `p` (`Gespräche*` → stem
 * `gesprach`), a stem that is a shorter prefix of `p`; those are the `exact` terms, from the
 * prefix's own stem up. (Stemming the prefix itself turned `vers*` into `ver*`, a third of the
 * vocabulary: wrong matches, and ~35 ms per evaluation at 100k articles.)
 */
export function prefixTerms(folded: string, stem: string): PrefixTerms {
  const exact: string[] = [];
  if (!folded.startsWith(stem)) exact.push(stem);
  else for (let k = stem.length; k < folded.length; k++) exact.push(folded.slice(0, k));
  return { prefix: folded, exact };
}

/**
 * The index term of a word's `-s` form when stemming keeps that `s`, else null. Snowball
 * strips a final `s` only after `b d f g h k l m n r t`, so the genitive of a name ending in a
 * vowel, `y`, `j` or `w` (`Nawalnys`, `Raisis`, `Selenskyjs`, `Gorbatschows`) and a plural in
 * `-s` (`Autos`) were words of their own that a search for `Nawalny` or `Auto` missed. A query
 * word also asks for this term (`fts-query.ts`, `matcher.ts`); the index is unchanged.
 */
export function sFormTerm(folded: string, stem: string): string | null {
  if (folded.length < 3 || !S_KEPT_AFTER.test(folded)) return null;
  const s = stemWord(`${folded}s`);
  return s !== stem ? s : null;
}
/** Final letters after which Snowball keeps an `s` (vowels and the Slavic endings). */
const S_KEPT_AFTER = /[aeiouyjwv]$/;

/** A word's index terms: its stem, and its compound-head key ('' when too short for one). */
interface WordTerms {
  stem: string;
  head: string;
}

/**
 * Index terms per word, per thread, looked up by the word's place in the text (`SpanCache`: a
 * hit makes no string). Up to 131,072 words (two generations of 65,536) hold a 10k import's
 * German vocabulary (79,000 distinct words in 3.7 million).
 */
const terms = new SpanCache<WordTerms>(1 << 17);

/** The index terms of `text[start, end)`, made on first sight. */
function termsAt(text: string, start: number, end: number): WordTerms {
  const known = terms.get(text, start, end);
  if (known) return known;
  const folded = foldWord(text.slice(start, end));
  const stem = ownString(stemWord(folded));
  return terms.set(text, start, end, { stem, head: folded.length >= MIN_COMPOUND_CHARS ? ownString(headKey(stem)) : '' });
}

/** Turns text into what the FTS5 columns store: space-separated stems and head keys. */
export function indexText(text: string): IndexedText {
  // The ingest hot path (~450 words an article): the scanner is inlined, each word's terms
  // come from a memo read in place (`SpanCache`), and the columns are built as strings
  // directly, which is about a third faster than tokens plus join.
  let stems = '';
  let heads = '';
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isLetterOrDigitCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && isLetterOrDigitCode(text.charCodeAt(i))) i++;
    if (i - start > MAX_TOKEN_CHARS) continue;
    const t = termsAt(text, start, i);
    stems = stems === '' ? t.stem : `${stems} ${t.stem}`;
    if (t.head !== '') heads = heads === '' ? t.head : `${heads} ${t.head}`;
  }
  return { stems, heads };
}
