/**
 * What a sentence says besides its words that tells one claim from another of the same story:
 * a negation, its mood (a question, what may be, what is to come), the weekdays and clock
 * times it names, an earlier year it recalls. Read once per sentence
 * that is a candidate, from its text; `contrast.ts` sets two shapes against each other.
 */
import type { AnalyzedSentence } from '../../analysis/analyze';
import { earlierYear } from './background';
import { clockTimes, weekdays } from './clock';
import { mood, type Mood } from './mood';
import { negation } from './negation';

export interface ClaimShape {
  negation: string | null;
  mood: { mood: Mood; word: string } | null;
  weekdays: Set<number>;
  times: Set<string>;
  /** The earliest year before the report's that the sentence names. */
  earlier: number | null;
}

/** The shape of sentence `s` of a report written in `year` (null when undated); `text` is the report's text. */
export function claimShape(s: AnalyzedSentence, text: string, year: number | null): ClaimShape {
  const t = text.slice(s.start, s.end);
  const words = t.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return {
    negation: negation(words),
    mood: mood(t, words),
    weekdays: weekdays(words),
    times: clockTimes(t),
    earlier: earlierYear(t, year),
  };
}

/** The year of a report's date (`2024-12-08` → 2024), or null. */
export function reportYear(published: string | null): number | null {
  const y = published ? Number(published.slice(0, 4)) : NaN;
  return Number.isFinite(y) ? y : null;
}
