/**
 * A memo of what a word of a text stands for, looked up by the word's place in the text
 * (`text[start, end)`) rather than by a string cut from it. A hit reads the word's characters
 * twice (hash, compare) and allocates nothing; a Map would need the word cut out first, and
 * on a 10k import that cutting and hashing was most of what indexing a word cost.
 *
 * Bounded: when `maxWords` are held it is emptied (a library's vocabulary grows without end;
 * running text is mostly the same few thousand words, which come back at once). Keys are kept
 * as their own copies (`ownString`), so the memo never holds an article.
 *
 * ```ts
 * const terms = new TextWordMemo((word) => stemOf(word), 100_000);
 * const t = terms.get(text, start, end);
 * ```
 */
import { ownString } from './own-string';

export class TextWordMemo<V> {
  readonly #make: (word: string) => V;
  readonly #max: number;
  readonly #mask: number;
  /** 1 + the entry's index per slot; 0 = empty. Open addressing, at most half full. */
  readonly #slots: Int32Array;
  #hashes: number[] = [];
  #words: string[] = [];
  #values: V[] = [];

  /** `make` gives a word's value on first sight; at most `maxWords` are held. */
  constructor(make: (word: string) => V, maxWords: number) {
    this.#make = make;
    this.#max = Math.max(1, maxWords);
    let size = 2;
    while (size < 2 * this.#max) size *= 2;
    this.#slots = new Int32Array(size);
    this.#mask = size - 1;
  }

  /** The value of the word `text[start, end)`. */
  get(text: string, start: number, end: number): V {
    const h = hashOf(text, start, end);
    let slot = h & this.#mask;
    for (let e = this.#slots[slot]!; e !== 0; e = this.#slots[slot]!) {
      if (this.#hashes[e - 1] === h && sameWord(this.#words[e - 1]!, text, start, end)) return this.#values[e - 1]!;
      slot = (slot + 1) & this.#mask;
    }
    if (this.#words.length >= this.#max) {
      this.#slots.fill(0);
      this.#hashes = [];
      this.#words = [];
      this.#values = [];
      slot = h & this.#mask;
    }
    const word = text.slice(start, end);
    const value = this.#make(word);
    this.#hashes.push(h);
    this.#words.push(ownString(word));
    this.#values.push(value);
    this.#slots[slot] = this.#words.length;
    return value;
  }

  /** Words held now. */
  get size(): number {
    return this.#words.length;
  }
}

/** FNV-1a over the UTF-16 code units of `text[start, end)`. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = start, j = 0; i < end; i++, j++) if (word.charCodeAt(j) !== text.charCodeAt(i)) return false;
  return true;
}
