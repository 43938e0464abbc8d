/**
 * Groups the names found across the library into entities: spellings of one name
 * (`Dmitrijew`/`Dmitriew`/`Dmitriev`, `Witkoff`/`Whitkoff`, `Prigoschin`/`Prigozhin`,
 * `Chamenei`/`Khamenei`) become one entity when their transliteration skeletons agree
 * (`text/transliteration.ts`); spellings that are only close (`Hanija`/`Haniyeh`,
 * `al-Golani`/`al-Dscholani`) join when the context confirms it: the same given name, or a
 * person both are named with (`context`). Two full names whose given names differ
 * (`Hafis al-Assad`, `Baschar al-Assad`) and the female and male form of a Slavic surname
 * (`Nawalnaja`, `Nawalny`) stay apart; a bare surname joins the most frequent person with it, and so
 * does a patronymic and surname (`Sergejewitsch Gorbatschow`).
 *
 * Candidates are found by blocking keys (the skeleton, the skeleton less one letter, and less
 * its first letter for `g`/`j` renderings), so a name is compared with a handful of groups.
 * A person's merges and splits (`overrides`: name → group id) win over all of this and are
 * keyed by name, so they survive re-indexing.
 */
import type { EntityId, EntityKind } from '../../shared/api';
import { nameKey, type NameStat } from '../store/queries/entities';
import { foldText } from '../text/fold';
import { editDistance } from '../text/distance';
import { isFoldedSpellingVariant } from '../text/phonetic';
import { isPatronymic } from '../text/patronymic';
import { compareNameWords, eastSlavicReading, frenchReading, nameSkeleton, romanizeCyrillic } from '../text/transliteration';
import { givenMayBeOne, groupSexTally } from './given-sex';
import type { SexOf } from './name-sex';
import { isSurnameFirst } from '../text/name-order';
import { areTwoGivenNames, bareGivenAsSurname, eitherOrderKey, firstOfTwoSurnames, firstPart, isGenitiveOf, isOtherOrder, secondSurnameAgainst, isSwappedSurname, joinedKey, lastPart, middleGiven, sameFirstPart, slavicKeys, swappedSurnameKey } from './name-parts';
import { wordLists } from '../analysis/content-words';
import { SURNAME_PARTICLE } from '../analysis/entity-words';
import { mayBeGivenName } from '../analysis/given-names';
import { blockAt, blockKeys, blockSize, fileUnder, nameOrder, type Block } from './entity-blocks';
import { eastAsianReading } from './sino-reading';
import { KeyTable } from './key-table';
import { sharesCompanyApart } from './two-surname-company';
import { runAtOnce, sliceAt, slicePart, type Slices } from '../derived/slices';

/** A group of names that are one entity. */
export interface EntityGroup {
  id: EntityId;
  kind: EntityKind;
  /** Display name: the most frequent full name. */
  name: string;
  /** Member names, most frequent first. */
  names: NameStat[];
  manual: boolean;
}

/** Groups with the same skeleton one name is compared with at most (most frequent first). */
const MAX_CANDIDATES = 200;
/** Groups with a close skeleton (one letter off) one name is compared with at most: short keys are crowded. */
const MAX_CLOSE_CANDIDATES = 12;

/** A readable id from a display name: `person:steve-witkoff`. */
export function entityIdFor(kind: EntityKind, name: string): EntityId {
  return `${kind}:${foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}` as EntityId;
}

/**
 * Who else a name is named with (skeletons of the other people's surnames in the reports that
 * name it), for confirming a close spelling; an empty set when unknown.
 */
export type NameContext = (stat: NameStat, apartFrom?: string) => ReadonlySet<string> | null;

interface Group {
  kind: EntityKind;
  members: NameStat[];
  /**
   * A person's members' letters joined (`joinedKey`), in the members' order; null for other kinds.
   * Made once per name: the comparisons ask for them a million times at 100,000 reports, which
   * kept ~62,000 long joined words in the skeleton cache.
   */
  joined: string[] | null;
  /** The first given name of the most frequent full name, if any. */
  given: string | null;
  surnames: string[];
  /** Whether a member is a name of two surnames (`firstOfTwoSurnames`): only then may a name join as it less the second. */
  twoSurnames?: boolean;
  /** The name it was last shown by, and the id made of it. */
  shownAs?: string;
  shownId?: EntityId;
}

