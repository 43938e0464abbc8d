/**
 * A cheap "maybe" in front of a Set or Map of words: a bitmap over (length, first and last code
 * unit). A word whose bit is clear is surely not in the set, and costs no string and no hash;
 * one whose bit is set is looked up as before. The line classifier looks up every short word of
 * every line, and most are not function words or known vocabulary.
 */

const BITS = 1 << 16;

function key(s: string, start: number, end: number): number {
  return (((end - start) * 7919 + s.charCodeAt(start)) * 31 + s.charCodeAt(end - 1)) & (BITS - 1);
}

/** The filter of a fixed set of (lowercase) words. */
export class WordFilter {
  private readonly bits = new Uint8Array(BITS);

  constructor(words: Iterable<string>) {
    for (const w of words) if (w.length) this.bits[key(w, 0, w.length)] = 1;
  }

  /** False when `s.slice(start, end)` is surely not one of the words (`start < end`). */
  mayHave(s: string, start: number, end: number): boolean {
    return this.bits[key(s, start, end)] === 1;
  }
}

/**
 * A fixed map of (lowercase) words looked up at a span of a string without cutting the span
 * out: a hash of its code units picks a bucket, and `startsWith` confirms the word, so the
 * answer is exactly `map.get(s.slice(start, end))`. Cutting and hashing a new string for every
 * short word of every line was a third of the line scan.
 */
export class WordSpans<V> {
  private readonly buckets = new Map<number, { word: string; value: V }[]>();

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [word, value] of entries) {
      const h = spanHash(word, 0, word.length);
      const b = this.buckets.get(h);
      if (b) b.push({ word, value }); else this.buckets.set(h, [{ word, value }]);
    }
  }

  /** The value of the word `s.slice(start, end)`, or undefined. */
  get(s: string, start: number, end: number): V | undefined {
    const b = this.buckets.get(spanHash(s, start, end));
    if (!b) return undefined;
    for (const e of b) if (e.word.length === end - start && s.startsWith(e.word, start)) return e.value;
    return undefined;
  }
}

function spanHash(s: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h & 0x3fffffff;
}
