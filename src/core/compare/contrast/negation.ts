/**
 * A negation in a sentence (`nicht`, `kein`, `nie`, `niemand`): a sentence that denies an act and
 * one that states it share all the act's words and say opposite things. `nicht nur` (not only …
 * but also) affirms and is no negation; `nicht ausschließen` (not rule out) hedges (`mood.ts`).
 */

const NEGATIONS = new Set(['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'niemand', 'niemanden', 'niemandem', 'weder', 'nirgends', 'nirgendwo']);

/** `ausschließen` in any form, written whole or split (`schloss … nicht aus`): with `nicht`, a hedge, not a denial. */
export function rulesOut(words: readonly string[]): boolean {
  return words.some((w) => /^aus(zu)?schlie(ß|ss)|^ausgeschlossen$/.test(w)) || (words.some((w) => /^schl(ie(ß|ss)|oss)/.test(w)) && words.includes('aus'));
}

/** The first negating word of a sentence's words (lower case, as written), or null. */
export function negation(words: readonly string[]): string | null {
  if (rulesOut(words)) return null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!NEGATIONS.has(w)) continue;
    if (w === 'nicht' && words[i + 1] === 'nur') continue;
    return w;
  }
  return null;
}