/**
 * The display name of names sorted most frequent first: the most frequent full name, else the
 * most frequent name (the first of those, as a stable sort of them would put it).
 */
export function displayOf(names: NameStat[]): string {
  return (names.find((n) => n.name.includes(' ')) ?? names[0]!).name;
}

const isListedGivenName = (word: string): boolean => wordLists().firstNames.has(word.toLowerCase());
const words = (name: string): string[] => name.split(' ').filter(Boolean);

/** `Abu`, `Abou`, `Umm` (father, mother of) before a given name. */
const KUNYA = /^(?:abu|abou|umm)$/i;

/**
 * Groups name statistics into entities (see the module comment). `overrides` maps
 * `nameKey(kind, name)` to a group id chosen by a person; `context` tells who else a name is
 * named with (without it, a close spelling needs the same given name).
 */
export function groupEntities(stats: NameStat[], overrides: ReadonlyMap<string, string> = new Map(), context?: NameContext, sexOf?: SexOf): EntityGroup[] {
  return entityGrouper(stats, overrides, context, sexOf).groups();
}

/** `groupEntities`' grouper, kept for adding the names of new reports to it. */
export function entityGrouper(stats: NameStat[], overrides: ReadonlyMap<string, string> = new Map(), context?: NameContext, sexOf?: SexOf): EntityGrouper {
  return runAtOnce(groupingNames(stats, overrides, context, sexOf));
}

/** `entityGrouper` as a sliced build (`derived/slices.ts`): 100k reports' names take seconds; filing a name costs ~10 × telling whether it is full (the bar's shares). */
export function* groupingNames(stats: NameStat[], overrides: ReadonlyMap<string, string> = new Map(), context?: NameContext, sexOf?: SexOf): Slices<EntityGrouper> {
  // Full names first, then the most frequent: a bare surname joins the most frequent person with it.
  // (Whether a name is a full one is worked out once per name, not in every comparison.)
  const full = new Map<NameStat, number>();
  for (let i = 0; i < stats.length; i++) {
    full.set(stats[i]!, Number(words(stats[i]!.name).length > 1));
    if (sliceAt(i, 1024)) yield slicePart(i, 11 * stats.length);
  }
  const sorted = [...stats].sort((a, b) => full.get(b)! - full.get(a)! || b.count - a.count || (a.name < b.name ? -1 : 1));
  const grouper = new EntityGrouper(overrides, context, sexOf);
  for (let i = 0; i < sorted.length; i++) {
    grouper.add(sorted[i]!);
    if (sliceAt(i, 16)) yield slicePart(stats.length + 10 * i, 11 * stats.length);
  }
  return grouper;
}

/**
 * The entity groups of a library, kept as they were made so that the names of a new report
 * can be added to them (`add`) without grouping every name again. Names added later join
 * groups in the order they come, not in `groupEntities`' order (full names first): the caller
 * groups afresh after many.
 */
export class EntityGrouper {
  private readonly manual = new Map<string, NameStat[]>();
  private readonly list: Group[] = [];
  /** Per kind: the groups filed under each blocking key (a map per kind, so no `kind|key` string is made per lookup). */
  private readonly blocks = new Map<EntityKind, KeyTable<Block<Group>>>();
  private readonly contexts = new Map<Group, { set: Set<string>; read: number; articles: number }>();

  constructor(private readonly overrides: ReadonlyMap<string, string> = new Map(), private readonly context?: NameContext, private readonly sexOf?: SexOf) {}

