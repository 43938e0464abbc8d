/**
 * "Does this word end in one of these?" — what `/(a|b|c)$/i` answers, without the regex: V8
 * tries such a pattern at every position of the word, and the compare analysis asks it of
 * nearly every capitalised word.
 */

/**
 * `/^[\x00-\x7fäöüÄÖÜß]*$/`: only characters a lowercase comparison treats exactly as a
 * case-insensitive regex without `u` does (a loop: the regex was run on every word tested).
 */
function isPlain(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80 && c !== 0xe4 && c !== 0xf6 && c !== 0xfc && c !== 0xc4 && c !== 0xd6 && c !== 0xdc && c !== 0xdf) return false;
  }
  return true;
}

/** The endings of one last two letters: whether one is those two alone, the rest by their third last letter. */
interface Bucket {
  two: boolean;
  byThird: Map<number, string[]>;
}

/** Tests a word's ending against a fixed list of lowercase endings (ASCII letters and ä ö ü). */
export interface SuffixTest {
  /** True when `word` ends in one of the endings, case-insensitively. `lower` is `word.toLowerCase()`. */
  (word: string, lower?: string): boolean;
  /** The same test as a regex source, `(?:a|b|c)`, for patterns built from the list. */
  readonly source: string;
}

/**
 * A test for `endings`, exactly `/(?:endings)$/i`: by last letter and `endsWith` for words of
 * ASCII and German letters (where lowercasing is the regex's case folding), by the regex for
 * the rare other word.
 */
export function suffixTest(endings: readonly string[]): SuffixTest {
  const source = `(?:${endings.join('|')})`;
  const re = new RegExp(`${source}$`, 'i');
  // By the last two letters (every ending has two or more), then by the third last: German
  // words end in `-er` and `-en` most of all, as do many endings (45 roles end in `-er`), and
  // trying each with `endsWith` was most of the test.
  const byEnd = new Map<number, Bucket>();
  for (const e of new Set(endings)) {
    if (e.length < 2) throw new Error(`suffixTest: ending "${e}" is shorter than two letters`);
    if (!/^[a-zäöüß]+$/.test(e)) throw new Error(`suffixTest: ending "${e}" is not lowercase ASCII letters, ä, ö, ü or ß`);
    const k = endKey(e);
    let bucket = byEnd.get(k);
    if (!bucket) byEnd.set(k, (bucket = { two: false, byThird: new Map() }));
    if (e.length === 2) bucket.two = true;
    else {
      const third = e.charCodeAt(e.length - 3);
      bucket.byThird.set(third, [...(bucket.byThird.get(third) ?? []), e]);
    }
  }
  const test = (word: string, lower = word.toLowerCase()): boolean => {
    // The regex matches only words whose last letters are an ending's (ASCII and ä ö ü, which
    // lowercase one to one), so a lowercase form with no ending of its last two letters is
    // answered before the whole word is read: most words are.
    const bucket = lower.length < 2 ? undefined : byEnd.get(endKey(lower));
    if (!bucket) return false;
    if (!isPlain(word)) return re.test(word);
    if (bucket.two) return true;
    const list = lower.length < 3 ? undefined : bucket.byThird.get(lower.charCodeAt(lower.length - 3));
    if (list) for (let i = 0; i < list.length; i++) if (lower.endsWith(list[i]!)) return true;
    return false;
  };
  return Object.assign(test, { source });
}

/** The last two code units of `s` as one number. */
function endKey(s: string): number {
  return s.charCodeAt(s.length - 2) * 65536 + s.charCodeAt(s.length - 1);
}
