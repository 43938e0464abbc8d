/**
 * The weekdays and clock times a sentence names (`am Dienstagabend`, `Sonntagfrüh`, `um 18:15
 * Uhr`). The date reader resolves a weekday only against a dated report; two reports that give
 * one act two different days or hours tell two acts (or disagree), whether or not either is dated.
 */

import { WEEKDAYS, WEEKDAY_INDEX } from '../../ingest/dates/names';

/** A weekday alone or at the head of a compound of the time of day (`Dienstagabend`, `Freitagmorgen`). */
const WEEKDAY = new RegExp(`^(${[...WEEKDAYS.de!, 'sonnabend'].join('|')})(s|abend|abends|morgen|früh|mittag|nachmittag|vormittag|nacht)?$`);
/** `18:15 Uhr`, `18.15 Uhr`, `18 Uhr`: an hour with `Uhr`, minutes kept. */
const TIME = /(?<![\d.,:])(\d{1,2})(?:[:.](\d{2}))?\s*Uhr\b/g;

/** The weekdays (0 Monday … 6 Sunday: the date reader counts from Sunday) a sentence's words (lower case) name. */
export function weekdays(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const w of words) {
    const m = WEEKDAY.exec(w);
    if (m) out.add((WEEKDAY_INDEX.get(m[1]!)! + 6) % 7);
  }
  return out;
}

/** The clock times a sentence names, as `hh:mm`. */
export function clockTimes(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(TIME)) {
    const h = Number(m[1]);
    if (h <= 24) out.add(`${h}:${m[2] ?? '00'}`);
  }
  return out;
}

/** True when both sides name some and none in common. */
export function apart<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (!a.size || !b.size) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}
