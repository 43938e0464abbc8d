/**
 * Page furniture among the sentences of a report: lines that carry a date but report no event
 * — a broadcast or programme line (`im Programm … gesendet`, `Sendung vom 9.12.`), a
 * publication stamp (`Stand: 19.11.2025, 09:47 Uhr`, `Aktualisiert am 18.02.2024 - 11:16 Uhr`),
 * a copyright line, reading time, an archive or "read more" list. Their dates never become
 * timeline events.
 */

/** Words that mark a sentence as furniture wherever they stand in it. */
const FURNITURE = /(?:\bStand:|\bAktualisiert\b|\bZuletzt aktualisiert\b|\bVeröffentlicht am\b|\bCopyright\b|©|\(c\)|\bLesedauer\b|\bLesezeit\b|\bMin\. Lesezeit\b|\bgesendet\b|\bSendung vom\b|\bim Programm\b|\bAusstrahlung\b|\bMediathek\b|\bMehr zum Thema\b|\bLesen Sie auch\b|\bMehr lesen\b|\bDas könnte Sie auch interessieren\b|\bArchiv\b)/iu;

/** A numeric date with a clock time after it: a stamp (`19.11.2025, 09:47 Uhr`, `18.02.2024 - 11:16`). */
const STAMP = /\b\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})\s*(?:[,|–-]\s*)?(?:um\s+)?\d{1,2}[:.]\d{2}\b/u;

/**
 * `FURNITURE` without the `u` flag: ~15× faster in V8, and the same test on any text without
 * the two letters that Unicode case folding alone joins to its ASCII letters (`ſ` to `s`, the
 * Kelvin sign `K` to `k`, also word characters for `\b` under `iu`).
 */
const FURNITURE_FAST = new RegExp(FURNITURE.source, 'i');

/** True when a sentence is page furniture (see the module comment), so its dates are no events. */
export function isFurnitureSentence(sentence: string): boolean {
  const plain = sentence.indexOf('\u017f') < 0 && sentence.indexOf('\u212a') < 0;
  return (plain ? FURNITURE_FAST : FURNITURE).test(sentence) || STAMP.test(sentence);
}
