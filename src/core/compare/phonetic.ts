/**
 * Kölner Phonetik (Hans Joachim Postel, "Die Kölner Phonetik", IBM-Nachrichten 19, 1969;
 * rules as in https://de.wikipedia.org/wiki/K%C3%B6lner_Phonetik): a German soundex. Names
 * that sound alike get the same code: `Dmitrijew`, `Dmitriew` and `Dmitriev` → `26273`;
 * `Witkoff`/`Whitkoff` → `3243`; `Kellogg`/`Kellog` → `454`.
 *
 * Written out here rather than taken from a package: it is forty lines of table, and the one
 * package (`cologne-phonetic`) is a regex chain that is slower and unmaintained.
 */

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
    cache.set(word, c);
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

/** Levenshtein distance, stopping early once it exceeds `max` (then returns `max + 1`). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * True when two spellings of a name are variants of each other: the same Kölner Phonetik
 * code and an edit distance of at most a quarter of the longer spelling (at least 1), so
 * `Dmitrijew`/`Dmitriev` (distance 2 of 9) match but `Peskow`/`Pesko` alone does not decide.
 */
export function isSpellingVariant(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > Math.max(a.length, b.length) / 4 + 1) return false;
  return foldedVariants(fold(a), fold(b));
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

/** Folded forms of words with letters beyond ASCII (normalising is ~1 µs); reset when full. */
let folds = new Map<string, string>();

/** Lowercase, accents and umlauts folded to their base letter (`Selenskyj` stays, `Lawrow` stays). */
export function fold(s: string): string {
  const l = s.toLowerCase();
  let ascii = true;
  for (let i = 0; i < l.length && ascii; i++) ascii = l.charCodeAt(i) < 128;
  if (ascii) return l;
  let f = folds.get(l);
  if (f === undefined) {
    f = l.replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
    if (folds.size >= CACHE_MAX) folds = new Map();
    folds.set(l, f);
  }
  return f;
}