  /** Files one name (new to the grouper) under its entity, or starts one. */
  add(s: NameStat): void {
    // Most libraries have no merges or splits: no key string made and hashed per name then.
    const o = this.overrides.size === 0 ? undefined : this.overrides.get(nameKey(s.kind, s.name));
    if (o) {
      if (!this.manual.has(o)) this.manual.set(o, []);
      this.manual.get(o)!.push(s);
      return;
    }
    const context = this.context;
    const w = words(s.name);
    const isPerson = s.kind === 'person';
    // Surname first (`Yoon Suk Yeol`, `Lee Jae-myung`): a bare `Yoon` is that person, and the
    // given name is the rest, one word however it is split.
    const eastAsian = isPerson && isSurnameFirst(w, isListedGivenName);
    const key = isPerson ? w[eastAsian ? 0 : w.length - 1]! : s.name;
    const skel = isPerson ? nameSkeleton(key) : w.map(nameSkeleton).join(' ');
    // A patronymic is no given name: `Sergejewitsch Gorbatschow` is `Michail Gorbatschow` named by his father's name.
    // A kunya (`Abu Mohammed al-Dscholani`) stands before the given name some reports leave it out of.
    // A surname's particle neither (`von der Leyen` is `Ursula von der Leyen` named by surname).
    const first = isPerson && w.length > 2 && KUNYA.test(w[0]!) ? 1 : 0;
    const given = !isPerson || w.length < 2 || SURNAME_PARTICLE.has(w[0]!.toLowerCase()) ? null
      : eastAsian ? w.slice(1).join('') : !isPatronymic(w[first]!) ? w[first]! : null;
    const seen = new Set<Group>();
    const sexOf = isPerson ? this.sexOf : undefined; // what the reports say of a sex, asked only of given names that differ (`given-sex.ts`)
    const sameGiven = (g: Group) => givenMayBeOne(given!, g.given!, sexOf ? () => sexOf(s) : null, sexOf ? () => groupSexTally(g.members, sexOf) : null);
    let best: Group | null = null;
    let own: ReadonlySet<string> | undefined;
    const part = isPerson ? firstPart(key) : null;
    const last = isPerson ? lastPart(key) : null;
    // A double surname is also keyed by its letters joined, as the same two words written apart
    // are (`Ben Gvir` of `Itamar Ben-Gvir`, whose `Ben` is a kin word and so no part of its own).
    // A Chinese or Korean name in another romanisation (`Lai Qingde`/`Lai Ching-te`) is keyed by its reading across them.
    const sino = isPerson ? eastAsianReading(s.name, isListedGivenName) : null;
    const whole = isPerson ? joinedKey(s.name) : '';
    // A surname-first name is also keyed by its surname's letters sorted with its given name (a typo
    // in a surname of three letters, `Huo Yu-ih` for `Hou Yu-ih`, shares no other key).
    // A Belarusian or Ukrainian rendering is also keyed as read in Russian (`Sapeha` under `sapega`), a French one as read in English (`Eltsine` under `ielsin`).
    const slavic = isPerson ? eastSlavicReading(key) : null, french = isPerson ? frenchReading(key) : null;
    // A name of two surnames is also keyed by its first, which reports write without the second.
    const twoSur = isPerson && !eastAsian && w.length > 2 ? firstOfTwoSurnames(s.name, isListedGivenName) : null;
    const order = isPerson ? eitherOrderKey(w) : null;
    const keys = isPerson ? [...blockKeys(skel), ...(slavic ? slavicKeys(nameSkeleton(slavic)) : []), ...(french ? [nameSkeleton(french)] : []), ...(part ? [nameSkeleton(part)] : []), ...(last ? [nameSkeleton(last)] : []), ...(w.length > 1 ? [whole] : []), ...(w.length > 1 && key.includes('-') ? [joinedKey(key)] : []), ...(eastAsian && given ? [swappedSurnameKey(key, given)] : []), ...(sino ? [sino] : []), ...(twoSur ? [nameSkeleton(twoSur)] : []), ...(order ? [order] : [])] : [skel];
    let blocks = this.blocks.get(s.kind);
    if (!blocks) this.blocks.set(s.kind, (blocks = new KeyTable()));
    const sharesContext = context ? (g: Group, apart?: string[], second?: string) => {
      if (second) return sharesCompanyApart(s, second, g.members, context, () => (own ??= context(s)!), () => this.contextOf(g), isListedGivenName);
      const mine = own ??= context(s)!;
      const theirs = this.contextOf(g);
      // Both spellings named in one report: two people, each written as their own reports write them.
      if (apart && (theirs.has(skel) || apart.some((k) => mine.has(k)))) return false;
      for (const x of theirs) if (mine.has(x)) return true;
      return false;
    } : null;
    // A word another group holds as a surname is that person, not a second surname (`Erwin Pröll Mitterlehner`).
    const othersSurname = (word: string, g: Group) => {
      const sk = nameSkeleton(word), b = blocks!.get(sk);
      for (let i = 0, n = blockSize(b); i < n; i++) if (blockAt(b!, i) !== g && blockAt(b!, i).surnames.some((x) => nameSkeleton(x) === sk)) return true;
      return false;
    };
    for (let ki = 0; ki < keys.length && !best; ki++) {
      const limit = ki === 0 ? MAX_CANDIDATES : MAX_CANDIDATES + MAX_CLOSE_CANDIDATES;
      const block = blocks.get(keys[ki]!);
      for (let i = 0, n = blockSize(block); i < n; i++) {
        const g = blockAt(block!, i);
        // Past the limit nothing more of this block is looked at.
        if (seen.size >= limit) break;
        if (seen.has(g)) continue;
        seen.add(g);
        if (!best && joins(s, key, given, eastAsian, sino, whole, g, sharesContext, othersSurname, twoSur !== null, sameGiven)) best = g;
      }
    }
    const joined = best !== null;
    if (best) {
      best.members.push(s);
      best.joined?.push(whole);
      // A name in the other order adds no surname: its last word is the group's given name.
      if (!best.surnames.includes(key) && !(order && best.members.some((m) => isOtherOrder(w, words(m.name), mayBeGivenName)))) best.surnames.push(key);
      if (!best.given && given) best.given = given;
      if (twoSur) best.twoSurnames = true;
    } else {
      best = { kind: s.kind, members: [s], joined: isPerson ? [whole] : null, given, surnames: [key], twoSurnames: twoSur !== null };
      this.list.push(best);
    }
    // A group holds names of one kind: its keys need no kind.
    for (const k of keys) fileUnder(blocks, k, best, joined);
  }

