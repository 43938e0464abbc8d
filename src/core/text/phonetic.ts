/**
 * Kölner Phonetik (Hans Joachim Postel, "Die Kölner Phonetik", IBM-Nachrichten 19, 1969;
 * rules as in https://de.wikipedia.org/wiki/K%C3%B6lner_Phonetik): a German soundex. Names
 * that sound alike get the same code: `Dmitrijew`, `Dmitriew` and `Dmitriev` → `26273`;
 * `Witkoff`/`Whitkoff` → `3243`; `Kellogg`/`Kellog` → `454`.
 *
 * Written out here rather than taken from a package: it is forty lines of table, and the one
 * package (`cologne-phonetic`) is a regex chain that is slower and unmaintained.
 */

import { editDistance } from './distance';
import { foldText } from './fold';
import { ownString } from './own-string';

const VOWELS = 'aeijouy';

/** Bounds the code cache; a whole-map reset keeps it small without LRU bookkeeping. */
const CACHE_MAX = 100_000;
let cache = new Map<string, string>();

/** The Kölner Phonetik code of one word (letters other than a–z, äöüß are ignored); cached. */
export function colognePhonetic(word: string): string {
  let c = cache.get(word);
  if (c === undefined) {
    c = computeCode(word);
    if (cache.size >= CACHE_MAX) cache = new Map();
    cache.set(ownString(word), c);
  }
  return c;
}

function computeCode(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/ß/g, 's')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
  let raw = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const prev = i > 0 ? w[i - 1]! : '';
    const next = w[i + 1] ?? '';
    let code = '';
    if (VOWELS.includes(c)) code = '0';
    else if (c === 'h') code = '';
    else if (c === 'b') code = '1';
    else if (c === 'p') code = next === 'h' ? '3' : '1';
    // `next` is '' after the last letter, and every string includes '': test it first.
    else if (c === 'd' || c === 't') code = next !== '' && 'csz'.includes(next) ? '8' : '2';
    else if ('fvw'.includes(c)) code = '3';
    else if ('gkq'.includes(c)) code = '4';
    else if (c === 'c') {
      if (i === 0) code = next !== '' && 'ahkloqrux'.includes(next) ? '4' : '8';
      else code = 'sz'.includes(prev) || next === '' || !'ahkoqux'.includes(next) ? '8' : '4';
    } else if (c === 'x') code = prev !== '' && 'ckq'.includes(prev) ? '8' : '48';
    else if (c === 'l') code = '5';
    else if (c === 'm' || c === 'n') code = '6';
    else if (c === 'r') code = '7';
    else if (c === 's' || c === 'z') code = '8';
    raw += code;
  }
  // Collapse repeats, then drop zeros except a leading one.
  let out = '';
  for (let i = 0; i < raw.length; i++) if (raw[i] !== raw[i - 1]) out += raw[i];
  return out.length > 0 ? out[0] + out.slice(1).replace(/0/g, '') : '';
}

/**
 * True when two spellings of a name are variants of each other: the same Kölner Phonetik
 * code and an edit distance of at most a quarter of the longer spelling (at least 1), so
 * `Dmitrijew`/`Dmitriev` (distance 2 of 9) match but `Peskow`/`Pesko` alone does not decide.
 */
export function isSpellingVariant(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > Math.max(a.length, b.length) / 4 + 1) return false;
  return foldedVariants(foldText(a), foldText(b));
}

/**
 * `isSpellingVariant` of two spellings already folded: folding is idempotent, so this is the
 * same test without folding again (the name finder and the grouping hold folded names).
 */
export function isFoldedSpellingVariant(fa: string, fb: string): boolean {
  if (Math.abs(fa.length - fb.length) > Math.max(fa.length, fb.length) / 4 + 1) return false;
  return foldedVariants(fa, fb);
}

function foldedVariants(fa: string, fb: string): boolean {
  if (fa === fb) return true;
  if (Math.min(fa.length, fb.length) < 4) return false;
  if (colognePhonetic(fa) !== colognePhonetic(fb)) return false;
  const max = Math.max(1, Math.floor(Math.max(fa.length, fb.length) / 4));
  return editDistance(fa, fb, max) <= max;
}
