/**
 * A listed given name after an article that belongs to no noun of its own: the article of a
 * relative clause after a comma (`Fotos, die Fidel Castro … zeigen`, `…, den Malik Jackson für
 * Denver gewonnen hatte`), a demonstrative (`hieß dieser Mario Kunasek`), or an article and an
 * adjective before a German given name (`den eingewechselten Thomas Fröschl`). The name finder
 * reads no name after an article (`die Deutsche Bank`, `der Grüne Peter`), which lost these
 * people (`eval/names/corpus-persons.tsv`); here the word after the article is a given name of
 * the lists and the word after it a capitalised word the frequency list lacks, as a surname is.
 */
import { isWorldGivenName } from './given-names';
import type { NameFinder } from './name-finder';

const COMMA = 44;
const RELATIVE = new Set(['der', 'die', 'das', 'den', 'dem', 'deren', 'dessen']);
const DEMONSTRATIVE = new Set(['dieser', 'diese', 'diesen', 'diesem', 'jener', 'jene', 'jenen', 'jenem']);

/** Whether word `i`, after an article (`afterDeterminer`) or an article and an adjective (`afterAdjective`), opens a person's name all the same. */
export function givenAfterArticle(f: NameFinder, i: number): boolean {
  const toks = f.toks;
  if (i < 2 || !toks.has(i + 1) || !toks.joined(i + 1) || !toks.cap(i + 1) || f.isCommon(i + 1, Infinity) || !f.nameLike(i + 1)) return false;
  const german = f.firstNames.has(f.lower(i));
  if (!german && !isWorldGivenName(f.lower(i))) return false;
  const before = f.lower(i - 1);
  if (RELATIVE.has(before) && toks.after[i - 2] === COMMA) return true;
  if (DEMONSTRATIVE.has(before)) return german;
  // An article and an adjective: a German given name only (`die neue Mercedes …` is a car), and a
  // surname the report never writes after an article (`die favorisierten Carolina Panthers` … `die Panthers`: a team).
  return german && !toks.cap(i - 1) && RELATIVE.has(f.lower(i - 2)) && !articleElsewhere(f, i + 1);
}

/** Whether the report writes word `i` elsewhere right after an article (`die Panthers`), as no surname is. */
function articleElsewhere(f: NameFinder, i: number): boolean {
  const toks = f.toks, fold = f.foldOf(i);
  for (let k = 1; k < toks.length; k++) {
    if (k !== i && toks.cap(k) && toks.joined(k) && RELATIVE.has(f.lower(k - 1)) && f.foldOf(k) === fold) return true;
  }
  return false;
}
