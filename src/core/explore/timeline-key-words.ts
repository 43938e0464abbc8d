/**
 * A timeline row's stored key words (`own words || next sentence's words`), split into one
 * shared string per word. A 10k library's rows hold ~744k key words but only ~37k different
 * ones: splitting with `String.split` made a string for each of the 744k and hashed it afresh
 * to find its shared copy (most of the timeline index's build). Here each word is hashed where
 * it stands in the row's string and looked up in a table of the words met so far; only a word
 * met for the first time is cut out as a string of its own.
 */

/** A new generation starts past this many words, so a long session's vocabulary does not grow the tables without end. */
const POOL_MAX = 65_536;
/** Open addressing: at most half full. */
const SLOTS = 1 << 17;
const MASK = SLOTS - 1;
const SPACE = 32;
const AT = 64;
const BASIS = 0x811c9dc5 | 0;
const PRIME = 0x01000193;

/** Per slot: 1 + the index of the word met as written there, 0 for none. */
let slots = new Int32Array(SLOTS);
/** Per word met: as written in the rows, its hash, and its shared key string (`@` names lower-cased). */
let written: string[] = [];
let hashes = new Int32Array(POOL_MAX);
let shared: string[] = [];
/** Shared key string by its text: two spellings of a name written differently share one. */
let pool = new Map<string, string>();

/** The shared string of the word at `s[a..b)` whose hash is `h` (linear probing). */
function wordAt(s: string, a: number, b: number, h: number): string {
  const len = b - a;
  for (let at = h & MASK; ; at = (at + 1) & MASK) {
    const e = slots[at]! - 1;
    if (e < 0) return addWord(s, a, b, h, at);
    if (hashes[e] !== h) continue;
    const w = written[e]!;
    if (w.length !== len) continue;
    let j = 0;
    while (j < len && w.charCodeAt(j) === s.charCodeAt(a + j)) j++;
    if (j === len) return shared[e]!;
  }
}

function addWord(s: string, a: number, b: number, h: number, at: number): string {
  if (written.length >= POOL_MAX) {
    slots = new Int32Array(SLOTS);
    [written, shared, pool] = [[], [], new Map()];
    // The slot found is in the old table: probe the new, empty one.
    at = h & MASK;
  }
  const w = s.slice(a, b);
  const key = w.charCodeAt(0) === AT ? w.toLowerCase() : w;
  let one = pool.get(key);
  if (one === undefined) pool.set(key, (one = key));
  hashes[written.length] = h;
  slots[at] = written.push(w);
  shared.push(one);
  return one;
}

/**
 * The words of `s[a..b)`: runs of characters other than a space, as `split(' ')` less its
 * empty parts; each hashed (FNV-1a over its UTF-16 code units) as it is read.
 */
function wordsIn(s: string, a: number, b: number, out: string[]): string[] {
  let start = -1;
  let h = BASIS;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === SPACE) {
      if (start >= 0) out.push(wordAt(s, start, i, h));
      start = -1;
    } else {
      if (start < 0) [start, h] = [i, BASIS];
      h = Math.imul(h ^ c, PRIME);
    }
  }
  if (start >= 0) out.push(wordAt(s, start, b, h));
  return out;
}

/**
 * A row's key words: its own (before the first ` || `), and with its next sentence's (up to
 * the next ` || `) after them; the same array for both when there is no next sentence.
 */
export function splitKeyWords(keys: string): { own: string[]; wide: string[] } {
  const sep = keys.indexOf(' || ');
  const own = wordsIn(keys, 0, sep < 0 ? keys.length : sep, []);
  if (sep < 0) return { own, wide: own };
  const from = sep + 4;
  const to = keys.indexOf(' || ', from);
  const end = to < 0 ? keys.length : to;
  return { own, wide: end > from ? wordsIn(keys, from, end, own.slice()) : own };
}
