/**
 * Where a date pattern can match, found by one scan instead of by the pattern itself.
 *
 * Every pattern of `find.ts` and `relative.ts` opens with `(?<![\p{L}\p{N}])` and a letter or
 * digit, so each match begins where a run of letters and digits begins; and each needs a key
 * run (a month name, a weekday, a unit of time, a figure) a bounded number of runs after its
 * start. A sticky copy of the pattern tried at those run starts, in order and past the last
 * match's end, finds exactly the matches a global scan finds: the scan tries every position,
 * and no match starts anywhere else. V8 ran the big case-insensitive alternations at every
 * character of every paragraph; this tries them at a handful of places.
 *
 * Key runs are recognised by `toLowerCase`, the patterns by Unicode case folding (`iu`).
 * The two agree on every letter of every key word except for a few characters that fold to
 * one but do not lowercase to it (`ſ` → s, old Cyrillic `ᲀ` → в …: `FOLD_ONLY`); a text that
 * holds any of them has every run start tried.
 */
import { isLetterOrDigitCode, letterOrDigitAt } from '../../text/chars';
import { WordFilter } from './word-filter';

/** Characters that case-fold (as a `u` + `i` regex reads them) to a letter of a key word without lowercasing to it. */
export const FOLD_ONLY = /[\u017f\u1c80-\u1c88]/;

/** The runs of letters and digits of a text (`/[\p{L}\p{N}]+/gu`), as start and end offsets. */
export interface Runs {
  text: string;
  starts: number[];
  ends: number[];
  /** Per run, the bits of the key sets it belongs to; made on first use (`candidateStarts`). */
  keys: Int32Array | null;
}

/** Scans `text` once for its runs of letters and digits. */
export function runsOf(text: string): Runs {
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = unitAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    starts.push(i);
    do i += w;
    while (i < n && (w = unitAt(text, i)) !== 0);
    ends.push(i);
  }
  return { text, starts, ends, keys: null };
}

/** Width of the letter or digit at `i` (astral ones are two units), 0 when there is none. */
function unitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return isLetterOrDigitCode(c) ? 1 : 0;
  return letterOrDigitAt(text, i);
}

/** A set of key words, and how many runs before its key run a match may begin. */
export interface KeyRuns {
  bit: number;
  back: number;
}

/** Every key word (lowercase) → the bits of the sets it is in. */
const exactBits = new Map<string, number>();
/** Key words that a key run only begins with (`Dienstagmittag`). */
const prefixKeys: { word: string; bit: number }[] = [];
/** Runs that may be key runs of any set. */
const mayBeKey = new WordFilter();
let sets = 0;

/** A set of key runs: runs that are one of `words` (lowercase), or begin with one when `prefix`. */
export function keyRuns(words: Iterable<string>, back: number, prefix = false): KeyRuns {
  const bit = 1 << sets++;
  if (sets > 31) throw new Error('dates: too many key sets');
  const list = [...words];
  mayBeKey.add(list, prefix);
  for (const w of list) {
    if (prefix) prefixKeys.push({ word: w, bit });
    else exactBits.set(w, (exactBits.get(w) ?? 0) | bit);
  }
  return { bit, back };
}

/** The key sets the run `text[s, e)` is in (bits), by its lowercase. */
function keyBitsOf(text: string, s: number, e: number): number {
  if (!mayBeKey.mayBe(text, s, e)) return 0;
  const lower = text.slice(s, e).toLowerCase();
  let bits = exactBits.get(lower) ?? 0;
  for (const p of prefixKeys) if (lower.startsWith(p.word)) bits |= p.bit;
  return bits;
}

/** Run starts at which a pattern keyed by `key` may match, ascending. */
function candidateStarts(runs: Runs, key: KeyRuns): number[] {
  const { text, starts, ends } = runs;
  if (FOLD_ONLY.test(text)) return starts;
  if (!runs.keys) {
    const keys = new Int32Array(starts.length);
    for (let j = 0; j < starts.length; j++) keys[j] = keyBitsOf(text, starts[j]!, ends[j]!);
    runs.keys = keys;
  }
  const keys = runs.keys;
  const out: number[] = [];
  let next = 0; // the first run index not yet added
  for (let j = 0; j < starts.length; j++) {
    if ((keys[j]! & key.bit) === 0) continue;
    for (let i = Math.max(next, j - key.back); i <= j; i++) out.push(starts[i]!);
    next = j + 1;
  }
  return out;
}

/** Where a pattern may begin: at a key run (and the runs just before it), or at a run opening with a digit. */
export type StartKey = KeyRuns | 'digit';

/** The run starts at which a pattern keyed by `key` may match, ascending. */
export function startsOf(runs: Runs, key: StartKey): number[] {
  return key === 'digit' ? digitStarts(runs) : candidateStarts(runs, key);
}

/** Run starts whose first character is an ASCII digit (`\d` opens the pattern), ascending. */
function digitStarts(runs: Runs): number[] {
  const out: number[] = [];
  for (const s of runs.starts) {
    const c = runs.text.charCodeAt(s);
    if (c >= 48 && c <= 57) out.push(s);
  }
  return out;
}

/**
 * Calls `each` for every match of the sticky pattern `re` at `starts` (ascending) that does
 * not begin inside the one before: the matches a global scan of the text finds, when no
 * match can begin anywhere else.
 */
export function matchesAt(re: RegExp, text: string, starts: readonly number[], each: (m: RegExpExecArray) => void): void {
  let end = 0;
  for (const p of starts) {
    if (p < end) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (!m) continue;
    end = p + m[0].length;
    each(m);
  }
}
