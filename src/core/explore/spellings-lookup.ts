/**
 * The one thing search by entity needs from the entity groups: a lookup from a typed word to
 * every surname spelling of the person it names (or every spelling of a given name). Made from
 * the groups as plain data (`SpellingsData`), so a worker with its own connection can build it
 * and hand it to the library thread (`spellings-background.ts`).
 */
import type { EntityGroup } from './entity-groups';
import { isGenderedGivenPair } from '../text/given-gender';
import { nameSkeleton } from '../text/transliteration';
import { foldText } from '../text/fold';
import { ARABIC_ARTICLES, PERSIAN_ARTICLE } from '../text/name-articles';
import { isSurnameFirst } from '../text/name-order';
import { firstOfTwoSurnames, isOtherOrder, wordsSkeletonKey } from './name-parts';
import { wordLists } from '../analysis/content-words';
import { isWorldGivenName, mayBeGivenName } from '../analysis/given-names';
import { isEnglishCommonWord } from '../analysis/name-openers';
import type { ReadDb } from '../store/db';
import { SPELLING_KEY, storedKeysBegun, storedSpellings, type SpellingKeyKind, type SpellingsSink } from '../store/queries/name-spellings';

/** The lookup as plain data: each map's entries, JSON-able and cheap to post between threads. */
export interface SpellingsData {
  /** Folded surname spelling → the person's surname spellings. */
  bySpelling: [string, string[]][];
  /** Surname skeleton → the spellings of the first person with it (`Prigozhin` → `Prigoschin`). */
  bySkeleton: [string, string[]][];
  /** Folded given name → its spellings across the library's full names. */
  givens: [string, string[]][];
  /** Folded whole name (`Mohammad Ghazi al-Jalali`) → the person's whole names and bare surnames. */
  byFullName: [string, string[]][];
  /** Folded short surname of a surname-first name (`Hou`) → the person's surname spellings (`Huo`). */
  byShortSurname: [string, string[]][];
}

/** The lookup's data from the library's entity groups (people only). */
export function spellingsData(groups: Iterable<EntityGroup>): SpellingsData {
  const maps = new Map<SpellingKeyKind, Map<string, string[]>>(Object.values(SPELLING_KEY).map((k) => [k, new Map()]));
  writeSpellings(groups, {
    put: (kind, key, spellings) => void maps.get(kind)!.set(key, spellings),
    putFirst: (kind, key, spellings) => {
      const m = maps.get(kind)!;
      if (!m.has(key)) m.set(key, spellings);
    },
  });
  const entries = (kind: SpellingKeyKind) => [...maps.get(kind)!];
  return { bySpelling: entries(SPELLING_KEY.spelling), bySkeleton: entries(SPELLING_KEY.skeleton), givens: entries(SPELLING_KEY.given), byFullName: entries(SPELLING_KEY.fullName), byShortSurname: entries(SPELLING_KEY.shortSurname) };
}

/**
 * The lookup's entries from the entity groups (people only), handed to `sink` one at a time as
 * the groups come: into maps (`spellingsData`), or straight into the library (`replaceSpellings`),
 * where no copy of the whole lookup is held. Only the given names' forms are gathered to the end.
 */
