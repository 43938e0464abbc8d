/**
 * A German-aware sentence splitter that keeps offsets.
 *
 * A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when
 * whitespace and a capital letter, a digit, an opening quote or bracket follow — except:
 *
 * - inside a quotation (`„…“`, `«…»`, `»…«`, `"…"`, `“…”`): quoted speech stays in the sentence
 *   that quotes it, however many sentences it holds;
 * - after an abbreviation (`St.`, `Dr.`, `Prof.`, `Nr.`, `bzw.`, `ca.`, `vgl.`, …), any single
 *   letter (`z.B.`, `u.a.`, `d.h.`, initials `J. R. Tolkien`);
 * - after a number of one to three digits (ordinals: `12. April`, `3. Liga`), unless the next
 *   word is one that starts sentences (`Die`, `Er`, …) — then `auf 45. Die Polizei` does split.
 *
 * A sentence also ends where a scraper or a copy lost the space after its stop (`…kehrte
 * zurück.Der Präsident`): a lower-case letter, `.`, `!` or `?`, then a capital and a lower-case
 * letter — not after an abbreviation or a single letter, nor in a domain, an address or code
 * (`isJoinedEnd`).
 *
 * A line break always ends a sentence, and so does a CJK full stop, exclamation or question
 * mark (`。！？`), which needs no space after it. Offsets are UTF-16 offsets into the text given.
 *
 * This is the one sentence splitter of Parallax: extraction (titles from a lead, deks, pull
 * quotes, date mentions) and analysis (alignment, entities, quotes) read sentences alike.
 */
import { isJsSpace, isLetterOrDigitCode, isLowerCode, isUpperCode } from './chars';
import { lowerCase } from './fold';

/** A sentence's place: `[start, end)` into the text, trimmed of whitespace. */
export interface Span {
  start: number;
  end: number;
}

/** Abbreviations that take a full stop (lowercase; compared case-insensitively). */
const ABBREVIATIONS = new Set(
  ('st sta ste dr prof nr bzw ca vgl usw etc evtl ggf inkl insb zzgl max min mind rd sog tel str dipl ing mag hrsg hl jh jhd jr sr mr mrs ms ' +
    'gen lt col sgt sen rep gov pres inc ltd co corp no vs abs art bd ff hr fr ebd allg bzgl gegr geb gest verh urspr zit mio mrd tsd ' +
    'mt mtr kap lit bsp chr okt nov dez jan feb sept aug febr ev kath röm dt engl frz ital russ amerik ukr univ ' +
    'dipl.-ing pkt std sek')
    .split(' '),
);

/** Words that start sentences: after `45.` such a word means the number ended one. */
const SENTENCE_STARTERS = new Set(
  'der die das den dem des ein eine er sie es wir ihr ich man dies diese dieser dieses am im in auch doch aber damit danach dann so zudem außerdem bei mit nach seit trotz während wie wenn als'.split(' '),
);

/** A quotation longer than this is assumed unclosed (a stray mark), not a quote. */
const MAX_QUOTE_CHARS = 1500;

const OPENERS: Record<string, string> = { '„': '“”"', '«': '»', '»': '«', '"': '"', '“': '”', '‚': '‘’' };
// The closing marks and brackets after a sentence end (`"'“”«»‘’)]`) and the marks that may
// open one (`"'„“«»‚(`) are tested by char code: `isCloserCode`, `isOpenStartCode`.

/** The closing marks of each opening mark, as char codes (`„` closes with `“`, `”` or `"`). */
const CLOSER_CODES = new Map<number, number[]>(Object.entries(OPENERS).map(([o, c]) => [o.charCodeAt(0), [...c].map((x) => x.charCodeAt(0))]));

