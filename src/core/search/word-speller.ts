import type { ReadDb } from '../store/db';
import { newestTextsWithTerm, termDocCounts, vocabRange, type VocabTerm } from '../store/queries/search';
import { swapEditDistance } from '../text/distance';
import { analyzeSpan, forEachWord, stemWord } from '../text/words';
import { foldedLetter } from './head-filter';
import type { QueryWord } from './query-parser';

/**
 * "Did you mean" for any word of the library's text, not only the suggestion index's titles
 * and names (`Gesprche` → `Gespräche`): the closest indexed stem within one or two edits of the
 * typed word's folded form or stem, more documents breaking ties, written as the library writes
 * it. Nothing is kept in memory: the index's vocabulary (`search_vocab`) is read in a bounded
 * range around the word's first letters, and a slip inside those letters is found by trying its
 * one-edit variants as exact terms. Asked only for a word no document holds.
 */

/** Letters a folded word is made of (folding turns ä ö ü ß into a o u ss). */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** Terms read from the vocabulary range at most (a 3-letter prefix at 100k: up to ~3,000). */
const RANGE_CAP = 2000;
/** Candidates whose written form is looked for, best first. */
const FORM_CANDIDATES = 4;
/** Newest texts read for a candidate's written form; more for the best one when they hold no form one edit away. */
const FORM_TEXTS = 3;
const MORE_FORM_TEXTS = 12;

/**
 * Endings a folded word may have past its stem (Snowball German's inflections and the
 * derivations it cuts): a slip in the ending (`Forderunr`) makes a stem of its own, so a typed
 * word is compared with each term plus these too.
 */
const ENDINGS = ['', 'e', 'em', 'en', 'ern', 'er', 'es', 's', 'est', 'st', 'end', 'ung', 'ungen', 'heit', 'keit', 'lich', 'isch', 'ig'];

/** The library's closest word to one it does not hold, as written in a text, or null. */
export function closestLibraryWord(db: ReadDb, word: QueryWord): string | null {
  const folded = word.folded;
  if (folded.length < 3 || !/^[a-z]+$/.test(folded)) return null;
  const maxEdits = folded.length >= 6 ? 2 : 1;
  const fixed = folded.length >= 7 ? 4 : 3;
  const found = new Map<string, { edits: number; doc: number }>();
  const consider = (t: VocabTerm, edits: number): void => {
    const had = found.get(t.term);
    if (t.doc > 0 && t.term !== word.stem && (!had || had.edits > edits)) found.set(t.term, { edits, doc: t.doc });
  };
  // A slip after the first `fixed` letters: every term that begins with them, or, when they
  // begin too many (`gesc`, `komm`, `zuru`), those that begin with two letters more.
  let lo = folded.slice(0, fixed);
  let range = vocabRange(db, lo, nextPrefix(lo), RANGE_CAP);
  if (range.length === RANGE_CAP && folded.length >= fixed + 4) {
    lo = folded.slice(0, fixed + 2);
    range = vocabRange(db, lo, nextPrefix(lo), RANGE_CAP);
  }
  for (const t of range) {
    if (!/^[a-z]+$/.test(t.term)) continue;
    const edits = Math.min(swapEditDistance(word.stem, t.term, maxEdits), withEnding(folded, t.term, maxEdits));
    if (edits <= maxEdits) consider(t, edits);
  }
  // A slip inside them: one edit there, the variant stemmed and looked up as it stands.
  const variants = new Set<string>();
  for (const variant of editsWithin(folded, fixed)) {
    const term = stemWord(variant);
    if (!found.has(term)) variants.add(term);
  }
  for (const [term, doc] of termDocCounts(db, [...variants])) consider({ term, doc }, 1);
  // Near stems are not near words (`wsser` is one edit from the stem `was`): the written forms
  // of the best few decide, the closest to the typed word first. One edit more is let through
  // for the form than for the stem: the newest texts may not hold the typed inflection
  // (`Regieungspartei`: `Regierungsparteien`), and search finds every form of a stem anyway.
  const ranked = [...found].sort((a, b) => a[1].edits - b[1].edits || b[1].doc - a[1].doc || (a[0] < b[0] ? -1 : 1));
  let best: { form: string; edits: number } | null = null;
  for (const [term] of ranked.slice(0, FORM_CANDIDATES)) {
    let form = writtenForm(db, term, folded, FORM_TEXTS);
    // The best stem's newest texts may hold other inflections only (`Gespräch` for `Gesprche`).
    if (term === ranked[0]![0] && form && form.edits > 1) form = writtenForm(db, term, folded, MORE_FORM_TEXTS);
    if (form && form.edits <= maxEdits + 1 && (!best || form.edits < best.edits)) best = form;
    // One edit is the closest an unknown word's form can be (its own form has its stem).
    if (best?.edits === 1) break;
  }
  return best?.form ?? null;
}

