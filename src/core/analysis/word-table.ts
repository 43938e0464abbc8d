/**
 * A fixed set of words, each with a number, looked up without wandering the heap: open
 * addressing over typed arrays, with the words side by side in one string. The name finder asks
 * the 12,558-word frequency list about nearly every capitalised word (~100 times an article);
 * as a `Map` each lookup cost ~0.5 µs in the analysis — cache misses into the table and into
 * key strings scattered over the heap — and this costs a tenth of that. Exact: a match is
 * checked letter by letter.
 */
export class WordTable {
  private readonly mask: number;
  /** Per slot: the word's hash, and its index (-1: empty). */
  private readonly slotHash: Int32Array;
  private readonly slotWord: Int32Array;
  /** Per word: where it starts in `all`, its length, its number. */
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  private readonly values: Float64Array;
  private readonly all: string;

  /** Builds the table; a word given twice keeps its last number, as in a `Map`. */
  constructor(entries: Iterable<readonly [string, number]>) {
    const unique = new Map(entries);
    const words = [...unique.keys()];
    let slots = 2;
    while (slots < words.length * 2) slots *= 2;
    this.mask = slots - 1;
    this.slotHash = new Int32Array(slots);
    this.slotWord = new Int32Array(slots).fill(-1);
    this.starts = new Int32Array(words.length);
    this.lengths = new Int32Array(words.length);
    this.values = new Float64Array(words.length);
    let at = 0;
    words.forEach((w, k) => {
      this.starts[k] = at;
      this.lengths[k] = w.length;
      this.values[k] = unique.get(w)!;
      at += w.length;
      const h = hashOf(w);
      let i = h & this.mask;
      while (this.slotWord[i] !== -1) i = (i + 1) & this.mask;
      this.slotHash[i] = h;
      this.slotWord[i] = k;
    });
    this.all = words.join('');
  }

  /** The number of `word`, or undefined when the table does not hold it. */
  get(word: string): number | undefined {
    const h = hashOf(word);
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.slotWord[i]!;
      if (k === -1) return undefined;
      if (this.slotHash[i] === h && this.lengths[k] === word.length && this.all.startsWith(word, this.starts[k])) return this.values[k];
    }
  }
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}
