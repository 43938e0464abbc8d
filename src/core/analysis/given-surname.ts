/**
 * A person of another language whose surname is a German given name (`George Lucas`, `Neil
 * Jordan`): the frequency list, drawn from subtitles, holds such names (`lucas`, `jordan`), and a
 * given name of another list before a common word opened no name, so the person was not found.
 */
import { isLexiconWord } from '../text/decompound';
import { wordRoot } from '../text/roots';
import { stemWord } from '../text/words';
import type { NameFinder } from './name-finder';

/**
 * Word `i` is a given name of the world lists only (no German one, no German word) and word
 * `i + 1` a German given name, no German word, where the name plainly ends: the two are a given
 * name and a surname. The German given name as the first word (`Karl Lucas`) is the finder's
 * ordinary pair already; here the first word is what tells the second is a surname, so a run of
 * two given names of the German list stays as it was.
 */
export function givenNameAsSurname(f: NameFinder, i: number, givenElsewhere: boolean): boolean {
  if (!givenElsewhere || f.firstNames.has(f.lower(i)) || !f.firstNames.has(f.lower(i + 1))) return false;
  const toks = f.toks;
  if (toks.sentence[i + 1] !== toks.sentence[i] || toks.end[i + 1]! - toks.start[i + 1]! < 3 || !f.endsName(i + 1)) return false;
  return !germanWord(f, i) && !germanWord(f, i + 1);
}

function germanWord(f: NameFinder, i: number): boolean {
  const folded = f.foldOf(i);
  return isLexiconWord(wordRoot(f.toks.w(i), folded, stemWord(folded)));
}