/** Edits from `folded` to `term` with the ending that brings it closest. */
function withEnding(folded: string, term: string, max: number): number {
  let least = max + 1;
  for (const e of ENDINGS) {
    if (Math.abs(folded.length - term.length - e.length) >= least) continue;
    least = Math.min(least, swapEditDistance(folded, term + e, least - 1));
    if (least === 0) break;
  }
  return least;
}

/** The written word of the newest texts whose stem is `term`, the closest to `folded` first. */
function writtenForm(db: ReadDb, term: string, folded: string, texts: number): { form: string; edits: number } | null {
  let best: { form: string; edits: number; seen: number } | null = null;
  const seen = new Map<string, number>();
  const lead = lettersWithoutE(term);
  for (const text of newestTextsWithTerm(db, term, texts)) {
    forEachWord(text, (start, end) => {
      if (!mayBeginWith(text, start, end, lead)) return;
      const [f, stem] = analyzeSpan(text, start, end);
      if (stem !== term) return;
      const form = text.slice(start, end);
      const n = (seen.get(form) ?? 0) + 1;
      seen.set(form, n);
      const edits = swapEditDistance(folded, f, 99);
      if (!best || edits < best.edits || (edits === best.edits && n > best.seen)) best = { form, edits, seen: n };
      else if (best.form === form) best.seen = n;
    });
  }
  const b = best as { form: string; edits: number } | null;
  return b ? { form: b.form, edits: b.edits } : null;
}

/** A term's letters without its `e`s. */
function lettersWithoutE(term: string): Uint16Array {
  return Uint16Array.from([...term].filter((ch) => ch !== 'e').map((ch) => ch.charCodeAt(0)));
}

/**
 * False only when `text[start, end)`, folded, cannot begin with the term of letters `lead` (its
 * `e`s left out), judged on the word as written: a Snowball stem of a folded word is the word
 * with an ending cut, so a word of stem `term` folds to a word that begins with `term`. Folding
 * lowercases, turns `ä ö ü ß` into `a o u ss` and drops the `e` of `ae oe ue`, so with every `e`
 * left out on both sides that beginning stands in the word as written (as `head-filter.ts`
 * reads words for a compound head); a letter beyond those answers true. Most words of a text
 * fail on their first letter, unread.
 */
function mayBeginWith(text: string, start: number, end: number, lead: Uint16Array): boolean {
  let k = 0;
  for (let i = start; i < end && k < lead.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xdf) {
      // ß folds to ss.
      if (lead[k++] !== 115 || (k < lead.length && lead[k++] !== 115)) return false;
      continue;
    }
    const f = foldedLetter(c);
    if (f < 0) return true;
    if (f !== 101 && lead[k++] !== f) return false;
  }
  return k === lead.length;
}

/** The first string after every string that begins with `prefix`. */
function nextPrefix(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/** Every string one edit (a letter dropped, added, changed, or two swapped) from `w` inside its first `n` letters. */
export function editsWithin(w: string, n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < n && i < w.length; i++) {
    out.add(w.slice(0, i) + w.slice(i + 1));
    if (i + 1 < w.length) out.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    for (const c of ALPHABET) {
      out.add(w.slice(0, i) + c + w.slice(i + 1));
      out.add(w.slice(0, i) + c + w.slice(i));
    }
  }
  out.delete(w);
  return out;
}