export function writeSpellings(groups: Iterable<EntityGroup>, sink: SpellingsSink): void {
  const givenForms = new Map<string, Set<string>>();
  const list = Array.isArray(groups) ? (groups as EntityGroup[]) : [...groups];
  const surnamesOf = new Map<EntityGroup, string[]>();
  // Each surname folded once, articles off (`bearers`' key), for the count and the sole surnames.
  const foldedOf = new Map<EntityGroup, string[]>();
  for (const g of list) {
    if (g.kind !== 'person') continue;
    const surnames = lookupSurnames(g);
    surnamesOf.set(g, surnames);
    foldedOf.set(g, surnames.map((sur) => foldText(withoutArticle(sur))));
  }
  const bearers = surnameBearers(foldedOf);
  for (const g of list) {
    if (g.kind !== 'person') continue;
    const full = g.names.map((n) => n.name).filter((n) => n.includes(' '));
    // A whole name typed also finds the reports that name the person by surname alone
    // (`Hossein Salami` → `Hussein Salami`, `Salami`): the grouping made that surname this person.
    // A bare surname written with its article also without it (`Al-Haschem` → `Haschem`): the
    // phrase finds only its own form, not `Ale-Haschem` in a report whose mention made no entity.
    // And the surname of its whole names when no other person of the library bears it: a report
    // that never writes the given name makes no entity of a bare surname without a cue (`erhielt
    // Maduro`, `hatte Trong`), so the grouping cannot have made it this person.
    const bare = [...new Set([...g.names.map((n) => n.name).filter((n) => !n.includes(' ') && n.length >= 4).flatMap((n) => [n, withoutArticle(n)]), ...soleSurnames(g, surnamesOf.get(g)!, foldedOf.get(g)!, bearers)])];
    const others = [...full, ...bare];
    if (full.length > 0 && others.length > 1) for (const n of full) sink.put(SPELLING_KEY.fullName, foldText(n), others);
    // Loosely too, so a whole name no report writes just so finds the person, even one whole
    // name: another rendering of the given name (`Ibrahim Raisi` for `Ebrahim Raisi`), a middle
    // name or a title left out (`Ebrahim Raisi` for `Seyed Ebrahim Raisi`).
    for (const n of full) {
      const w = n.split(' ');
      for (const given of w.slice(0, -1)) sink.putFirst(SPELLING_KEY.fullName, looseKey(given, w[w.length - 1]!), others);
    }
    for (const n of g.names) {
      const w = n.name.split(' ');
      if (w.length < 2) continue;
      const key = givenKey(w[0]!);
      if (!givenForms.has(key)) givenForms.set(key, new Set());
      givenForms.get(key)!.add(w[0]!);
    }
    // A surname-first name's surname is mostly shorter than a word the lookup reads (`Hou`, `Lee`):
    // kept apart, so a short word is widened only when it is such a surname.
    const short = shortSurnames(g.names.map((n) => n.name));
    if (short.length > 1) for (const sn of short) sink.put(SPELLING_KEY.shortSurname, foldText(sn), short);
    // A surname-first name's surname is its short first word, not its given name (`Tau` of `Tau
    // Mei-lin`, whom a report calls `Peter Tau` too): `Mei-lin` typed is not widened to `Tau`.
    const written = surnamesOf.get(g)!;
    const surnames = [...new Set(written.map(withoutArticle))];
    // With an article written (`Al-Tabari` beside `Al-e Tabari`, `Ale-Tabari`) the bare surname is
    // a spelling to search too: the phrase typed with its article finds only its own form.
    if (surnames.length < 2 && written.every((w) => withoutArticle(w) === w)) continue;
    for (const sn of surnames) {
      sink.put(SPELLING_KEY.spelling, foldText(sn), surnames);
      sink.putFirst(SPELLING_KEY.skeleton, nameSkeleton(sn), surnames);
    }
  }
  for (const forms of givenForms.values()) if (forms.size > 1) for (const f of forms) sink.put(SPELLING_KEY.given, foldText(f), [...forms]);
}

/**
 * The word → other spellings function over the data: a surname spelling (or one that sounds
 * the same), else a given name; a whole name gives the person's other whole names; null for
 * other words and words under 4 letters.
 */
