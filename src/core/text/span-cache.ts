/**
 * A bounded memo keyed by a span of a text, looked up without cutting the span out: on a hit no
 * string is made (a `Map` needs the word as a string, a new one per occurrence, hashed afresh).
 * Running text is mostly the same few thousand words, so most lookups hit. Two generations,
 * like `BoundedCache`: when the young table is half full it becomes the old one. In front of
 * them a small table of the words found last, one per place (the most frequent words of a
 * language are most of its text): it fits a processor's cache, which the large tables do not.
 *
 * ```ts
 * const stems = new SpanCache<string>(1 << 16);
 * const s = stems.get(text, 10, 17) ?? stems.set(text, 10, 17, stem(text.slice(10, 17)));
 * ```
 */
import { ownString } from './own-string';
import { fnv1a } from './fnv';

/** Places of the front table (see the module comment): 1,024 words, ~20 kB. */
const FRONT_SLOTS = 1024;

export class SpanCache<V> {
  #young: Table<V>;
  #old: Table<V>;
  readonly #slots: number;
  /** The front table: per place (hash bits), the hash, key and value of the word found there last. */
  readonly #frontHash: Int32Array;
  readonly #frontKey: (string | undefined)[];
  readonly #frontValue: V[];
  readonly #frontMask: number;

  /** `slots`: a power of two, table size per generation (each holds half as many words). */
  constructor(slots: number) {
    this.#slots = slots;
    this.#young = new Table(slots);
    this.#old = new Table(slots);
    const front = Math.min(slots, FRONT_SLOTS);
    this.#frontHash = new Int32Array(front);
    this.#frontKey = new Array<string | undefined>(front).fill(undefined);
    this.#frontValue = new Array<V>(front);
    this.#frontMask = front - 1;
  }

  /** The value cached for `text[start, end)`, or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    const h = fnv1a(text, start, end);
    const f = (h >>> 16) & this.#frontMask;
    const fk = this.#frontKey[f];
    if (fk !== undefined && this.#frontHash[f] === h && fk.length === end - start && text.startsWith(fk, start)) return this.#frontValue[f];
    const young = this.#young.find(text, start, end, h);
    if (young >= 0) {
      const v = this.#young.valueAt(young);
      this.#toFront(f, h, this.#young.keyAt(young), v);
      return v;
    }
    const old = this.#old.find(text, start, end, h);
    if (old < 0) return undefined;
    const v = this.#old.valueAt(old);
    this.#put(this.#old.keyAt(old), h, v);
    this.#toFront(f, h, this.#old.keyAt(old), v);
    return v;
  }

  #toFront(f: number, h: number, key: string, value: V): void {
    this.#frontHash[f] = h;
    this.#frontKey[f] = key;
    this.#frontValue[f] = value;
  }

  /**
   * Caches `value` for `text[start, end)` and returns it. The key is a copy of the span
   * (`ownString`): a cut of 13 characters or more would hold the whole text it was cut from.
   */
  set(text: string, start: number, end: number, value: V): V {
    this.#put(ownString(text.slice(start, end)), fnv1a(text, start, end), value);
    return value;
  }

  #put(key: string, h: number, value: V): void {
    if (this.#young.count * 2 >= this.#slots) {
      this.#old = this.#young;
      this.#young = new Table(this.#slots);
    }
    this.#young.add(key, h, value);
  }
}

/**
 * One generation: open addressing over a typed array. A lookup's memory reads are the cost
 * (the tables are larger than a processor cache), so what one lookup reads lies side by side:
 * a slot's hash beside its entry, an entry's key beside its value.
 */
class Table<V> {
  /** Per entry: its key and its value, one after the other. */
  readonly #entries: unknown[] = [];
  /** Per slot: the hash, then the entry's index + 1 (0: empty). */
  readonly #slots: Int32Array;
  readonly #mask: number;

  constructor(slots: number) {
    this.#slots = new Int32Array(2 * slots);
    this.#mask = slots - 1;
  }

  get count(): number {
    return this.#entries.length >> 1;
  }

  keyAt(k: number): string {
    return this.#entries[2 * k] as string;
  }

  valueAt(k: number): V {
    return this.#entries[2 * k + 1] as V;
  }

  find(text: string, start: number, end: number, h: number): number {
    const len = end - start;
    for (let i = h & this.#mask; ; i = (i + 1) & this.#mask) {
      const k = this.#slots[2 * i + 1]! - 1;
      if (k < 0) return -1;
      if (this.#slots[2 * i] !== h) continue;
      const key = this.#entries[2 * k] as string;
      if (key.length === len && text.startsWith(key, start)) return k;
    }
  }

  add(key: string, h: number, value: V): void {
    let i = h & this.#mask;
    while (this.#slots[2 * i + 1] !== 0) i = (i + 1) & this.#mask;
    this.#entries.push(key, value);
    this.#slots[2 * i] = h;
    this.#slots[2 * i + 1] = this.#entries.length >> 1;
  }
}

