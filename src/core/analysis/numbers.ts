/**
 * Figures in German text: a number (digits or a number word), the qualifier before it
 * (`über`, `mehr als`, `rund`, `knapp`, `bis zu`) and the counted thing after it (`Stunden`,
 * `Prozent`), so two reports can be compared figure by figure: `über vier Stunden` and `mehr
 * als vier Stunden` give the same figure with the same meaning in other words; `vier` and
 * `fünf Stunden` differ.
 *
 * Dates and times are not figures: spans the date finder claims are passed in and skipped,
 * and so are four-digit years.
 */
import type { Quantity } from '../../shared/api';
import { foldWord } from '../text/fold';
import { isLetterOrDigitCode } from '../text/chars';
import { stemWord } from '../text/words';
import { SpanCache } from '../text/span-cache';

const WORD_NUMBERS: Record<string, number> = {
  ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eins: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, zwolf: 12, dreizehn: 13, vierzehn: 14, funfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20,
  dreissig: 30, vierzig: 40, funfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, tausend: 1000,
  dutzend: 12, dutzende: 12, hunderte: 100, tausende: 1000, zweieinhalb: 2.5, anderthalb: 1.5, eineinhalb: 1.5,
};
/** "ein/eine" count only before these (else `ein Treffen` would be a figure of one). */
const ONE_NEEDS_UNIT = /^(stunde|tag|woche|monat|jahr|prozent|million|milliarde|minute|kilometer|meter|euro|dollar|drittel|viertel|halb)/;

const SCALE: Record<string, number> = { million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, billion: 1e12, billionen: 1e12, tausend: 1e3 };

/** Qualifiers (folded, longest first) and what they mean. */
const QUALIFIERS: [string, Quantity['bound']][] = [
  ['mehr als', 'more'], ['weniger als', 'less'], ['bis zu', 'at-most'], ['nicht mehr als', 'at-most'], ['gut', 'more'], ['uber', 'more'],
  ['knapp', 'less'], ['fast', 'less'], ['beinahe', 'less'], ['nahezu', 'less'], ['unter', 'less'], ['rund', 'about'], ['etwa', 'about'],
  ['ungefahr', 'about'], ['circa', 'about'], ['ca', 'about'], ['zirka', 'about'], ['annahernd', 'about'], ['schatzungsweise', 'about'],
  ['mindestens', 'at-least'], ['wenigstens', 'at-least'], ['hochstens', 'at-most'], ['maximal', 'at-most'], ['genau', 'exact'], ['exakt', 'exact'],
];

/** Words in each qualifier, worked out once (they are tried for every figure). */
const QUALIFIER_WORDS = QUALIFIERS.map(([q]) => q.split(' ').length);

/**
 * Per word as written: a number word in lower case (`vier`, not `Vier`)? Cached by the word's
 * span: most words asked are `die`, `der`, `ein`, `zu`, and cutting out and folding each of them
 * cost a tenth of the timeline keys.
 */
const numberWords = new SpanCache<boolean>(1 << 14);

function isNumberWord(text: string, start: number, end: number): boolean {
  const hit = numberWords.get(text, start, end);
  if (hit !== undefined) return hit;
  const w = text.slice(start, end);
  return numberWords.set(text, start, end, w === w.toLowerCase() && WORD_NUMBERS[foldWord(w)] !== undefined);
}

/** A per-cent sign right after a number, with at most a (narrow, no-break) space between. */
const PERCENT_SIGN = /^[ \u00a0\u202f]?%/;

/** Words between a number and its unit that are not the unit (`vier östliche Regionen`). */
const SKIPPABLE = /^(\p{Ll}+e[nrsm]?|weitere[nrsm]?|neue[nrsm]?)$/u;

/**
 * The words of `text[from, to)` as figures read them: runs of letters and digits that may hold
 * `,` `.` `'` `’` `-` between them (`1.000`, `4,5`, `28-Punkte-Plan`), as the pattern
 * `[\p{L}\p{N}][\p{L}\p{N},.'’-]*[\p{L}\p{N}]` finds them, by a scanner (a hot path). Offsets
 * only, in one flat list (`start, end, start, end, …`): most words are no figure, and their
 * text is never needed.
 */
