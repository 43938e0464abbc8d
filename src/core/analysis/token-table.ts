/**
 * The words of one article's word scan (`entity-tokens.ts`) as parallel typed arrays, not an
 * object per word: the `Tok` objects and their strings were 39 % of what an article allocated,
 * and most words are never asked for their spelling. A word's spelling and lowercase form are
 * cut from the text on first asking (a capitalised word, or one beside it) and kept.
 */
import { lowerCase } from '../text/fold';

/** First word of its sentence (or after a colon or an opening quote). */
export const INITIAL = 1;
/** Only spaces between this word and the previous one. */
export const JOINED = 2;
/** Starts with a capital and has a lowercase letter (`Moskau`, not `NATO`, not `und`). */
export const CAP = 4;

export class TokenTable {
  private readonly words: (string | undefined)[];
  private readonly lowers: (string | undefined)[];

  constructor(
    readonly text: string,
    readonly length: number,
    /** Text offsets of each word (trailing hyphens and apostrophes cut). */
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** The index of the word's sentence. */
    readonly sentence: Int32Array,
    /** `INITIAL | JOINED | CAP`. */
    readonly flags: Uint8Array,
    /** The character code right after the word (`.` for `St.`, `,` for appositions), -1 at its sentence's end. */
    readonly after: Int32Array,
  ) {
    this.words = new Array<string | undefined>(length);
    this.lowers = new Array<string | undefined>(length);
  }

  /** Whether `i` is a word of the table (every read past an end is asked first: V8 drops code that meets one). */
  has(i: number): boolean {
    return i >= 0 && i < this.length;
  }

  /** The word as written. */
  w(i: number): string {
    return (this.words[i] ??= this.text.slice(this.start[i]!, this.end[i]!));
  }

  /** The word lowercase (`text/fold.ts` `lowerCase`). */
  lower(i: number): string {
    return (this.lowers[i] ??= lowerCase(this.w(i)));
  }

  initial(i: number): boolean {
    return (this.flags[i]! & INITIAL) !== 0;
  }

  joined(i: number): boolean {
    return (this.flags[i]! & JOINED) !== 0;
  }

  cap(i: number): boolean {
    return (this.flags[i]! & CAP) !== 0;
  }

  /** The words `from … to - 1` (a loop: `slice(…).map((t) => t.w)` took a callback per site). */
  wordsOf(from: number, to: number): string[] {
    const out: string[] = [];
    for (let i = from; i < to && i < this.length; i++) out.push(this.w(i));
    return out;
  }
}
