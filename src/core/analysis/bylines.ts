/** A byline's names (`Von Weedah Hamzah, Johannes Sadek und Holger Mehlig`): the authors, not people of the story. */
import type { TokenTable } from './token-table';

/**
 * Marks the names of a byline from `Von` at `at` as taken and returns the last index looked at:
 * names of two words joined by commas or `und`, one of them starting with a given name; two names
 * or more, or one that ends its sentence (`Von Donald Trump kam keine Antwort` is no byline).
 */
export function skipByline(toks: TokenTable, at: number, taken: Uint8Array, isGiven: (i: number) => boolean): number {
  const sentence = toks.sentence[at]!;
  const inSentence = (k: number) => k < toks.length && toks.sentence[k] === sentence;
  const inRun = (k: number) => inSentence(k) && toks.joined(k);
  const names: number[] = [];
  let j = at + 1;
  for (;;) {
    if (!inSentence(j) || !inRun(j + 1) || !toks.cap(j) || !toks.cap(j + 1) || toks.after[j] === 44) break;
    names.push(j);
    const next = j + 2;
    if (toks.after[j + 1] === 44) j = next;
    else if (inRun(next) && toks.lower(next) === 'und') j = next + 1;
    else break;
  }
  const last = names.length ? names[names.length - 1]! + 1 : at;
  const endsSentence = last + 1 >= toks.length || toks.sentence[last + 1] !== sentence;
  if (!names.some(isGiven) || (names.length < 2 && !endsSentence)) return at;
  for (const n of names) taken[n] = taken[n + 1] = 1;
  return last;
}
