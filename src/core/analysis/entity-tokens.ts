/**
 * The words of the sentences an entity finder looks at, scanned by hand for speed (see
 * `text/chars.ts`), with what it asks of each: capitalised, first of its sentence, joined to the
 * word before by spaces only, the character after it; photo credits (in brackets, or after ©)
 * are left out.
 */
import type { Span } from '../text/sentences';
import { isLowerCode, isUpperCode, letterOrDigitAt } from '../text/chars';
import { ARABIC_ARTICLES, KIN_WORDS } from '../text/name-articles';
import { CAP, INITIAL, JOINED, TokenTable } from './token-table';

/**
 * Arabic articles and kin words written onto a name with a hyphen (`al-Assad`, `Abu-Bakr`):
 * lowercase, yet part of the name.
 */
const NAME_PARTICLE = new RegExp(`^(?:${ARABIC_ARTICLES}|ad-d|${KIN_WORDS})-\\p{Lu}`, 'u');

/**
 * A photo or source credit in brackets — after `Foto:`, or a photographer before a slash and an
 * agency (`(Lee Jin-man/AP/dpa)`) — or the agencies and writers a report was made with (`(mit
 * Reuters, dpa, Valeriia Semeniuk)`): its words name nothing in the text.
 */
const CREDIT = /\((?:Foto|Fotos|Bild|Archivbild|Quelle|Grafik):?[^)]*\)|\([^()]*\/\s*(?:AP|dpa|AFP|Reuters|EPA|APA|KEYSTONE|Keystone|imago|IMAGO|Getty Images|picture alliance)\b[^)]*\)|\([Mm]it (?:Material (?:von |der )?)?(?:Reuters|dpa|AFP|AP|APA|KNA|epd|dts|Agenturen)\b[^)]*\)/u;

/**
 * One scan of an article's sentences that the name finder and the cited sources both read: the
 * name finder's words (`TokenTable`), and the runs of letters and digits of every sentence (`Rüstungs`
 * and `Konzern` of `Rüstungs-Konzern`), credits included, which are what `(?<![\p{L}\p{N}])`
 * and `(?![\p{L}\p{N}])` see in a sentence cut out on its own.
 */
export interface WordPass {
  sentences: Span[];
  toks: TokenTable;
  /** Start and end (text offsets) of each run of letters and digits, sentence by sentence. */
  runStart: Int32Array;
  runEnd: Int32Array;
  /** Per sentence, the index of its first run and one past its last. */
  runFrom: Int32Array;
  runTo: Int32Array;
  /**
   * Per sentence, 1 when a letter or digit of two code units (beyond the BMP: `𝐀`) stands in it:
   * there the runs differ from those of a scan by code unit (`contentStems`).
   */
  wide: Uint8Array;
}

/**
 * The words of the sentences — what `/[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu` finds, trailing
 * hyphens and apostrophes cut — scanned by hand (see `chars.ts`), with the runs of letters and
 * digits they are made of.
 */
export function wordPass(text: string, sentences: Span[]): WordPass {
  let count = 0; // words so far
  let runs = 0; // runs so far (`runAt` holds their starts and ends)
  const runFrom = new Int32Array(sentences.length);
  const runTo = new Int32Array(sentences.length);
  const wide = new Uint8Array(sentences.length);
  let paren = -2; // the next '(' at or after the sentence, -1 when there is none
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const from = s.start;
    const to = s.end;
    runFrom[si] = runs;
    if (paren !== -1 && paren < from) paren = text.indexOf('(', from);
    let creditFrom = -1;
    let creditTo = -1;
    if (paren !== -1 && paren < to) {
      // Every step below runs for every sentence with a bracket, the credit found or not: a
      // step taken only on the first credit would lack V8's type feedback when the scan is
      // first optimised (early in the first article) and drop the optimised code.
      const s = text.slice(from, to);
      const k = s.search(CREDIT);
      // A credit runs from its '(' to the first ')' after it: no alternative of CREDIT passes one.
      const close = s.indexOf(')', k < 0 ? s.length : k);
      const creditStart = from + k;
      const creditEnd = from + close + 1;
      creditFrom = k < 0 ? -1 : creditStart;
      creditTo = k < 0 ? -1 : creditEnd;
    }
    let last = from;
    let first = true;
    let p = from;
    let credits = 0;
    while (p < to) {
      const n = letterOrDigitAt(text, p);
      if (n === 0 || p + n > to) {
        p++;
        continue;
      }
      let q = p + n;
      let inRun = true;
      if (n === 2) wide[si] = 1;
      if (2 * runs + 2 > runAt.length) runAt = wider(runAt);
      runAt[2 * runs] = p;
      while (q < to) {
        const c = text.charCodeAt(q);
        if (c === 45 || c === 39 || c === 0x2019) {
          if (inRun) runAt[2 * runs++ + 1] = q;
          inRun = false;
          q++;
          continue;
        }
        const k = letterOrDigitAt(text, q);
        if (k === 0 || q + k > to) break;
        if (k === 2) wide[si] = 1;
        if (!inRun) {
          if (2 * runs + 2 > runAt.length) runAt = wider(runAt);
          runAt[2 * runs] = q;
        }
        inRun = true;
        q += k;
      }
      if (inRun) runAt[2 * runs++ + 1] = q;
      const at = p;
      p = q;
      if (at >= creditFrom && at < creditTo) continue;
      // The word without its trailing hyphens and apostrophes ends where its last run does (the
      // run written last, whether the word ends in one or not: no path taken only by rare words).
      const e = runAt[2 * runs - 1]!;
      const gapStart = last;
      last = q;
      // What lies between this word and the previous one: only spaces (joined), or an opener.
      let joined = !first && at > gapStart;
      let opener = false;
      for (let g = gapStart; g < at; g++) {
        const c = text.charCodeAt(g);
        // `© Omar Sanadiki/AP/dpa`: up to three capitalised words after a copyright sign, joined
        // by spaces or slashes, are a photo credit and name no one in the story.
        if (c === 0xa9) credits = 3;
        else if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 47) credits = 0;
        if (c !== 32 && c !== 9 && c !== 0xa0) joined = false;
        if (c === 58 || c === 0x201e || c === 0xab || c === 0xbb || c === 34 || c === 0x201c || c === 40) opener = true;
        else if (c !== 32 && c !== 9 && c !== 0xa0) opener = false;
      }
      if (credits > 0) {
        credits--;
        const w = text.slice(at, e);
        if (isCap(w) || isAcronym(w)) continue;
        credits = 0;
      }
      if (count === scratchFlags.length) growScratch();
      scratch[4 * count] = at;
      scratch[4 * count + 1] = e;
      scratch[4 * count + 2] = si;
      scratch[4 * count + 3] = e < to ? text.charCodeAt(e) : -1;
      scratchFlags[count++] = (first || opener ? INITIAL : 0) | (joined ? JOINED : 0) | (capAt(text, at, e) ? CAP : 0);
      first = false;
    }
    runTo[si] = runs;
  }
  const runStart = new Int32Array(runs), runEnd = new Int32Array(runs);
  for (let a = 0; a < runs; a++) {
    runStart[a] = runAt[2 * a]!;
    runEnd[a] = runAt[2 * a + 1]!;
  }
  return { sentences, toks: tableOf(text, count), runStart, runEnd, runFrom, runTo, wide };
}