export function numberTokens(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  let i = from;
  while (i < to) {
    if (!isLetterOrDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let last = i++;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (isLetterOrDigitCode(c)) last = i++;
      else if (c === 44 || c === 46 || c === 39 || c === 0x2019 || c === 45) i++;
      else break;
    }
    out.push(start, last + 1);
    i = last + 1;
  }
  return out;
}

/** First letters of the number words (`WORD_NUMBERS`, folded). */
const NUMBER_WORD_INITIALS = new Set([...Object.keys(WORD_NUMBERS)].map((w) => w.charCodeAt(0)));

/**
 * False for a word that is surely no figure, from its first character alone: a capital (number
 * words count in lowercase only), or a lowercase ASCII letter no number word starts with
 * (folding keeps such a first letter). Anything else is read whole.
 */
function mayBeFigure(c0: number): boolean {
  if (c0 >= 48 && c0 <= 57) return true;
  if (c0 >= 65 && c0 <= 90) return false;
  if (c0 >= 97 && c0 <= 122) return NUMBER_WORD_INITIALS.has(c0);
  return true;
}

/** A figure's unit reduced to a comparable key: its stem (`Stunden` → `stund`). */
export function unitKey(unit: string | null): string {
  return unit ? stemWord(foldWord(unit.replace(/^.*-/, ''))) : '';
}

function parseNumber(tok: string): number | null {
  if (/^\d{1,3}(\.\d{3})+$/.test(tok)) return Number(tok.replace(/\./g, ''));
  if (/^\d+(,\d+)?$/.test(tok)) return Number(tok.replace(',', '.'));
  return null;
}

/**
 * The figures of `text[from, to)`, in order. `skip` holds spans (dates) that are not figures.
 *
 * ```ts
 * findQuantities('Das Treffen dauerte über vier Stunden.')
 * // → [{ text: 'über vier Stunden', value: 4, unit: 'Stunden', qualifier: 'über', bound: 'more', … }]
 * ```
 */
