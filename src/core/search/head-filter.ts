/**
 * Whether a word of a text may end in a compound head (`krieg` in `Ukrainekriegs`), judged on
 * the word as written, without folding or stemming it: the highlighter asks this of every long
 * word of every hit's text, and folding and stemming each one was most of a search's time.
 *
 * A compound head match is a word whose stem ends with the query's stem. A Snowball stem of a
 * folded word is that word with a suffix cut off (stemming only deletes endings; folding has
 * already removed what its prelude would change), so the folded word *contains* the query stem.
 * Folding lowercases, turns `ä ö ü` into `a o u` and `ß` into `ss`, and drops the `e` of `ae`,
 * `oe`, `ue`: with every `e` left out on both sides, a folded word holding the stem still holds
 * it. That is all this checks; a word with any other letter beyond ASCII is answered `true`
 * (it is folded and stemmed as before), so the filter never loses a match.
 */

/** A word longer than this is no word (`MAX_TOKEN_CHARS`), and is never asked about. */
const MAX_CHARS = 64;

/**
 * The first folded letter of a code unit of a word as written (lowercase ASCII, `ä ö ü` as
 * `a o u`, `ß` as `s`), or -1 for another letter beyond ASCII.
 */
export function foldedLetter(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  switch (c) {
    case 0xdf: // ß → ss
      return 115;
    case 0xe4: // ä
    case 0xc4: // Ä
      return 97;
    case 0xf6: // ö
    case 0xd6: // Ö
      return 111;
    case 0xfc: // ü
    case 0xdc: // Ü
      return 117;
    default:
      return -1;
  }
}

/** The compound-head stems of a query, ready to be looked for in words as written. */
export class HeadFilter {
  /** Each stem's letters without its `e`s. */
  readonly #stems: Uint16Array[];
  /** A word's letters without `e`s (reused). */
  readonly #word = new Uint16Array(2 * MAX_CHARS);

  constructor(stems: readonly string[]) {
    this.#stems = stems.map((s) => Uint16Array.from([...s].filter((ch) => ch !== 'e').map((ch) => ch.charCodeAt(0))));
  }

  /** False only when `text[start, end)`, folded, cannot contain any of the stems. */
  mayContain(text: string, start: number, end: number): boolean {
    if (end - start > MAX_CHARS) return true;
    const w = this.#word;
    let n = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0xdf) {
        // ß folds to ss.
        w[n++] = 115;
        w[n++] = 115;
        continue;
      }
      const f = foldedLetter(c);
      if (f < 0) return true;
      if (f !== 101) w[n++] = f;
    }
    for (const s of this.#stems) if (holds(w, n, s)) return true;
    return false;
  }
}

/** Whether `w[0, n)` holds `s` as a run. */
function holds(w: Uint16Array, n: number, s: Uint16Array): boolean {
  const m = s.length;
  if (m === 0) return true;
  const first = s[0]!;
  for (let i = 0; i + m <= n; i++) {
    if (w[i] !== first) continue;
    let k = 1;
    while (k < m && w[i + k] === s[k]) k++;
    if (k === m) return true;
  }
  return false;
}
