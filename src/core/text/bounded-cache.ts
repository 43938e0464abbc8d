/**
 * A memo with a ceiling on memory: two generations of at most `size` entries each. Lookups
 * read the young generation, then the old one (moving a hit back into the young); when the
 * young is full it becomes the old and the old is dropped. Words that keep coming stay cached
 * across the turnover, unlike a whole-map reset, at no per-hit bookkeeping (an LRU's).
 *
 * ```ts
 * const stems = new BoundedCache<string, string>(50_000);
 * const s = stems.get(word) ?? stems.set(word, stem(word));
 * ```
 */
import { ownString } from './own-string';

/** Strings (and arrays of them) the cache keeps, as copies that do not pin the text they were cut from. */
function own<T>(x: T): T {
  if (typeof x === 'string') return ownString(x) as T;
  if (Array.isArray(x) && x.some((e) => typeof e === 'string' && e.length >= 13)) return x.map((e) => (typeof e === 'string' ? ownString(e) : e)) as T;
  return x;
}

/** Every cache of this thread, for `emptyBoundedCaches`. */
let made: WeakRef<BoundedCache<unknown, unknown>>[] = [];

/**
 * Empties every cache of this thread: for a long-lived host letting memory go once idle
 * (`explore/views-settle.ts`: at 100k reports the words of the views' first build filled them,
 * ~20 MB of heap the next search or analysis does not need at once).
 */
export function emptyBoundedCaches(): void {
  made = made.filter((r) => {
    const cache = r.deref();
    cache?.clear();
    return cache !== undefined;
  });
}

export class BoundedCache<K, V> {
  #young = new Map<K, V>();
  #old = new Map<K, V>();
  readonly #size: number;

  /** `size`: entries per generation; the cache holds at most twice as many. */
  constructor(size: number) {
    this.#size = Math.max(1, size);
    made.push(new WeakRef(this as BoundedCache<unknown, unknown>));
  }

  /** Drops every entry. */
  clear(): void {
    this.#young = new Map();
    this.#old = new Map();
  }

  /** The cached value, or undefined. */
  get(key: K): V | undefined {
    const v = this.#young.get(key);
    if (v !== undefined) return v;
    const old = this.#old.get(key);
    if (old !== undefined) this.#put(key, old);
    return old;
  }

  /**
   * Caches `value` and returns it. String keys and values (and strings in an array value) are
   * kept as their own copies (`ownString`): a cache of words cut from articles must not hold
   * the articles.
   */
  set(key: K, value: V): V {
    this.#put(own(key), own(value));
    return value;
  }

  #put(key: K, value: V): void {
    if (this.#young.size >= this.#size) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(key, value);
  }

  /** Entries held now (both generations). */
  get size(): number {
    return this.#young.size + this.#old.size;
  }
}
