/**
 * A map from short strings to values, for the entity grouping's blocking keys: open addressing
 * over typed arrays, the keys' letters side by side in one buffer (one byte a letter while every
 * key is Latin-1). At 100,000 reports the people's names have 264,264 blocking keys; as a `Map`
 * they were a 14 MB hash table (its capacity doubles past 262,144 entries) and 8.5 MB of key
 * strings in the spellings worker, which holds them all until the groups are made. Exact: a key
 * is found only by comparing it letter by letter.
 */

import { fnv1a } from '../text/fnv';

/**
 * Open addressing: the slots are at most three quarters full (a half would double them to 4 MB
 * just past 262,144 keys, 264,264 at 100,000 reports; most lookups are misses, ~2 probes at 0.5).
 */
const MAX_LOAD = 0.75;
/** The entries' arrays and the letters grow by half, not double: they are never rehashed. */
const GROWTH = 1.5;
const INITIAL_SLOTS = 1 << 10;
const INITIAL_ENTRIES = 1 << 9;
const INITIAL_LETTERS = 1 << 12;
const LATIN1_MAX = 0xff;

export class KeyTable<V> {
  /** Per slot: 1 + the index of the entry filed there, 0 for none. */
  #slots = new Int32Array(INITIAL_SLOTS);
  /** Per entry: its key's hash, and where its letters start in `#letters` (`#starts[n]`: where the next one's will). */
  #hashes = new Int32Array(INITIAL_ENTRIES);
  #starts = new Int32Array(INITIAL_ENTRIES + 1);
  #letters: Uint8Array | Uint16Array = new Uint8Array(INITIAL_LETTERS);
  #values: V[] = [];

  /** Entries held. */
  get size(): number {
    return this.#values.length;
  }

  /** The value filed under `key`, or undefined. */
  get(key: string): V | undefined {
    const e = this.#find(key, fnv1a(key));
    return e < 0 ? undefined : this.#values[e];
  }

  /** Files `value` under `key` (replacing what was there). */
  set(key: string, value: V): void {
    const h = fnv1a(key);
    const e = this.#find(key, h);
    if (e >= 0) this.#values[e] = value;
    else this.#insert(key, h, -e - 1, value);
  }

  /** The value filed under `key`; if none, files `value` there and returns undefined (one search for both). */
  getOrSet(key: string, value: V): V | undefined {
    const h = fnv1a(key);
    const e = this.#find(key, h);
    if (e >= 0) return this.#values[e];
    this.#insert(key, h, -e - 1, value);
    return undefined;
  }

  /** Files a new entry in the empty `slot` its search ended at. */
  #insert(key: string, h: number, slot: number, value: V): void {
    const n = this.#values.length;
    this.#slots[slot] = n + 1;
    this.#add(key, h, value);
    if (n + 1 > this.#slots.length * MAX_LOAD) this.#rehash(this.#slots.length * 2);
  }

  /** The entry of `key`, or, if none, -1 - the empty slot it would go in (no object made per lookup). */
  #find(key: string, h: number): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const e = slots[i]! - 1;
      if (e < 0) return -1 - i;
      if (this.#hashes[e] === h && this.#is(e, key)) return e;
    }
  }

  /** Whether entry `e`'s key is `key`, letter by letter. */
  #is(e: number, key: string): boolean {
    const start = this.#starts[e]!;
    if (this.#starts[e + 1]! - start !== key.length) return false;
    const letters = this.#letters;
    for (let j = 0; j < key.length; j++) if (letters[start + j] !== key.charCodeAt(j)) return false;
    return true;
  }

  #add(key: string, h: number, value: V): void {
    const n = this.#values.length;
    if (n + 1 >= this.#hashes.length) {
      this.#hashes = grown(this.#hashes, Math.ceil(this.#hashes.length * GROWTH));
      this.#starts = grown(this.#starts, Math.ceil(this.#starts.length * GROWTH));
    }
    const start = this.#starts[n]!;
    let letters = this.#letters;
    if (start + key.length > letters.length) letters = this.#letters = grown(letters, Math.max(Math.ceil(letters.length * GROWTH), start + key.length));
    for (let j = 0; j < key.length; j++) {
      const c = key.charCodeAt(j);
      // A letter past Latin-1 (a name in another script): from now on two bytes a letter.
      if (c > LATIN1_MAX && letters instanceof Uint8Array) letters = this.#letters = Uint16Array.from(letters);
      letters[start + j] = c;
    }
    this.#hashes[n] = h;
    this.#starts[n + 1] = start + key.length;
    this.#values.push(value);
  }

  #rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let e = 0; e < this.#values.length; e++) {
      let i = this.#hashes[e]! & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = e + 1;
    }
    this.#slots = slots;
  }
}

function grown<T extends Int32Array | Uint8Array | Uint16Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