  /** The entities: a person's groupings first, then the rest, each named by its most frequent full name. */
  groups(): EntityGroup[] {
    const out: EntityGroup[] = [];
    const used = new Set<string>();
    for (const [id, names] of this.manual) {
      names.sort(nameOrder);
      used.add(id);
      out.push({ id: id as EntityId, kind: names[0]!.kind, name: displayOf(names), names: [...names], manual: true });
    }
    for (const g of this.list) {
      // A copy, which is the group's list: the members stay in the order of `joined`, for names added later.
      const names = [...g.members].sort(nameOrder);
      const name = displayOf(names);
      // A grouper kept current names its groups after every report: most are named as before.
      if (g.shownAs !== name || !g.shownId) {
        g.shownAs = name;
        g.shownId = entityIdFor(names[0]!.kind, name);
      }
      const base = g.shownId;
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}` as EntityId;
      used.add(id);
      out.push({ id, kind: names[0]!.kind, name, names, manual: false });
    }
    return out;
  }

  /** A group's context kept across joins (a union: the same set), read afresh once a member read is in more reports. */
  private contextOf(g: Group): Set<string> {
    let c = this.contexts.get(g), seen = 0;
    if (c) for (let i = 0; i < c.read; i++) seen += g.members[i]!.articles;
    if (!c || seen !== c.articles) this.contexts.set(g, (c = { set: new Set(), read: 0, articles: 0 }));
    for (; c.read < g.members.length; c.read++) {
      c.articles += g.members[c.read]!.articles;
      for (const k of this.context?.(g.members[c.read]!) ?? []) c.set.add(k);
    }
    return c.set;
  }
}

/**
 * Whether a name joins a group: organisations and places by their whole name's skeleton (or a
 * close spelling); people by surname — the same skeleton, or close and confirmed by the same
 * given name or shared company — and with given names that can be one person's.
 */
function joins(s: NameStat, key: string, given: string | null, eastAsian: boolean, sino: string | null, whole: string, g: Group, sharesContext: ((g: Group, apart?: string[], second?: string) => boolean) | null, othersSurname: (word: string, g: Group) => boolean, twoSurnames: boolean, sameGiven: (g: Group) => boolean): boolean {
  if (s.kind !== 'person') {
    // The same skeleton first, for all members (it is what files a group under the name's one
    // key, so a candidate mostly has it), and only then the slower close spelling.
    const skel = nameSkeletonOf(s.name);
    if (g.members.some((m) => nameSkeletonOf(m.name) === skel)) return true;
    const folded = foldText(s.name);
    return g.members.some((m) => isFoldedSpellingVariant(foldText(m.name), folded));
  }
  // The same letters split otherwise (`Kim Jong Un`/`Kim Jong-un`, `Han Duck-soo`/`Han Duck Soo`).
  if (given && g.members.some((m, i) => m.name.includes(' ') && g.joined![i] === whole)) return true;
  // The same two words in the other order (`Abe Shinzo`/`Shinzo Abe`), unless each is established and the company says otherwise.
  if (given && g.surnames.some((sur) => nameSkeleton(sur) === nameSkeleton(given)) && g.members.some((m) => isOtherOrder(words(s.name), words(m.name), mayBeGivenName) && (s.articles < ESTABLISHED_ARTICLES || m.articles < ESTABLISHED_ARTICLES || (sharesContext ? sharesContext(g) : false)))) return true;
  // The same surname, the given name in another romanisation (`Lai Qingde`/`Lai Ching-te`, `Li Tschiang`/`Li Qiang`).
  if (given && sino && g.members.some((m) => eastAsianReading(m.name, isListedGivenName) === sino)) return true;
  // The other less its first word, letters joined (`Amir Abdollahian` of `Hossein Amir-Abdollahian`).
  if (given && middleGiven(s.name, whole, g.members, g.joined!)) return true;
  // One name the other less its second surname (`Edmundo González`/`Edmundo González Urrutia`), in the same company.
  const second = given && !eastAsian && (twoSurnames || g.twoSurnames) ? secondSurnameAgainst(s.name, g.members, isListedGivenName) : null;
  if (second && !othersSurname(second, g)) return sharesContext ? sharesContext(g, undefined, second) : true;
  if (given && g.given && !sameGiven(g)) return false;
  // A surname-first name with the same given name of two syllables and its short surname's letters
  // swapped by a typo (`Huo Yu-ih`/`Hou Yu-ih`), unless both spellings are established.
  if (eastAsian && given && g.given && nameSkeleton(given) === nameSkeleton(g.given) && g.surnames.some((sur) => isSwappedSurname(sur, key))) {
    return !bothWritten(s, key, g) || (sharesContext ? sharesContext(g) : false);
  }
  let close = false;
  for (const sur of g.surnames) {
    const r = compareNameWords(sur, key);
    if (r === 'same' && skeletonSuffices(sur, key, given, g)) return true;
    if (r === 'close') close = true;
    // A whole name in its genitive (`den Tod Alexej Marenkows`, `Julia Kerbers Beerdigung`): the
    // finder takes the `s` with the name; with the same given name it is that person.
    if (given && g.given && isGenitiveOf(sur, key)) return true;
    // `Fereydoun Abbasi-Davani` / `Fereydun Abbasi`: a double surname and its first part, with one given name.
    if (given && g.given && sameFirstPart(sur, key)) return true;
    // A bare surname that is one part of a person's double surname (`Abdollahian` of `Hossein
    // Amir-Abdollahian`, `Abbasi` of `Abbasi-Davani`): that person, as a bare surname joins the person with it.
    if (!given && !key.includes('-') && isPartOf(key, sur)) return true;
  }
  if (!close) return false;
  if (given && g.given) return !bothEstablished(s, key, g) || (sharesContext ? sharesContext(g, closeSkeletons(key, g)) : false);
  return sharesContext ? sharesContext(g) : false;
}

