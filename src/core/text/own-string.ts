/**
 * Shortest substring V8 keeps as a view into the string it was cut from (a "sliced string",
 * `SlicedString::kMinLength`); shorter ones are copied.
 */
const SLICE_MIN = 13;

/**
 * `s`, holding no reference to the text it was cut from. A word cut from an article
 * (`text.slice(s, e)`, and what `toLowerCase` or a stemmer returns unchanged from it) keeps the
 * whole article alive while any cache holds it: a 50,000-word cache whose long words came from
 * 10,000 articles held most of their texts. Concatenating flattens into a fresh string of the
 * word's length, so the slice after it points at that and not at the article.
 */
export function ownString(s: string): string {
  return s.length < SLICE_MIN ? s : (' ' + s).slice(1);
}