export function spellingsLookup(data: SpellingsData): ((word: string) => string[] | null) & { begun: (prefix: string, limit: number) => string[] } {
  const maps = {
    [SPELLING_KEY.shortSurname]: new Map(data.byShortSurname),
    [SPELLING_KEY.spelling]: new Map(data.bySpelling),
    [SPELLING_KEY.skeleton]: new Map(data.bySkeleton),
    [SPELLING_KEY.given]: new Map(data.givens),
    [SPELLING_KEY.fullName]: new Map(data.byFullName),
  };
  const surnames = [...maps[SPELLING_KEY.spelling].keys()].sort();
  return Object.assign(lookupBy((kind, key) => maps[kind].get(key) ?? null), { begun: (prefix: string, limit: number) => keysBegun(surnames, prefix, limit) });
}

/** The sorted `keys` that begin with `prefix`, at most `limit` (a binary search to the first). */
export function keysBegun(keys: readonly string[], prefix: string, limit: number): string[] {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < keys.length && out.length < limit && keys[i]!.startsWith(prefix); i++) out.push(keys[i]!);
  return out;
}

/**
 * The same function over the lookup stored in the library (`writeSpellings`, migration 14): a word
 * costs up to three index reads, and nothing of the lookup is held in memory.
 */
export function storedSpellingsLookup(db: ReadDb): ((word: string) => string[] | null) & { begun: (prefix: string, limit: number) => string[] } {
  return Object.assign(lookupBy((kind, key) => storedSpellings(db, kind, key)), { begun: (prefix: string, limit: number) => storedKeysBegun(db, SPELLING_KEY.spelling, prefix, limit) });
}

/** The word → spellings rule over a source of keyed entries (in memory or stored). */
function lookupBy(get: (kind: (typeof SPELLING_KEY)[keyof typeof SPELLING_KEY], key: string) => string[] | null): (word: string) => string[] | null {
  return (word) => {
    if (word.length < MIN_WORD) return word.length > 1 ? get(SPELLING_KEY.shortSurname, foldText(word)) : null;
    // A whole name: the person's other whole names (the caller keeps the one typed), not the
    // bare surname, which may be another person's too.
    if (word.includes(' ')) {
      const w = word.split(' ');
      const whole = get(SPELLING_KEY.fullName, foldText(word));
      if (whole) return whole;
      // Loosely, only when that finds another name than the one typed.
      const loose = get(SPELLING_KEY.fullName, looseKey(w[0]!, w[w.length - 1]!));
      if (loose && loose.some((o) => foldText(o) !== foldText(word)) && !namesOtherSex(w[0]!, loose)) return loose;
      // A name of two words typed in the other order (`Kishida Fumio` where the reports write `Fumio Kishida`).
      const other = w.length === 2 && isOtherOrder(w, [w[1]!, w[0]!], mayBeGivenName) ? get(SPELLING_KEY.fullName, foldText(`${w[1]} ${w[0]}`)) : null;
      if (other) return other;
      // A name of two surnames no report made an entity of (`Nicolás Maduro Moros` in a quote): the person named without the second.
      return firstOfTwoSurnames(word, isListedGiven) ? get(SPELLING_KEY.fullName, foldText(w.slice(0, -1).join(' '))) : null;
    }
    const w = withoutArticle(word);
    return get(SPELLING_KEY.spelling, foldText(w)) ?? get(SPELLING_KEY.skeleton, nameSkeleton(w)) ?? get(SPELLING_KEY.given, foldText(w));
  };
}

/**
 * How many person groups bear each surname (folded, articles off; counted up to two): a whole
 * name's surname as written, or a bare name. One bearer: the surname alone names that person.
 */
function surnameBearers(foldedOf: ReadonlyMap<EntityGroup, string[]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const folded of foldedOf.values()) {
    const mine = new Set(folded);
    for (const k of mine) out.set(k, Math.min(2, (out.get(k) ?? 0) + 1));
  }
  return out;
}

/**
 * The surnames of a person's whole names that the person alone bears in the library, three
 * letters or more and no common word (`Maduro` of `Nicolás Maduro`, `Zia` of `Khaleda Zia`, `Abe`
 * of `Shinzo Abe`; not `Koch`, not `Lai` when `Jimmy Lai` and `William Lai` are two people). A
 * surname-first name's short surname is not one: it is widened as such (`shortSurnames`).
 */
