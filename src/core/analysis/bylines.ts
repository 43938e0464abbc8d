/** A byline's names (`Von Weedah Hamzah, Johannes Sadek und Holger Mehlig`): the authors, not people of the story. */
import type { Tok } from './entity-tokens';

/**
 * Marks the names of a byline from `Von` at `at` as taken and returns the last index looked at:
 * names of two words joined by commas or `und`, one of them starting with a given name; two names
 * or more, or one that ends its sentence (`Von Donald Trump kam keine Antwort` is no byline).
 */
export function skipByline(toks: readonly Tok[], at: number, taken: Uint8Array, isGiven: (i: number) => boolean): number {
  const sentence = toks[at]!.sentence;
  const inSentence = (k: number) => k < toks.length && toks[k]!.sentence === sentence;
  const inRun = (k: number) => inSentence(k) && toks[k]!.joined;
  const names: number[] = [];
  let j = at + 1;
  for (;;) {
    if (!inSentence(j) || !inRun(j + 1) || !toks[j]!.cap || !toks[j + 1]!.cap || toks[j]!.after === ',') break;
    names.push(j);
    const next = j + 2;
    if (toks[j + 1]!.after === ',') j = next;
    else if (inRun(next) && toks[next]!.lower === 'und') j = next + 1;
    else break;
  }
  const last = names.length ? names[names.length - 1]! + 1 : at;
  const endsSentence = last + 1 >= toks.length || toks[last + 1]!.sentence !== sentence;
  if (!names.some(isGiven) || (names.length < 2 && !endsSentence)) return at;
  for (const n of names) taken[n] = taken[n + 1] = 1;
  return last;
}