/**
 * Whether the same skeleton is enough to join: not for a bare word sharing only a short one
 * (`isShortSkeletonOnly`), nor, where one side has no given name, for two given names.
 */
function skeletonSuffices(sur: string, key: string, given: string | null, g: Group): boolean {
  if ((!given && isShortSkeletonOnly(sur, key)) || bareGivenAsSurname(given ? (g.given ? null : sur) : key, given ?? g.given, isListedGivenName)) return false;
  return (!!given && !!g.given) || !areTwoGivenNames(sur, key);
}

/** Skeletons shorter than this fold away most of a written name (`Zeus` and `Scheutz` are `seus`). */
const SHORT_SKELETON = 5;

/**
 * Whether a bare word and a surname share only a short skeleton, written from another first
 * letter (`Zeus`/`Scheutz`, `Ian`/`Yan`): two words, not two renderings of one (those keep their
 * first letter in so few letters, `Asad`/`Assad`); a longer skeleton is evidence enough
 * (`Jelzin`/`Yeltsin`).
 */
function isShortSkeletonOnly(sur: string, word: string): boolean {
  if (nameSkeleton(word).length >= SHORT_SKELETON) return false;
  return foldText(romanizeCyrillic(sur))[0] !== foldText(romanizeCyrillic(word))[0];
}