/** True for the CJK full stop, exclamation and question marks, which end a sentence with no space after them. */
function isCjkEndCode(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** True for `.`, `!`, `?`, `…`. */
function isEndCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** A mark that may open a quotation (a key of `OPENERS`). */
const QUOTE_MARK = /["«»\u201a\u201c\u201e]/g;

/** True when the character at `k` is upper case (it changes when lowercased and not when uppercased). */
function startsUpper(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[k]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** A closing quote or bracket, by char code. */
function isCloserCode(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x2018 || c === 0x2019 || c === 41 || c === 93;
}

/** A mark that may open a sentence, by char code. */
function isOpenStartCode(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201e || c === 0x201c || c === 0xab || c === 0xbb || c === 0x201a || c === 40;
}

/** `isSpace` by char code (NaN, past the end of the text, is no space). */
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 13 || c === 0x202f;
}

/**
 * The ranges of `text[from, to)` that are inside quotation marks, as a flag array relative to
 * `from`. A mark counts as opening when a word follows it and as closing when one precedes it.
 */
function quotedMask(text: string, from: number, to: number): Uint8Array {
  const mask = new Uint8Array(to - from);
  // The marks are found by the regular expression engine, not by a loop over every character:
  // such a loop is optimised within the first article, before it has met a quotation, and V8
  // dropped it on each of the first quotations' paths (~4 compilations a thread).
  const part = text.slice(from, to);
  QUOTE_MARK.lastIndex = 0;
  while (QUOTE_MARK.test(part)) {
    const i = from + QUOTE_MARK.lastIndex - 1;
    const closers = CLOSER_CODES.get(text.charCodeAt(i))!;
    // Never a read before the text (V8 drops optimised code that meets its first one).
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    // Opening: at the start, or after a space or bracket or colon, and followed by a non-space.
    const opening = (i === from || isSpaceCode(prev) || prev === 40 || prev === 10 || prev === 58) && i + 1 < text.length && !isSpaceCode(text.charCodeAt(i + 1));
    if (!opening) continue;
    let j = i + 1;
    const limit = Math.min(to, i + MAX_QUOTE_CHARS);
    let closed = false;
    for (; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (c === 10) break;
      if (closers.includes(c)) {
        closed = true;
        break;
      }
    }
    if (closed) {
      mask.fill(1, i + 1 - from, j - from);
      QUOTE_MARK.lastIndex = j + 1 - from;
    }
  }
  return mask;
}

/** The word ending just before `at` (letters, digits and inner dots, e.g. `z.B`), or ''. */
function wordBefore(text: string, at: number, from: number): string {
  let k = at;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (!isLetterOrDigitCode(c) && c !== 46 && c !== 45) break;
    k--;
  }
  return text.slice(k, at);
}

/** The word starting at `at`, or ''. */
function wordAt(text: string, at: number): string {
  const m = /^[\p{L}\p{N}]+/u.exec(text.slice(at, at + 40));
  return m ? m[0] : '';
}

/** True when the full stop at `dot` does not end a sentence (abbreviation, initial, ordinal). */
function isNonFinalDot(text: string, dot: number, from: number, nextWordStart: number): boolean {
  const before = wordBefore(text, dot, from);
  if (!before) return false;
  const last = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('-')) + 1);
  if (last.length === 1 && /^\p{L}$/u.test(last)) return true; // z.B., u.a., J. R.
  if (ABBREVIATIONS.has(lowerCase(last)) || ABBREVIATIONS.has(lowerCase(before))) return true;
  if (/^\d{1,3}$/.test(last)) return !SENTENCE_STARTERS.has(lowerCase(wordAt(text, nextWordStart)));
  return false;
}

/** Where the word of letters and digits that ends at `at` starts. */
function wordStart(text: string, at: number, from: number): number {
  let k = at;
  while (k > from && isLetterOrDigitCode(text.charCodeAt(k - 1))) k--;
  return k;
}

/** True when a capital follows a lower-case letter inside `word` (`WidgetID`, `DiBiase`, `myLib`). */
function hasInnerCapital(word: string): boolean {
  for (let k = 1; k < word.length; k++) if (isUpperCode(word.charCodeAt(k)) && isLowerCode(word.charCodeAt(k - 1))) return true;
  return false;
}

/** Top-level domains a capitalised word after a dot may be (`Bild.De`, `Spiegel.Online`: no sentence). */
const DOMAIN_WORDS = new Set('de at ch com org net eu info io tv fm online news uk fr it es nl ru ua by ge kr'.split(' '));

/**
 * True when the end mark at `end` closes a sentence though no space follows (`…zurück.Der
 * Präsident`, a scraper or a copy lost it): a lower-case letter before the mark, a capital and a
 * lower-case letter after it. Not after an abbreviation or a single letter (`Dr.Müller`,
 * `u.a.Die`), a word with dots in it (`www.zeit.De`), nor before a domain (`Bild.De`); a digit
 * before the mark is never this rule (`3.Oktober`), nor lower case after it (`ntv.de`).
 */
