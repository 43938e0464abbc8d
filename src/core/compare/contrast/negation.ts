/**
 * A negation in a sentence (`nicht`, `kein`, `nie`, `niemand`): a sentence that denies an act and
 * one that states it share all the act's words and say opposite things. `nicht nur` (not only …
 * but also) affirms and is no negation.
 */

const NEGATIONS = new Set(['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'niemand', 'niemanden', 'niemandem', 'weder', 'nirgends', 'nirgendwo']);

/** The first negating word of a sentence's words (lower case, as written), or null. */
export function negation(words: readonly string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!NEGATIONS.has(w)) continue;
    if (w === 'nicht' && words[i + 1] === 'nur') continue;
    return w;
  }
  return null;
}
