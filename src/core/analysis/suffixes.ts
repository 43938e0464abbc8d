/**
 * "Does this word end in one of these?" — what `/(a|b|c)$/i` answers, without the regex: V8
 * tries such a pattern at every position of the word, and the compare analysis asks it of
 * nearly every capitalised word.
 */

/** Characters a lowercase comparison treats exactly as a case-insensitive regex without `u` does. */
const PLAIN = /^[\x00-\x7fäöüÄÖÜß]*$/;

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
  // By the last two letters (every ending has two or more).
  const byEnd = new Map<number, string[]>();
  for (const e of new Set(endings)) {
    if (e.length < 2) throw new Error(`suffixTest: ending "${e}" is shorter than two letters`);
    if (!/^[a-zäöüß]+$/.test(e)) throw new Error(`suffixTest: ending "${e}" is not lowercase ASCII letters, ä, ö, ü or ß`);
    const k = endKey(e);
    byEnd.set(k, [...(byEnd.get(k) ?? []), e]);
  }
  const test = (word: string, lower = word.toLowerCase()): boolean => {
    // The regex matches only words whose last letters are an ending's (ASCII and ä ö ü, which
    // lowercase one to one), so a lowercase form with no ending of its last two letters is
    // answered before `PLAIN`, a regex over the whole word, is run: most words are.
    const list = lower.length < 2 ? undefined : byEnd.get(endKey(lower));
    if (!list) return false;
    if (!PLAIN.test(word)) return re.test(word);
    for (const e of list) if (lower.endsWith(e)) return true;
    return false;
  };
  return Object.assign(test, { source });
}

/** The last two code units of `s` as one number. */
function endKey(s: string): number {
  return s.charCodeAt(s.length - 2) * 65536 + s.charCodeAt(s.length - 1);
}