export function findQuantities(
  text: string,
  from = 0,
  to = text.length,
  skip: { start: number; end: number }[] = [],
  /** The words of `text[from, to)` as `numberTokens` finds them, when the caller has them. */
  spans = numberTokens(text, from, to),
): Quantity[] {
  const n = spans.length / 2;
  const tokAt = (k: number) => (k >= 0 && k < n ? { w: text.slice(spans[2 * k]!, spans[2 * k + 1]!), start: spans[2 * k]!, end: spans[2 * k + 1]! } : undefined);
  const out: Quantity[] = [];
  for (let i = 0; i < n; i++) {
    // Most words are no figure: only digits and lower-case number words go on (cheap tests first).
    const c0 = text.charCodeAt(spans[2 * i]!);
    if (!mayBeFigure(c0)) continue;
    if (!(c0 >= 48 && c0 <= 57) && !isNumberWord(text, spans[2 * i]!, spans[2 * i + 1]!)) continue;
    const t = tokAt(i)!;
    if (skip.some((s) => t.start < s.end && s.start < t.end)) continue;
    // `28-Punkte-Friedensplan`, `30-tägige`: the number and its unit in one token; not the second
    // half of a score or a ratio (`2:1-Sieg`, `1:1-Ausgleich`: no figure "1 Sieg").
    const glued = /^(\d+(?:,\d+)?)-(\p{L}+)/u.exec(t.w);
    if (glued && t.start > 1 && (text[t.start - 1] === ':' || text[t.start - 1] === '/') && /\d/.test(text[t.start - 2]!)) continue;
    let value: number | null = null;
    let unit: string | null = null;
    let endTok = i;
    /** Where the figure ends when past its last word (a `%` sign). */
    let endAt: number | null = null;
    if (glued) {
      value = Number(glued[1]!.replace(',', '.'));
      unit = glued[2]!;
    } else {
      value = parseNumber(t.w);
      const folded = foldWord(t.w);
      if (value === null && WORD_NUMBERS[folded] !== undefined && t.w === t.w.toLowerCase()) value = WORD_NUMBERS[folded]!;
      if (value === null) continue;
      if (/^\d{4}$/.test(t.w) && value >= 1800 && value <= 2200) continue; // a year
      // Characters around the word, '' past either end of the text (read past an end, they made
      // V8 drop this function's optimised code).
      const after = t.end < text.length ? text[t.end] : '', after2 = t.end + 1 < text.length ? text[t.end + 1]! : '';
      const before = t.start > 0 ? text[t.start - 1] : '', before2 = t.start > 1 ? text[t.start - 2]! : '';
      if (after === '.' && /^\d+$/.test(t.w) && after2 === ' ') continue; // an ordinal
      if ((after === ':' && /^\d/.test(after2)) || (before === ':' && /\d/.test(before2))) continue; // a time
      // A counter or a ratio (`1/8` of a picture gallery, `24/7`): no count of anything.
      if ((after === '/' && /\d/.test(after2)) || (before === '/' && /\d/.test(before2))) continue;
      const next = tokAt(i + 1);
      if (next && SCALE[foldWord(next.w)] !== undefined) {
        value *= SCALE[foldWord(next.w)]!;
        endTok = i + 1;
      }
      // `80 %` and `80%` are `80 Prozent` (the sign is no word, so the scan below never sees it).
      const sign = PERCENT_SIGN.exec(text.slice(spans[2 * endTok + 1]!, spans[2 * endTok + 1]! + 3));
      if (sign) {
        unit = 'Prozent';
        endAt = spans[2 * endTok + 1]! + sign[0].length;
      }
      // The unit: the next capitalised word, past at most one lowercase adjective, with nothing
      // but spaces between (`Habeck (55, Grüne)`: an age and a party, not 55 Greens).
      for (let k = endTok + 1; !sign && k <= endTok + 2 && k < n; k++) {
        const w = tokAt(k)!.w;
        if (!/^\s+$/.test(text.slice(spans[2 * (k - 1) + 1]!, spans[2 * k]!))) break;
        if (/^\p{Lu}/u.test(w)) {
          unit = w;
          endTok = k;
          break;
        }
        if (!SKIPPABLE.test(w)) break;
      }
      if (value === 1 && !/^\d/.test(t.w) && !(unit && ONE_NEEDS_UNIT.test(foldWord(unit)))) continue;
    }
    // The qualifier: one or two words before.
    let qualifier: string | null = null;
    let bound: Quantity['bound'] = 'exact';
    let startTok = i;
    const prev1 = tokAt(i - 1);
    const prev2 = tokAt(i - 2);
    const one = prev1 ? foldWord(prev1.w) : '';
    const two = prev2 && prev1 ? `${foldWord(prev2.w)} ${one}` : '';
    for (let k = 0; k < QUALIFIERS.length; k++) {
      const [q, b] = QUALIFIERS[k]!;
      const n = QUALIFIER_WORDS[k]!;
      if ((n === 2 ? two : one) === q) {
        startTok = i - n;
        qualifier = text.slice(spans[2 * startTok]!, spans[2 * (i - 1) + 1]!);
        bound = b;
        break;
      }
    }
    const start = spans[2 * startTok]!;
    const end = endAt ?? spans[2 * endTok + 1]!;
    out.push({ text: text.slice(start, end), start, end, value, unit, qualifier, bound });
    i = endTok;
  }
  shareUnits(text, out);
  return out;
}

/** The words between two figures that make the first a part of the second (`99 von 128 Stimmen`, `3 of 5 votes`). */
const PART_OF = /^\s+(von|aus|of|out of)\s+$/;

/**
 * A figure without a unit that counts a part of the next figure takes its unit: `99 von 128
 * Stimmen` is 99 votes of 128. Read as `99` and `128 Stimmen`, it was compared with another
 * report's `99 Stimmen` as "the figures differ: 128 Stimmen / 99 Stimmen".
 */
function shareUnits(text: string, out: Quantity[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const q = out[k]!, next = out[k + 1]!;
    if (q.unit === null && next.unit !== null && PART_OF.test(text.slice(q.end, next.start))) q.unit = next.unit;
  }
}
