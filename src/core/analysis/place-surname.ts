/**
 * A known given name before a place's name, the pair a person (`Jack London`, `Irving Berlin`,
 * `Denzel Washington`, `Paris Hilton`'s kind turned round).
 *
 * The finder reads a city or a country after a given name as the place (or, a frequent word, as
 * none), so a writer named like a city was lost (names6 pass: 0 of 16). The same two words are
 * often a club or a firm named after its city (`Hertha Berlin`, `Viktoria Köln`), so the pair is
 * a person only where the report has it act as one: a role or a noun for a person right before
 * (`Komponist Irving Berlin`, `der Schriftsteller Jack London`), an apposition after (`Jack London,
 * der …`), a verb of saying next to it, life dates or an age in brackets after it (`(1876 – 1916)`,
 * `(48)`), or what the words around it say of a person's sex (`analysis/person-sex.ts`: `Herr`,
 * `er` taking it up in the next sentence).
 */
import { countryNames } from './country-names';
import { appositionAfter, roleBefore } from './country-given';
import { DETERMINERS, PLACE_PREP, SPEECH } from './entity-words';
import { isWorldGivenName } from './given-names';
import { mentionSigns } from './person-sex';
import { isWorldCity } from './world-cities';
import type { NameFinder } from './name-finder';

/** A noun for a person by its ending (`Schriftsteller`, `Komponist`, `Autor`, `Regisseur`, `Präsidentin`). */
const PERSON_NOUN = /(?:steller|spieler|sänger|maler|[^g]ist|istin|or|orin|eur|eurin|ent|entin|erin|loge|login)$/;

/** Words `i`, `i + 1` are a person whose surname is a place's name. */
export function placeSurnameAt(f: NameFinder, i: number): boolean {
  const toks = f.toks, k = i + 1;
  // The second word first (cached ranks): most pairs of capitalised words end here.
  if (!toks.cap(i) || f.taken[i] || !toks.has(k) || !toks.joined(k) || !toks.cap(k) || toks.sentence[k] !== toks.sentence[i] || toks.after[k] === 45) return false;
  // A place's name the finder would otherwise drop: one the frequency list holds (`London`, `Berlin`:
  // cities are frequent words of the subtitles it is drawn from), or a country's (`Jordan`).
  if (!f.isCommon(k, Infinity) && !countryNames().has(f.lower(k))) return false;
  const l = f.lower(i);
  if (!(f.firstNames.has(l) || isWorldGivenName(l)) || countryNames().has(l) || isWorldCity(toks.w(i))) return false;
  if ((i > 0 && PLACE_PREP.has(f.lower(i - 1))) || f.afterDeterminer(i)) return false;
  // Only a whole name: not one a third word goes on (`Bruno Le Maire`, `Hans Magnus Enzensberger`),
  // nor a dateline (`Santa Clara – …`).
  if (toks.has(k + 1) && toks.joined(k + 1) && toks.sentence[k + 1] === toks.sentence[k] && toks.cap(k + 1)) return false;
  if (/^\s*[–—-]\s/.test(f.text.slice(toks.end[k]!, toks.end[k]! + 3))) return false;
  // A noun the report writes after an article elsewhere (`gab Peter Geld, weil er kein Geld hatte`).
  for (const j of f.at(f.foldOf(k))) if (j !== k && f.afterDeterminer(j)) return false;
  return roleBefore(f, i) || personNounBefore(f, i) || appositionAfter(f, k) || speechNext(f, i, k) || datesAfter(f, k) || sexSaid(f, i, k);
}

/** `der Schriftsteller Jack London`, `des Komponisten Irving Berlin`: a noun for a person after its article. */
function personNounBefore(f: NameFinder, i: number): boolean {
  const toks = f.toks;
  if (i < 2 || !toks.joined(i) || toks.sentence[i - 1] !== toks.sentence[i] || !toks.cap(i - 1)) return false;
  const noun = f.lower(i - 1).replace(/^.*-/, '').replace(/(?:en|n|s)$/, (m) => (PERSON_NOUN.test(f.lower(i - 1).slice(0, -m.length)) ? '' : m));
  if (!PERSON_NOUN.test(noun)) return false;
  // Its article, past adjectives (`der US-amerikanische Schriftsteller`).
  for (let j = i - 2; j >= Math.max(0, i - 5) && toks.sentence[j] === toks.sentence[i]; j--) {
    if (DETERMINERS.has(f.lower(j))) return true;
    if (toks.cap(j)) return false;
  }
  return false;
}

/** `sagte Jack London`, `Jack London schrieb`: a verb of saying right before or after. */
function speechNext(f: NameFinder, i: number, k: number): boolean {
  const toks = f.toks;
  return (i > 0 && toks.sentence[i - 1] === toks.sentence[i] && SPEECH(f.lower(i - 1))) || (toks.has(k + 1) && toks.sentence[k + 1] === toks.sentence[k] && SPEECH(f.lower(k + 1)));
}

/** `Jack London (1876 – 1916)`, `Orlando Bloom (48)`, `(* 1954)`: life dates or an age in brackets. */
function datesAfter(f: NameFinder, k: number): boolean {
  return /^\s*\(\s*(?:\*\s*)?\d{1,4}\s*[)–\-,]/.test(f.text.slice(f.toks.end[k]!, f.toks.end[k]! + 12));
}

/** What the words around the pair say of a person (a title, a role, an apposition, `er` next). */
function sexSaid(f: NameFinder, i: number, k: number): boolean {
  const s = mentionSigns(f.text, f.toks.start[i]!, f.toks.end[k]!);
  // A possessive may be a club's or a firm's (`Hertha Berlin … seine Fans`).
  return !!(s.before || s.after || (s.onward && s.onward[1] !== 'sein'));
}
