/**
 * The words of the sentences an entity finder looks at, scanned by hand for speed (see
 * `text/chars.ts`), with what it asks of each: capitalised, first of its sentence, joined to the
 * word before by spaces only, the character after it; photo credits (in brackets, or after ©)
 * are left out.
 */
import type { Span } from '../text/sentences';
import { isLowerCode, isUpperCode, letterOrDigitAt } from '../text/chars';
import { lowerCase } from '../text/fold';
import { ARABIC_ARTICLES, KIN_WORDS } from '../text/name-articles';

/**
 * Arabic articles and kin words written onto a name with a hyphen (`al-Assad`, `Abu-Bakr`):
 * lowercase, yet part of the name.
 */
const NAME_PARTICLE = new RegExp(`^(?:${ARABIC_ARTICLES}|ad-d|${KIN_WORDS})-\\p{Lu}`, 'u');

/** A word of a sentence with what the name finder asks of it. */
export interface Tok {
  w: string;
  start: number;
  end: number;
  /** First word of its sentence (or after a colon or an opening quote). */
  initial: boolean;
  /** Only spaces between this word and the previous one. */
  joined: boolean;
  /** The character right after the word (`.` for `St.`, `,` for appositions). */
  after: string;
  sentence: number;
  /** Starts with a capital and has a lowercase letter (`Moskau`, not `NATO`, not `und`). */
  cap: boolean;
  lower: string;
}

/**
 * A photo or source credit in brackets — after `Foto:`, or a photographer before a slash and an
 * agency (`(Lee Jin-man/AP/dpa)`) — or the agencies and writers a report was made with (`(mit
 * Reuters, dpa, Valeriia Semeniuk)`): its words name nothing in the text.
 */
const CREDIT = /\((?:Foto|Fotos|Bild|Archivbild|Quelle|Grafik):?[^)]*\)|\([^()]*\/\s*(?:AP|dpa|AFP|Reuters|EPA|APA|KEYSTONE|Keystone|imago|IMAGO|Getty Images|picture alliance)\b[^)]*\)|\([Mm]it (?:Material (?:von |der )?)?(?:Reuters|dpa|AFP|AP|APA|KNA|epd|dts|Agenturen)\b[^)]*\)/u;

/**
 * One scan of an article's sentences that the name finder and the cited sources both read: the
 * name finder's words (`Tok`), and the runs of letters and digits of every sentence (`Rüstungs`
 * and `Konzern` of `Rüstungs-Konzern`), credits included, which are what `(?<![\p{L}\p{N}])`
 * and `(?![\p{L}\p{N}])` see in a sentence cut out on its own.
 */
export interface WordPass {
  sentences: Span[];
  toks: Tok[];
  /** Start and end (text offsets) of each run of letters and digits, sentence by sentence. */
  runStart: number[];
  runEnd: number[];
  /** Per sentence, the index of its first run and one past its last. */
  runFrom: Int32Array;
  runTo: Int32Array;
}

/** The words of the sentences (see `wordPass`). */
export function tokens(text: string, sentences: Span[]): Tok[] {
  return wordPass(text, sentences).toks;
}

/**
 * The words of the sentences — what `/[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu` finds, trailing
 * hyphens and apostrophes cut — scanned by hand (see `chars.ts`), with the runs of letters and
 * digits they are made of.
 */
export function wordPass(text: string, sentences: Span[]): WordPass {
  const out: Tok[] = [];
  const runStart: number[] = [];
  const runEnd: number[] = [];
  const runFrom = new Int32Array(sentences.length);
  const runTo = new Int32Array(sentences.length);
  let paren = -2; // the next '(' at or after the sentence, -1 when there is none
  sentences.forEach((s, si) => {
    const from = s.start;
    const to = s.end;
    runFrom[si] = runStart.length;
    if (paren !== -1 && paren < from) paren = text.indexOf('(', from);
    const credit = paren !== -1 && paren < to ? CREDIT.exec(text.slice(from, to)) : null;
    const creditFrom = credit ? from + credit.index : -1;
    const creditTo = credit ? creditFrom + credit[0].length : -1;
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
      runStart.push(p);
      while (q < to) {
        const c = text.charCodeAt(q);
        if (c === 45 || c === 39 || c === 0x2019) {
          if (inRun) runEnd.push(q);
          inRun = false;
          q++;
          continue;
        }
        const k = letterOrDigitAt(text, q);
        if (k === 0 || q + k > to) break;
        if (!inRun) runStart.push(q);
        inRun = true;
        q += k;
      }
      if (inRun) runEnd.push(q);
      const at = p;
      p = q;
      if (credit && at >= creditFrom && at < creditTo) continue;
      let e = q;
      while (e > at + 1) {
        const c = text.charCodeAt(e - 1);
        if (c !== 45 && c !== 39 && c !== 0x2019) break;
        e--;
      }
      const w = text.slice(at, e);
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
        if (isCap(w) || isAcronym(w)) continue;
        credits = 0;
      }
      out.push({ w, start: at, end: e, initial: first || opener, joined, after: e < to ? text[e]! : '', sentence: si, cap: isCap(w), lower: lowerCase(w) });
      first = false;
    }
    runTo[si] = runStart.length;
  });
  return { sentences, toks: out, runStart, runEnd, runFrom, runTo };
}

/**
 * `toks[i]`, or undefined outside the list, without reading past its ends: a read out of
 * bounds that optimised code had not met yet made V8 drop and recompile the name finder.
 */
export function tokenAt(toks: readonly Tok[], i: number): Tok | undefined {
  return i >= 0 && i < toks.length ? toks[i] : undefined;
}

/** The words of `toks[from … to - 1]` (a loop: `slice(…).map((t) => t.w)` took a callback per site). */
export function wordsOf(toks: readonly Tok[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to && i < toks.length; i++) out.push(toks[i]!.w);
  return out;
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