function soleSurnames(g: EntityGroup, surnames: readonly string[], folded: readonly string[], bearers: ReadonlyMap<string, number>): string[] {
  const out: string[] = [];
  for (let i = 0; i < g.names.length; i++) {
    if (!g.names[i]!.name.includes(' ') || bearers.get(folded[i]!) !== 1) continue;
    const sur = withoutArticle(surnames[i]!);
    if (sur.length < MIN_SOLE_SURNAME || sur.includes(' ') || isCommonWord(sur.toLowerCase())) continue;
    // A short one only when some report names the person by it alone (the grouping joined it): a
    // report of another bearer the finder took no name from (`der Verleger Jimmy Tau`) is not counted.
    if (sur.length < MIN_WORD && !(isShortSurnameOf(g.names[i]!.name.split(' '), sur) && g.names.some((n) => n.name === sur))) continue;
    out.push(sur);
  }
  return out;
}

/** Words shorter than this are widened only as a surname-first name's surname (`Hou`). */
const MIN_WORD = 4;
/**
 * A given-name-first name's surname is often of three letters (the Japanese `Abe`, `Aso`, `Ito`;
 * `Zia`, `Rao`): a whole name typed also finds it alone, as a longer one. Not two letters.
 */
const MIN_SOLE_SURNAME = 3;

/**
 * Whether a short last word is the surname of a name given name first: a two-word name whose
 * surname is a word in letters (not `AfD`, `PwC`) and no English word (`Android Pay`, `Kaspersky
 * Lab`), after a longer first word that is no common word unless a given name (not the finder's
 * `Kontroverse App`), nor a surname-first name's (`Li Yan`, `Fan Hui`: the short word is the
 * given name) nor a compound (`Maréchal-Le Pen`).
 */
function isShortSurnameOf(w: readonly string[], sur: string): boolean {
  if (w.length !== 2 || w[1] !== sur || !/^\p{Lu}\p{Ll}+$/u.test(sur) || isEnglishCommonWord(sur.toLowerCase())) return false;
  const first = w[0]!, lower = first.toLowerCase();
  if (first.length < MIN_WORD || first.includes('-')) return false;
  return mayBeGivenName(lower) || (wordLists().common.get(lower) === undefined && !isEnglishCommonWord(lower));
}

/**
 * A common word, which a whole name's search must not widen to (`Koch`). The German list, made
 * from subtitles, also holds English given names (`abe`, `gabe`, `todd`); a short word there that
 * is a given name of another language, no German given name and no English word, is a name.
 */
function isCommonWord(lower: string): boolean {
  if (wordLists().common.get(lower) === undefined) return false;
  return lower.length >= MIN_WORD || !isWorldGivenName(lower) || wordLists().firstNames.has(lower) || isEnglishCommonWord(lower);
}

/**
 * The short surnames of a person named surname first (`Hou` of `Hou Yu-ih`, and a bare `Huo` the
 * grouping joined), each once; none for a person no name of whom is surname first.
 */
function shortSurnames(names: string[]): string[] {
  const out = new Set<string>();
  let surnameFirst = false;
  for (const name of names) {
    const w = name.split(' ');
    if (w.length === 1 && w[0]!.length < MIN_WORD) out.add(w[0]!);
    else if (w[0]!.length < MIN_WORD && isSurnameFirst(w, (word) => wordLists().firstNames.has(word.toLowerCase()))) {
      surnameFirst = true;
      out.add(w[0]!);
    }
  }
  return surnameFirst ? [...out] : [];
}

/**
 * Each name's surname as the lookup reads it: as written, but the first of two surnames where the
 * group also holds the name without the second (`González` of `Edmundo González Urrutia`).
 */
