/**
 * The timeline rows' stored key words (`own words || next sentence's words`) as integer ids,
 * held by one timeline index for as long as it lives. A 10k library's rows hold ~744k key words
 * but only ~37k different ones: each word is hashed where it stands in the row's string and
 * looked up in a table of the words met so far; only a word met for the first time is cut out as
 * a string of its own. Each different key string's words are kept once, as ids in one flat
 * array (its own words, then its next sentence's), and read in place: at 100k the split words as
 * arrays of strings per key string (with the `WeakMap` that found them per row) were ~128 MB of
 * the timeline's heap.
 */

import { runAtOnce, sliceAt, type Slices } from '../derived/slices';

const SPACE = 32;
const AT = 64;
const BASIS = 0x811c9dc5 | 0;
const PRIME = 0x01000193;

/** An `Int32Array` that grows by doubling. */
function grown(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** The key words of one timeline index (see the module comment). */
export class KeyWordTable {
  /** Open addressing, at most half full: per slot 1 + the index of the word written there, 0 for none. */
  private slots = new Int32Array(1 << 12);
  /** Per word met as written: the text, its hash, and the id of its key (`@` names lower-cased). */
  private written: string[] = [];
  private hashes = new Int32Array(1 << 11);
  private keyOf = new Int32Array(1 << 11);
  /** Key text by id, and id by text: two spellings of a name written differently are one key. */
  readonly keys: string[] = [];
  private ids = new Map<string, number>();
  /** Per different key string: its words' place in `words` (start, end of its own, end with the next sentence's). */
  private recs = new Map<string, number>();
  private bounds = new Int32Array(3 << 10);
  private words = new Int32Array(1 << 14);
  private used = 0;
  /** Key strings given a record by `recLater` whose words are not read yet, in record order. */
  private pending: string[] = [];

  /** The id of a key, -1 for a key no row holds. */
  idOf(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  /** The record of a row's key string, its words looked up the first time the string is met. */
  rec(s: string): number {
    if (this.pending.length > 0) runAtOnce(this.readingPending());
    let r = this.recs.get(s);
    if (r === undefined) {
      r = this.recs.size;
      this.recs.set(s, r);
      this.bounds = grown(this.bounds, 3 * r + 3);
      this.read(s, r);
    }
    return r;
  }

  /**
   * The record of a key string as `rec` gives it, its words read later by `readingPending` (no
   * record can be read before then). For a first build, which meets all its key strings at once:
   * `flat` is then made once at its size. Grown by doubling as the words were met, at 100k its
   * 4.3M ids left ~67 MB of garbage arrays (its generations and the copy `trim` cut) that no
   * collection freed before the timeline's result was made, the views' peak.
   */
  recLater(s: string): number {
    let r = this.recs.get(s);
    if (r === undefined) {
      r = this.recs.size;
      this.recs.set(s, r);
      this.pending.push(s);
    }
    return r;
  }

  /** Reads the words of the records `recLater` gave, in their order (the ids `rec` would have given). */
  *readingPending(): Slices<void> {
    const pending = this.pending;
    let n = 0;
    for (let i = 0; i < pending.length; i++) {
      n += wordCount(pending[i]!);
      if (sliceAt(i, 1024)) yield;
    }
    this.words = sized(this.words, this.used, this.used + n);
    this.bounds = sized(this.bounds, 3 * (this.recs.size - pending.length), 3 * this.recs.size);
    for (let i = 0, r = this.recs.size - pending.length; i < pending.length; i++, r++) {
      this.read(pending[i]!, r);
      if (sliceAt(i, 1024)) yield;
    }
    this.pending = [];
  }

  /** Where a record's key ids start in `flat`. */
  start(rec: number): number {
    return this.bounds[3 * rec]!;
  }

  /** Where they end: its own words (`context` false), or with its next sentence's. */
  end(rec: number, context: boolean): number {
    return this.bounds[3 * rec + (context ? 2 : 1)]!;
  }

  /** The flat array of key ids (replaced as it grows: read it after `rec`). */
  get flat(): Int32Array {
    return this.words;
  }

  /** The arrays cut to what they hold, once a build has met its rows (they grow by doubling). */
  trim(): void {
    if (this.words.length > Math.max(1, this.used)) this.words = this.words.slice(0, Math.max(1, this.used));
    if (this.bounds.length > Math.max(3, 3 * this.recs.size)) this.bounds = this.bounds.slice(0, Math.max(3, 3 * this.recs.size));
  }

  /** Reads the words of key string `s` into record `r` (its bounds' place already there). */
  private read(s: string, r: number): void {
    this.bounds[3 * r] = this.used;
    const sep = s.indexOf(' || ');
    this.wordsIn(s, 0, sep < 0 ? s.length : sep);
    this.bounds[3 * r + 1] = this.used;
    if (sep >= 0) {
      const to = s.indexOf(' || ', sep + 4);
      this.wordsIn(s, sep + 4, to < 0 ? s.length : to);
    }
    this.bounds[3 * r + 2] = this.used;
  }

  /** Appends the ids of the words of `s[a..b)`: runs of characters other than a space, each hashed (FNV-1a over UTF-16 code units) as it is read. */
  private wordsIn(s: string, a: number, b: number): void {
    let start = -1;
    let h = BASIS;
    for (let i = a; i < b; i++) {
      const c = s.charCodeAt(i);
      if (c === SPACE) {
        if (start >= 0) this.push(this.wordAt(s, start, i, h));
        start = -1;
      } else {
        if (start < 0) [start, h] = [i, BASIS];
        h = Math.imul(h ^ c, PRIME);
      }
    }
    if (start >= 0) this.push(this.wordAt(s, start, b, h));
  }

  private push(id: number): void {
    this.words = grown(this.words, this.used + 1);
    this.words[this.used++] = id;
  }

  /** The key id of the word at `s[a..b)` whose hash is `h` (linear probing). */
  private wordAt(s: string, a: number, b: number, h: number): number {
    const len = b - a;
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const e = this.slots[at]! - 1;
      if (e < 0) return this.addWord(s, a, b, h, at);
      if (this.hashes[e] !== h) continue;
      const w = this.written[e]!;
      if (w.length !== len) continue;
      let j = 0;
      while (j < len && w.charCodeAt(j) === s.charCodeAt(a + j)) j++;
      if (j === len) return this.keyOf[e]!;
    }
  }

  private addWord(s: string, a: number, b: number, h: number, at: number): number {
    const w = s.slice(a, b);
    const key = w.charCodeAt(0) === AT ? w.toLowerCase() : w;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.push(key) - 1;
      this.ids.set(key, id);
    }
    const e = this.written.length;
    this.hashes = grown(this.hashes, e + 1);
    this.keyOf = grown(this.keyOf, e + 1);
    this.hashes[e] = h;
    this.keyOf[e] = id;
    this.written.push(w);
    this.slots[at] = e + 1;
    if (2 * this.written.length > this.slots.length) this.rehash();
    return id;
  }

  /** Twice the slots, every word written filed again. */
  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let e = 0; e < this.written.length; e++) {
      let at = this.hashes[e]! & mask;
      while (this.slots[at] !== 0) at = (at + 1) & mask;
      this.slots[at] = e + 1;
    }
  }
}

/** The words `read` appends for a key string: runs of characters other than a space in its own part and its next sentence's. */
function wordCount(s: string): number {
  const sep = s.indexOf(' || ');
  if (sep < 0) return runsIn(s, 0, s.length);
  const to = s.indexOf(' || ', sep + 4);
  return runsIn(s, 0, sep) + runsIn(s, sep + 4, to < 0 ? s.length : to);
}

function runsIn(s: string, a: number, b: number): number {
  let n = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const word = s.charCodeAt(i) !== SPACE;
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

/** `a`'s first `keep` values in an array of exactly `n` (itself when it is that long). */
function sized(a: Int32Array<ArrayBuffer>, keep: number, n: number): Int32Array<ArrayBuffer> {
  if (a.length === n) return a;
  const b = new Int32Array(n);
  b.set(a.subarray(0, keep));
  return b;
}
