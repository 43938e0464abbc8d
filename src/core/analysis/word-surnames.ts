/**
 * Surnames that are frequent German words (`Sebastian Kurz`, `Stephan Weil`, `Ricarda Lang`,
 * `Thorsten Frei`, `Heinz Fischer`, `Gerald Klug`): the name finder takes no word among the most
 * frequent, nor one ending like a noun, for a name, so such a name was cut to its given name
 * (`Sebastian`) or lost. German capitalises a noun anywhere but an adverb, adjective or
 * conjunction only at a sentence's start (or nominalised, after an article): capitalised right
 * after a given name inside a sentence, a word the same report also writes in lowercase is no
 * noun there, so it is a surname (names5 pass). So is one the report writes alone right after a
 * verb of saying (`sagte Kurz`, `erklärte Weil`) or a role (`Ministerpräsident Weil`): German
 * puts an article before a noun there. A noun the report also writes lowercase as another word
 * (`Recht`/`recht`) is the price; a noun alone is never written so (`Er gab Peter Geld`).
 */
import { lowerCase } from '../text/fold';
import { ROLE, SPEECH } from './entity-words';
import type { TokenTable } from './token-table';

/** Whether `text` holds `lower` (a lowercase word) as a word of its own. */
function writtenLowercase(text: string, lower: string): boolean {
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!isLetter(text.charCodeAt(at - 1)) && !isLetter(text.charCodeAt(at + lower.length))) return true;
  }
  return false;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 192;
}

/**
 * The word right before `at`, spaces only between (one sentence), is a verb of saying as written
 * (lowercase, not `so`: an adverb as often) or a capitalised role (`Kanzler`, `UN-Generalsekretär`).
 */
function speechOrRoleBefore(text: string, at: number): boolean {
  let k = at - 1;
  if (text.charCodeAt(k) !== 32) return false;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  const end = k + 1;
  while (k >= 0 && isLetter(text.charCodeAt(k))) k--;
  if (end - k < 3) return false;
  const word = text.slice(k + 1, end), l = lowerCase(word);
  if (word === l) return l !== 'so' && SPEECH(l);
  return word !== word.toUpperCase() && ROLE(word, l);
}

/**
 * Whether the report tells `word` (as written, capitalised; `lower` its lowercase) a surname (see
 * the module comment): it writes the word in lowercase, or capitalised right after a verb of
 * saying or a role. A search of the text: most reports never ask, none asks for many words.
 */
export function surnameSign(text: string, word: string, lower: string): boolean {
  if (writtenLowercase(text, lower)) return true;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetter(text.charCodeAt(at + word.length)) && speechOrRoleBefore(text, at)) return true;
  }
  return false;
}

/**
 * Word `i` is a surname that is a frequent German word: capitalised, inside its sentence (not its
 * first word, nor after a colon or a quote), right after a given name (`isGivenAt`), and the
 * report tells it a surname (`sign`: `surnameSign`).
 */
export function wordSurnameAt(toks: TokenTable, i: number, isGivenAt: (k: number) => boolean, sign: () => boolean): boolean {
  if (i < 1 || !toks.cap(i) || toks.initial(i) || !toks.joined(i) || toks.sentence[i - 1] !== toks.sentence[i] || !toks.cap(i - 1)) return false;
  return isGivenAt(i - 1) && sign();
}
