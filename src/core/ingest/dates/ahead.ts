/**
 * A sentence that speaks of what is still to come (`Die Wahl findet am 5. November statt`,
 * `will … wiedergewählt werden`, `the vote will be held on 5 November`). A day written
 * without its year is read into the year before when it lies months after the news
 * (`yearFor`: news mostly looks back); in such a sentence it is the next such day instead.
 */
import { fromMonthNumber, monthNumber } from './calendar';

// Scheduled or intended: present tense of a fixed event, future auxiliaries, modal of intent.
const AHEAD = new RegExp(
  [
    String.raw`\b(?:findet|finden|beginnt|beginnen|endet|enden)\b.{0,80}?\b(?:statt|an)\b`,
    String.raw`\b(?:findet|finden|beginnt|beginnen)\s+(?:\p{L}+\s+){0,3}(?:am|im|ab)\b`,
    String.raw`\b\p{L}+(?:t|en)\s+werden\s+(?:will|wollen|soll|sollen|wird|werden|kann|können)\b`,
    String.raw`\b(?:steht|stehen)\b.{0,60}?\b(?:an|bevor)\b`,
    String.raw`\b(?:wird|werden|würde|würden)\b.{0,80}?\b\p{L}+en\s*[.,;!?]?$`,
    String.raw`\b(?:will|wollen|soll|sollen)\b.{0,80}?\b\p{L}+en\s+(?:werden|lassen)\b`,
    String.raw`\b(?:kommend\p{L}*|bevorstehend\p{L}*|anstehend\p{L}*|geplant\p{L}*)\b`,
    String.raw`\b(?:plant|planen)\b`,
    // Meant to be, or would have been: `sollte eigentlich am Sonntag …`, `hätte stattfinden sollen`
    // (a bare `sollten` is as often a counsel, `Maßnahmen sollten sich … orientieren`).
    String.raw`\b(?:sollte|sollten)\b.{0,60}?\beigentlich\b|\beigentlich\b.{0,60}?\b(?:sollte|sollten)\b`,
    String.raw`\b(?:hätte|hätten)\b.{0,80}?\b(?:sollen|können|müssen)\b`,
    String.raw`\b(?:will be|is due|are due|is scheduled|are scheduled|is set to|upcoming)\b`,
  ].join('|'),
  'iu',
);
// A word (or stem) every alternative of AHEAD holds, under the same flags, so a sentence without
// one cannot match it. Two timeline sentences in three have none, and this one scan of literals
// answers them where AHEAD tries its eleven alternatives at every word start (the 24,821 distinct
// sentences of the 10k bench library: 254 → 111 ms of CPU, the same answer for every one).
const AHEAD_WORDS = /find|beginn|ende|werd|wird|würd|steh|will|woll|soll|plan|kommend|hätt|due|schedul|set to|upcoming/iu;
// What is told as done: a past auxiliary, a perfect infinitive (`soll … geflohen sein`).
const BEHIND = /\b(?:wurde|wurden|war|waren|hatte|hatten|worden|was|were|had)\b|\b\p{L}+(?:t|en)\s+(?:haben|sein)\b/iu;

/** Whether `sentence` tells of something still to come, and nothing told as done. */
export function speaksAhead(sentence: string): boolean {
  return AHEAD_WORDS.test(sentence) && AHEAD.test(sentence) && !BEHIND.test(sentence);
}

/** `YYYY-MM-DD` (or `YYYY-MM`) of a yearless month and day: the first on or after `ref`'s month. */
export function nextOccurrence(month: number, day: number | undefined, ref: string): string | null {
  const r = monthNumber(ref);
  if (r === null) return null;
  const year = Math.floor(r / 12);
  const n = year * 12 + month - 1 < r ? (year + 1) * 12 + month - 1 : year * 12 + month - 1;
  const m = fromMonthNumber(n);
  return day === undefined ? m : `${m}-${String(day).padStart(2, '0')}`;
}
