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