function lookupSurnames(g: EntityGroup): string[] {
  const names = g.names.map((n) => n.name);
  // Only a group with a name of three words or more can hold one (most groups hold none).
  const keys = names.length > 1 && names.some((n) => n.indexOf(' ') !== n.lastIndexOf(' ')) ? new Set(names.map((n) => wordsSkeletonKey(n.split(' ')))) : null;
  // The names come most frequent first: the first whole name tells which word is the surname of a
  // name written in the other order (`Okabe Haruto` of `Haruto Okabe`), its first.
  const main = names.length > 1 ? names.find((n) => n.includes(' '))?.split(' ') : undefined;
  return names.map((name) => {
    if (!name.includes(' ')) return name;
    if (main && name.indexOf(' ') === name.lastIndexOf(' ') && isOtherOrder(name.split(' '), main, mayBeGivenName)) return name.slice(0, name.indexOf(' '));
    const first = keys ? firstOfTwoSurnames(name, isListedGiven) : null;
    return first && keys!.has(wordsSkeletonKey(name.split(' ').slice(0, -1))) ? first : surnameAsWritten(name);
  });
}

function isListedGiven(word: string): boolean {
  return wordLists().firstNames.has(word.toLowerCase());
}

/** A name's surname as written: the last word, or the first of a name read surname first with a short one (`Hou Yu-ih`). */
function surnameAsWritten(name: string): string {
  const w = name.split(' ');
  return w.length > 1 && w[0]!.length < MIN_WORD && isSurnameFirst(w, (word) => wordLists().firstNames.has(word.toLowerCase())) ? w[0]! : w[w.length - 1]!;
}

/** An article written onto a name (`al-Golani`, `Ale-Tabrani`). */
const LEADING_ARTICLE = new RegExp(`^(?:${PERSIAN_ARTICLE}|${ARABIC_ARTICLES})-(?=\\p{Lu})`, 'iu');

/** `al-Golani` → `Golani`: search splits the article off as a word of its own. */
export function withoutArticle(name: string): string {
  return name.replace(LEADING_ARTICLE, '');
}

/**
 * A whole name's loose key: its given name's consonants and its surname's skeleton
 * (`~brhm raisi` for `Ebrahim Raisi` and `Ibrahim Raissi`); `~` keeps it apart from folded names.
 */
export function looseKey(given: string, surname: string): string {
  return `~${givenKey(given)} ${nameSkeleton(withoutArticle(surname))}`;
}

/**
 * Spellings of one given name share their consonants and where the vowels stand (`Mohammed`/
 * `Mohammad`, `Bashar`/`Baschar`, `Ebrahim`/`Ibrahim`), and a diphthong: `Mahmoud` is no `Mohammed`,
 * `Hassan` no `Hussein` (`isSameGivenName`).
 */
function givenKey(given: string): string {
  // Slavic renderings drop the vowel before a final `r` or `l` and a final vowel (`Aleksandr`/`Alexander`, `Kyrylo`/`Kirill`).
  return nameSkeleton(given).replace(/(.)[aeiou]$/, '$1').replace(/([^aeiou])[aeiou]([rl])$/, '$1$2').replace(/[aeou]i/g, 'y').replace(/[aeiou]+/g, 'a');
}

/**
 * Whether a person a whole name's loose key found is named with the other sex's form of the typed
 * given name (`Paula Berger` for `Paul Berger` typed, `text/given-gender.ts`): another person, not
 * a rendering. The key itself keeps them together, as it keeps one sex's forms of one name
 * (`Angela`/`Angele`, `Barbara`/`Barbro`), which a mark of the ending in the key would part.
 */
function namesOtherSex(given: string, names: readonly string[]): boolean {
  const sg = nameSkeleton(given);
  return names.some((n) => {
    const i = n.indexOf(' ');
    return i > 0 && isGenderedGivenPair(given, sg, n.slice(0, i), nameSkeleton(n.slice(0, i)));
  });
}
