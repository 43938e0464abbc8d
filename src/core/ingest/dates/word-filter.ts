/**
 * A quick, necessary test for "the lowercase of `text[s, e)` is one of these words, or begins
 * with one of these prefixes", that makes no string: a table by the first three letters gives
 * the shortest and longest run that can be such a word. The date finders look at every word
 * of every paragraph, and most words (`der`, `und`, `Regierung`) end here; only the few that
 * pass are cut out and lowercased for the real test.
 *
 * Exact as a filter: a run whose first three units are ASCII lowercases them to ASCII, so only
 * words of three ASCII letters can be it; any other run passes when its first unit lowercases
 * to the first letter of a word (`Ä`, `Ü`, the Kelvin sign `K` for `k`).
 */

const LETTERS = 26;
const NONE = 0;
const UNBOUNDED = 255;

const lowerLetter = (c: number): number => (c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 97 : -1);

/** Per lowercase letter, the BMP code units other than itself whose lowercase begins with it. */
let lowercasedFrom: Map<string, number[]> | null = null;

/** Every code unit whose lowercase begins with `letter`. */
function lowercasingTo(letter: string): number[] {
  if (!lowercasedFrom) {
    lowercasedFrom = new Map();
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const l = String.fromCharCode(c).toLowerCase()[0]!;
      if (l.charCodeAt(0) !== c) lowercasedFrom.set(l, [...(lowercasedFrom.get(l) ?? []), c]);
    }
  }
  return [letter.charCodeAt(0), ...(lowercasedFrom.get(letter) ?? [])];
}

export class WordFilter {
  /** Per first three ASCII letters: shortest length + 1 of a word beginning so (0: none), longest (255: any). */
  readonly #min = new Uint8Array(LETTERS ** 3);
  readonly #max = new Uint8Array(LETTERS ** 3);
  readonly #first = new Set<number>();
  #shortest = Infinity;

  /** Adds lowercase words (of at least one letter); `prefix`: runs that begin with one pass too. */
  add(words: Iterable<string>, prefix = false): this {
    for (const w of words) {
      this.#shortest = Math.min(this.#shortest, w.length);
      for (const c of lowercasingTo(w[0]!)) this.#first.add(c);
      if (w.length < 3) {
        this.#shortest = 0; // too short for the table: every run of its first letter passes
        continue;
      }
      const [a, b, c] = [lowerLetter(w.charCodeAt(0)), lowerLetter(w.charCodeAt(1)), lowerLetter(w.charCodeAt(2))];
      if (a < 0 || b < 0 || c < 0) continue;
      const k = (a * LETTERS + b) * LETTERS + c;
      const min = this.#min[k]!;
      this.#min[k] = min === NONE ? Math.min(w.length, 254) + 1 : Math.min(min, w.length + 1);
      this.#max[k] = prefix || w.length >= UNBOUNDED ? UNBOUNDED : Math.max(this.#max[k]!, w.length);
    }
    return this;
  }

  /** False when the lowercase of `text[s, e)` surely is none of the words (nor begins with a prefix). */
  mayBe(text: string, s: number, e: number): boolean {
    const len = e - s;
    if (len < this.#shortest) return false;
    const u0 = text.charCodeAt(s);
    if (len >= 3 && this.#shortest >= 3) {
      const u1 = text.charCodeAt(s + 1), u2 = text.charCodeAt(s + 2);
      if (u0 < 128 && u1 < 128 && u2 < 128) {
        const a = lowerLetter(u0), b = lowerLetter(u1), c = lowerLetter(u2);
        if (a < 0 || b < 0 || c < 0) return false;
        const k = (a * LETTERS + b) * LETTERS + c;
        const min = this.#min[k]!;
        if (min === NONE || len < min - 1) return false;
        const max = this.#max[k]!;
        return max === UNBOUNDED || len <= max;
      }
    }
    return this.#first.has(u0);
  }
}