/**
 * Reports from which a spelling is established in the library: a rendering of one outlet or a slip
 * is written by few, while two people of close surnames (`Harald Walser`, `Harald Welzer`) are
 * each written by several.
 */
const ESTABLISHED_ARTICLES = 3;

/**
 * Whether a close surname and the group's spelling of it are both established: then a shared
 * given name (a common one names many people) does not confirm them alone; the company they are
 * named in must, and neither may be named beside the other.
 */
function bothEstablished(s: NameStat, key: string, g: Group): boolean {
  if (s.articles < ESTABLISHED_ARTICLES) return false;
  const mine = letters(key);
  let established = false;
  for (const m of g.members) {
    const sur = surnameOf(m.name);
    if (compareNameWords(sur, key) !== 'close') continue;
    // One spelling of the group a letter from this one is a rendering of it, whoever else is in the group.
    if (editDistance(letters(sur), mine, 2) <= 1) return false;
    if (m.articles >= ESTABLISHED_ARTICLES) established = true;
  }
  return established;
}

/** Whether a name and a spelling of the group with its surname swapped are each written by several reports (two people, then, unless their company says otherwise). */
function bothWritten(s: NameStat, key: string, g: Group): boolean {
  return s.articles >= ESTABLISHED_ARTICLES && g.members.some((m) => m.articles >= ESTABLISHED_ARTICLES && isSwappedSurname(words(m.name)[0]!, key));
}

/** A word's letters as written, folded (digits and marks out: `Merkel1i` is `merkeli`). */
function letters(word: string): string {
  return foldText(word).replace(/[^a-z]/g, '');
}

/** The skeletons of the group's surnames close to `key` (not the same). */
function closeSkeletons(key: string, g: Group): string[] {
  return g.surnames.filter((sur) => compareNameWords(sur, key) === 'close').map(nameSkeleton);
}

/** A person's name's last word (the surname the grouping keys most names by). */
function surnameOf(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

function isPartOf(word: string, surname: string): boolean {
  const skel = nameSkeleton(word);
  const a = firstPart(surname), b = lastPart(surname);
  return (!!a && nameSkeleton(a) === skel && !isShortSkeletonOnly(a, word)) || (!!b && nameSkeleton(b) === skel && !isShortSkeletonOnly(b, word));
}

function nameSkeletonOf(name: string): string {
  return words(name).map(nameSkeleton).join(' ');
}
