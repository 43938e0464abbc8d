/**
 * People some reports call by the first word of their name alone (`Prabowo` of `Prabowo
 * Subianto`, `Gibran` of `Gibran Rakabuming Raka`): Indonesian, Thai and Burmese names have no
 * surname, and the word reports keep is the first. The grouping joins a bare word by surname only,
 * so a report naming `Gibran` alone stood apart from the person. Such a bare word is that person
 * when the library holds it as the first word of one person's whole names only, no one's last
 * word, no German given name, common word, German word or role (`Bezirksrichter` cut from
 * `Bezirksrichter Charles Breyer`), the whole name ending in no German word (`Djokovics
 * Hauptrivalen`, `Admira Wacker`), and the two share company (a person both are named with): the
 * pairs to join, fed to `joinAliases` as stated aliases are.
 */
import { wordLists } from '../analysis/content-words';
import { ROLE } from '../analysis/entity-words';
import { mayBeGivenName } from '../analysis/given-names';
import { isLexiconWord } from '../text/decompound';
import { foldText } from '../text/fold';
import { wordRoot } from '../text/roots';
import { stemWord } from '../text/words';
import type { NameStat } from '../store/queries/entities';
import type { EntityGroup } from './entity-groups';

/** Shorter first words are as often surnames written first or initials (`Lee`, `Ko`). */
const MIN_LETTERS = 5;

export function firstWordPairs(groups: readonly EntityGroup[], context: (s: NameStat) => ReadonlySet<string> | null): [string, string][] {
  // The candidates first, by cheap tests: a group of bare words only (the reports that name the
  // person so and no other way). Every name of a 100k library is read once below, so by case only.
  const { common, firstNames } = wordLists();
  const bare = new Map<string, NameStat[]>();
  for (const g of groups) {
    if (g.kind !== 'person' || g.manual || g.names.some((n) => n.kind !== 'person' || n.name.includes(' '))) continue;
    for (const n of g.names) {
      const key = n.name.toLowerCase();
      if (key.length < MIN_LETTERS || firstNames.has(key) || common.get(key) !== undefined) continue;
      const list = bare.get(key);
      if (list) list.push(n);
      else bare.set(key, [n]);
    }
  }
  if (bare.size === 0) return [];
  const byFirst = new Map<string, number>(); // first word → the one group holding it first, or -1 for several
  const lastWords = new Set<string>();
  groups.forEach((g, i) => {
    if (g.kind !== 'person' || g.manual) return;
    for (const n of g.names) {
      const space = n.name.indexOf(' ');
      if (n.kind !== 'person' || space < 0) continue;
      const first = n.name.slice(0, space).toLowerCase(), last = n.name.slice(n.name.lastIndexOf(' ') + 1).toLowerCase();
      if (!bare.has(first) && !bare.has(last)) continue;
      // A first word before a given name is a word the finder left before a name (`Bezirksrichter Charles Breyer`).
      if (n.name.slice(space + 1).split(' ').some((x) => mayBeGivenName(foldText(x)))) continue;
      const held = byFirst.get(first);
      byFirst.set(first, held === undefined || held === i ? i : -1);
      lastWords.add(last);
    }
  });
  const pairs: [string, string][] = [];
  for (const [key, stats] of bare) {
    const at = byFirst.get(key);
    if (at === undefined || at < 0 || lastWords.has(key)) continue;
    const whole = groups[at]!, name = whole.names[0]!.name;
    // The person has a given name some reports write (`Charles Breyer` beside `Bezirksrichter Breyer`).
    if (whole.names.some((n) => n.name.includes(' ') && n.name.slice(0, n.name.indexOf(' ')).toLowerCase() !== key && mayBeGivenName(foldText(n.name.slice(0, n.name.indexOf(' ')))))) continue;
    if (!plainWord(name.slice(name.lastIndexOf(' ') + 1))) continue;
    for (const b of stats) if (plainWord(b.name) && !ROLE(b.name, key) && sharesCompany(b, whole, context)) pairs.push([b.name, name]);
  }
  return pairs;
}

/** A word of letters (a digit is a slip of the bench's scaling, `Admira7`) that the German lexicon does not hold. */
function plainWord(word: string): boolean {
  if (/\d/.test(word)) return false;
  const folded = foldText(word);
  return !isLexiconWord(wordRoot(word, folded, stemWord(folded)));
}

function sharesCompany(bare: NameStat, whole: EntityGroup, context: (s: NameStat) => ReadonlySet<string> | null): boolean {
  const mine = context(bare);
  if (!mine || mine.size === 0) return false;
  for (const n of whole.names) for (const k of context(n) ?? []) if (mine.has(k)) return true;
  return false;
}