function isJoinedEnd(text: string, end: number, from: number, to: number): boolean {
  const mark = text.charCodeAt(end);
  if (end + 2 >= to || end === from || (mark !== 46 && mark !== 33 && mark !== 63)) return false;
  if (!isLowerCode(text.charCodeAt(end - 1)) || !isUpperCode(text.charCodeAt(end + 1)) || !isLowerCode(text.charCodeAt(end + 2))) return false;
  const after = wordAt(text, end + 1);
  // A capital inside either word is a name in code or a brand (`myLib.WidgetID`, `Isabella.DiBiase`).
  if (hasInnerCapital(after) || hasInnerCapital(wordAt(text, wordStart(text, end, from)))) return false;
  // A word that goes on with `@`, `_`, `(` or a dot and no space is an address or code (`Anna.Meier@`, `Gemeinsam.Sicher.Feuerwehr`).
  const next = text.charCodeAt(end + 1 + after.length);
  if (next === 64 || next === 95 || next === 40 || ((next === 46 || next === 58) && isLetterOrDigitCode(text.charCodeAt(end + 2 + after.length)))) return false;
  if (mark === 46) {
    const before = wordBefore(text, end, from);
    if (before.includes('.') || isNonFinalDot(text, end, from, end + 1)) return false;
    const word = lowerCase(after);
    if (DOMAIN_WORDS.has(word) || ABBREVIATIONS.has(word)) return false;
  }
  return true;
}

/**
 * Splits `text[from, to)` into sentences (see the module comment). Empty input gives `[]`.
 *
 * ```ts
 * splitSentences('Witkoff traf in St. Petersburg ein. Am 12. April flog er.')
 * // → [{start: 0, end: 35}, {start: 36, end: 58}]
 * ```
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  const quoted = quotedMask(text, from, to);
  let start = from;
  const push = (s: number, e: number) => {
    while (s < e && isJsSpace(text.charCodeAt(s))) s++;
    while (e > s && isJsSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (isCjkEndCode(code)) {
      let j = i + 1;
      while (j < to && (isCjkEndCode(text.charCodeAt(j)) || isCloserCode(text.charCodeAt(j)))) j++;
      push(start, j);
      start = j;
      i = j - 1;
      continue;
    }
    // A quotation that ends a sentence (`… sterben.» Der`) ends it at its closing mark.
    const closesQuote = i > from && quoted[i - from - 1] === 1 && quoted[i - from] === 0 && isEndCode(text.charCodeAt(i - 1));
    if (!closesQuote && (!isEndCode(code) || quoted[i - from])) continue;
    const ch = code;
    // The run of end marks and closing quotes/brackets.
    let j = i + 1;
    while (j < to && (isEndCode(text.charCodeAt(j)) || isCloserCode(text.charCodeAt(j)))) j++;
    if (j >= to || !isSpaceCode(text.charCodeAt(j))) {
      if (j === i + 1 && !closesQuote && isJoinedEnd(text, i, from, to)) {
        push(start, j);
        start = j;
        continue;
      }
      if (j < to && text.charCodeAt(j) === 10) {
        push(start, j);
        start = j;
      }
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < to && isSpaceCode(text.charCodeAt(k))) k++;
    if (k >= to) break;
    const next = text.charCodeAt(k);
    // A number after a full stop starts a sentence too (`… ein. 1990 erhielt er`) unless the stop
    // ends an abbreviation or an ordinal (`am 3. 10. 1990`, `Nr. 5`): `isNonFinalDot` tells.
    const startsSentence = startsUpper(text, k) || isOpenStartCode(next) || (next >= 48 && next <= 57);
    if (!startsSentence) {
      i = j - 1;
      continue;
    }
    if (ch === 46 && !closesQuote && j === i + 1 && isNonFinalDot(text, i, from, k)) {
      i = j - 1;
      continue;
    }
    push(start, j);
    start = k;
    i = k - 1;
  }
  push(start, to);
  return out;
}

/**
 * The sentences of `text` as strings, trimmed (see `splitSentences`).
 *
 * ```ts
 * sentenceTexts('Am 12. April kam er. Dann ging er.')  // ['Am 12. April kam er.', 'Dann ging er.']
 * ```
 */
export function sentenceTexts(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}