/**
 * The scan writes its words here (start, end, sentence, the character after: four to a word)
 * and copies them out at the end in arrays of their exact size: no array grown word by word.
 */
let scratch = new Int32Array(4 * 8192);
let scratchFlags = new Uint8Array(8192);
/** The runs' starts and ends, two to a run. Sized so that they seldom grow (a path first taken in optimised code makes V8 drop it). */
let runAt = new Int32Array(2 * 16384);

function growScratch(): void {
  scratch = wider(scratch);
  const flags = new Uint8Array(scratchFlags.length * 2);
  flags.set(scratchFlags);
  scratchFlags = flags;
}

/** `a` copied into an array twice its size. */
function wider(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  return out;
}

/** The first `n` words of the scratch arrays as a table of their own. */
function tableOf(text: string, n: number): TokenTable {
  const start = new Int32Array(n), end = new Int32Array(n), sentence = new Int32Array(n), after = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = scratch[4 * i]!;
    end[i] = scratch[4 * i + 1]!;
    sentence[i] = scratch[4 * i + 2]!;
    after[i] = scratch[4 * i + 3]!;
  }
  return new TokenTable(text, n, start, end, sentence, scratchFlags.slice(0, n), after);
}

/** `isCap(text.slice(from, to))` without cutting the word. */
function capAt(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  if (c >= 97 && c <= 122) return false;
  if (c >= 0xd800 && c <= 0xdfff) return isCap(text.slice(from, to));
  if (!isUpperCode(c)) return false;
  for (let i = from + 1; i < to; i++) {
    const d = text.charCodeAt(i);
    if (d >= 0xd800 && d <= 0xdfff) return /\p{Ll}/u.test(text.slice(i, to));
    if (isLowerCode(d)) return true;
  }
  return false;
}

/** `/^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w)`: a capital first and a lowercase letter somewhere. */
export function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 97 && c <= 122) return false; // the common case, a lowercase ASCII word
  if (c >= 0xd800 && c <= 0xdfff) return /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w);
  if (!isUpperCode(c)) return false;
  for (let i = 1; i < w.length; i++) {
    const d = w.charCodeAt(i);
    if (d >= 0xd800 && d <= 0xdfff) return /\p{Ll}/u.test(w.slice(i));
    if (isLowerCode(d)) return true;
  }
  return false;
}

/** `al-Assad`, `Abu-Bakr`: a lowercase particle joined to a capitalised name. */
export function isParticleName(w: string): boolean {
  return w.length > 4 && w.charCodeAt(0) >= 97 && NAME_PARTICLE.test(w);
}

/** `/^\p{Lu}{2,6}$/u`: two to six capitals and nothing else (`NATO`, `CBS`). */
export function isAcronym(w: string): boolean {
  if (w.length < 2 || w.length > 12) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return /^\p{Lu}{2,6}$/u.test(w);
    if (!isUpperCode(c)) return false;
  }
  return w.length <= 6;
}


/** Whether a word of `toks` from `from` to `to - 1` is a particle name (`al-Scham`). */
export function anyParticleName(toks: TokenTable, from: number, to: number): boolean {
  for (let i = from; i < to && i < toks.length; i++) if (isParticleName(toks.w(i))) return true;
  return false;
}
