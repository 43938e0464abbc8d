/**
 * A country's name that a given-name list also holds, opening a person's name (`Israel Katz`).
 *
 * The finder reads a country word as the place and never as a given name, so `Verteidigungsminister
 * Israel Katz` gave the place `Israel` and lost `Katz` with it (names6 pass). The same two words
 * may be the country and a neighbour (`griff Israel Hamas-Stellungen an`), so the pair is a person
 * only where the report says so by one of three signs a place does not take: a role right before
 * (`Außenminister Israel Katz`), the second word written elsewhere alone as a surname is (`Katz
 * sagte`, `Herr Katz`), or an apposition right after (`Israel Katz, bis dahin Außenminister`,
 * `Israel Katz, der …`). Which countries: those `countryNames()` and a given-name list share.
 */
import { countryNames } from './country-names';
import { isWorldGivenName } from './given-names';
import { isWorldCity } from './world-cities';
import type { NameFinder } from './name-finder';
import { PLACE_PREP, ROLE } from './entity-words';

const APPOSITION = /^(der|die)$/;

/** Words `i`, `i + 1` are a person whose given name is a country's name. */
export function countryGivenAt(f: NameFinder, i: number): boolean {
  const toks = f.toks;
  const l = f.lower(i);
  if (!toks.cap(i) || f.taken[i] || !countryNames().has(l) || !(f.firstNames.has(l) || isWorldGivenName(l))) return false;
  const k = i + 1;
  // `Israel Nuklear- und Militärziele`: the first part of a compound a hyphen leaves open.
  if (!toks.has(k) || !toks.joined(k) || toks.sentence[k] !== toks.sentence[i] || !toks.cap(k) || toks.after[k] === 45 || !f.nameLike(k)) return false;
  const w = toks.w(k);
  if (countryNames().has(f.lower(k)) || isWorldCity(w) || f.placeElsewhere(k) || f.placeAfterPrep(k) || f.genitiveOfName(k) || otherWholeName(f, i, k)) return false;
  return roleBefore(f, i) || aloneElsewhere(f, i, k) || appositionAfter(f, k) || roleApposition(f, i, k);
}

/** The second word is the surname of a whole name with another given name (`Gideon Saar`): not this person. */
function otherWholeName(f: NameFinder, i: number, k: number): boolean {
  if (!f.isKnownSurname(k)) return false;
  const known = f.persons.get(f.foldOf(k)) ?? f.persons.get(f.foldOf(k).slice(0, -1)) ?? '';
  return known.includes(' ') && !known.startsWith(`${f.toks.w(i)} `);
}

/** `Der Chef der Diplomatie, Israel Katz, …`: set off by commas after a clause that holds a role. */
function roleApposition(f: NameFinder, i: number, k: number): boolean {
  const toks = f.toks;
  if (i < 1 || toks.after[i - 1] !== 44 || toks.after[k] !== 44 || toks.sentence[i - 1] !== toks.sentence[i]) return false;
  for (let j = i - 1; j >= Math.max(0, i - 6) && toks.sentence[j] === toks.sentence[i]; j--) {
    if (j < i - 1 && (toks.after[j] === 44 || toks.after[j] === 46)) break;
    if (toks.cap(j) && ROLE(toks.w(j), f.lower(j))) return true;
  }
  return false;
}

export function roleBefore(f: NameFinder, i: number): boolean {
  const toks = f.toks;
  return i > 0 && toks.joined(i) && toks.sentence[i - 1] === toks.sentence[i] && toks.cap(i - 1) && ROLE(toks.w(i - 1), f.lower(i - 1));
}

/** Word `k` stands elsewhere without the country word before it, and never after a place preposition. */
function aloneElsewhere(f: NameFinder, i: number, k: number): boolean {
  const country = f.foldOf(i);
  let alone = 0;
  for (const j of f.at(f.foldOf(k))) {
    if (j === k) continue;
    if (j > 0 && PLACE_PREP.has(f.lower(j - 1))) return false;
    if (j === 0 || f.foldOf(j - 1) !== country) alone++;
  }
  return alone > 0;
}

/** `Israel Katz, bis dahin Außenminister`, `Israel Katz, der …`: a comma, then a role or a relative pronoun. */
export function appositionAfter(f: NameFinder, k: number): boolean {
  const toks = f.toks;
  if (toks.after[k] !== 44 || !toks.has(k + 1) || toks.sentence[k + 1] !== toks.sentence[k]) return false;
  for (let j = k + 1; j < Math.min(toks.length, k + 4) && toks.sentence[j] === toks.sentence[k]; j++) {
    if (j === k + 1 && APPOSITION.test(toks.w(j))) return true;
    if (toks.cap(j) && ROLE(toks.w(j), f.lower(j))) return true;
    if (toks.after[j] === 44 || toks.after[j] === 46) break;
  }
  return false;
}
