/**
 * People, places and organisations in German news text.
 *
 * German capitalises every noun, so a capital letter says little. What does:
 *
 * 1. **Role cues** — a word ending in a role (`Präsident`, `Kremlsprecher`, `Außenminister`,
 *    `Sondergesandte`, `Unterhändler`, `General`, `Schwiegersohn`) followed by capitalised
 *    words: `US-Außenminister Marco Rubio`. Also in apposition: `Die Pressesprecherin des
 *    Weißen Hauses, Karoline Leavitt,`.
 * 2. **Given name + name** — two capitalised words in a row, not after an article, where the
 *    second is not a common German word (a 12,558-word frequency list): `Tucker Carlson`.
 * 3. **Once named, always named** — later bare mentions of a person's surname, also in the
 *    genitive (`Putins`, `Witkoffs`) and in other spellings that sound the same and differ by
 *    a letter or two (`Whitkoffs`, `Kellog`), are that person.
 * 4. **Places** — country names (ISO 3166 German names), a capitalised word after `in`/`nach`/
 *    `aus` with no article that is not a common word or noun-shaped (`in Moskau`,
 *    `in St. Petersburg`), and the dateline.
 * 5. **Organisations** — acronyms (`NATO`, `CBS`), a short list of institutions named like
 *    people (`Kreml`, `Weißes Haus`), and the cited sources.
 * 6. **A speaker by surname alone** — a capitalised word no word list knows beside a verb of
 *    saying (`…“, so Netanyahu`, `sagte Scheller`): a person, whom the library's grouping joins
 *    to the whole name another report gives (`Benjamin Netanjahu`).
 */
import type { CitedSource } from '../../shared/api';
import { foldText } from '../text/fold';
import { isFoldedSpellingVariant } from '../text/phonetic';
import { isSurnameFirst } from '../text/name-order';
import { PERSIAN_ARTICLE_APART } from '../text/name-articles';
import { isLexiconWord } from '../text/decompound';
import { wordRoot } from '../text/roots';
import { stemWord } from '../text/words';
import type { Span } from '../text/sentences';
import { anyParticleName, isAcronym, isParticleName, wordPass, type WordPass } from './entity-tokens';
import { skipByline } from './bylines';
import { surnameVariants } from './surname-variants';
import { countryNames } from './country-names';
import { countryGivenAt } from './country-given';
import { placeSurnameAt } from './place-surname';
import { wholeAgainAt } from './second-surname';
import { isWorldCity } from './world-cities';
import { isParticleAt, particlesAt, particlesBefore, surnameFirstAt } from './name-shapes';
import { isGivenSpelling, isGivenWord, isWorldGivenName, mayBeGivenName } from './given-names';
import { givenNameAsSurname } from './given-surname';
import { NameFinder } from './name-finder';
import { splitGluedRuns } from './glued-names';
import type { EntityMentionRow } from './found-mentions';
import { isCountryDemonym, isMemberNounShape } from './member-nouns';
import { isBareNoun } from './thing-words';
import { hasWord, wordCount } from './name-words';
import { headsAdjectivePhrase } from './phrase-heads';
import { isSharedRole } from './relation-roles';
import { givenAfterArticle } from './given-after-article';
import { speakers } from './speakers';
import { FUNCTION_WORDS, INSTITUTIONS, isThingHead, NAME_HONORIFIC, NOT_ORG_ACRONYMS, NOUN_ENDING, ORG_CUE, PLACE_PREFIX, PLACE_PREP, ROLE, ROLE_COMPOUND, SPEECH } from './entity-words';

export { isRoleWord } from './entity-words';

/** Words before a given name that belong to the name (`Abu Mohammed al-Dscholani`, `Umm …`, `Ibn …`). */
const KUNYA_OR_KIN = /^(?:abu|abou|umm|ibn|bin|bint)$/;
export type { EntityMentionRow } from './found-mentions';

/**
 * Finds the entity mentions of one article's body sentences (see the module comment); `pass`
 * is the word scan of those sentences when the caller has made it (`findSources` reads it too).
 * Each pass is a function of its own over the finder's state (`name-finder.ts`).
 */
export function findEntities(
  text: string,
  sentences: Span[],
  options: { dateline?: string | null; sources?: CitedSource[]; pass?: WordPass } = {},
): EntityMentionRow[] {
  const pass = options.pass ?? wordPass(text, sentences);
  if (pass.sentences !== sentences) throw new Error('findEntities: the word pass is of other sentences');
  const f = new NameFinder(text, pass.toks, options.sources ?? []);
  skipBylines(f);
  groupNames(f);
  roleCues(f);
  givenNames(f);
  if (options.dateline) f.places.set(foldText(options.dateline), options.dateline);
  placesAndOrganisations(f);
  for (const s of f.sourceSpans) f.out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), name: s.name, kind: 'organisation' });
  speakers(f);
  bareMentions(f);
  splitGluedRuns(f.out, f.persons, f.text);
  fullestNames(f.out);
  return f.out.sort((a, b) => a.start - b.start);
}

/** A byline (`Von Weedah Hamzah, Johannes Sadek und Holger Mehlig`) names the authors, not people of the story. */
function skipBylines(f: NameFinder): void {
  const toks = f.toks;
  for (let i = 0; i < toks.length; i++) if (toks.initial(i) && toks.w(i) === 'Von') i = skipByline(toks, i, f.taken, (k) => f.firstNames.has(f.lower(k)) || isGivenSpelling(toks.w(k), f.firstNames));
}

/** 0. Groups named after a word for a kind of group (`Miliz Hayat Tahrir al-Sham`). */
function groupNames(f: NameFinder): void {
  const toks = f.toks;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!toks.cap(i) || !ORG_CUE(toks.w(i), toks.lower(i)) || !toks.joined(i + 1)) continue;
    // A given name after it names the person who speaks for it (`der Wahlbehörde Ahmet Yener`).
    if (f.firstNames.has(f.lower(i + 1))) continue;
    let j = i + 1;
    while (j < i + 5 && f.nameLike(j) && (j === i + 1 || toks.joined(j)) && toks.sentence[j] === toks.sentence[i] && !countryNames().has(f.lower(j))) {
      j++;
      if (toks.after[j - 1] === 44 || toks.after[j - 1] === 40) break;
    }
    // One word is a name only when no common noun (`die Miliz Wagner`, not `die Gruppe Berichte`).
    if (j === i + 2 && f.isCommon(i + 1, 4000)) continue;
    // Three words or more without an `al-…` are the group and a person (`Söldnerarmee Wagner Jewgeni Prigoschin`).
    if (j > i + 3 && !anyParticleName(toks, i + 1, j)) j = i + 2;
    if (j > i + 1) {
      f.found.add(i + 1, j - 1, toks.wordsOf(i + 1, j).join(' '), 'organisation');
      i = j - 1;
    }
  }
}

/** 1. Role cues, directly or in apposition. */
function roleCues(f: NameFinder): void {
  const toks = f.toks;
  for (let i = 0; i < toks.length; i++) {
    const compound = toks.cap(i) && !ROLE(toks.w(i), toks.lower(i)) && ROLE_COMPOUND(toks.w(i), toks.lower(i));
    if (!toks.cap(i) || !(compound || ROLE(toks.w(i), toks.lower(i)))) continue;
    const n = f.nameRun(i + 1);
    // One word after a role compound (`Weltcupsiegerin Takanashi`) is left to the bare mentions: as a surname found first it would keep the whole name (`Sara Takanashi`) from being read.
    if (compound && n === 1) continue;
    // One word in `s` after a role, its stem a name the report writes (`Rivale Erdogans`, `Kritiker
    // Netanjahus`), is that person's genitive: the role is someone else's. Left to the bare mentions.
    if (n === 1 && f.genitiveOfName(i + 1)) continue;
    // A noun for a member of a group after the role says what the holder is (`Ministerpräsident
    // Sunnit`): no name; one that follows it is the person (`Parlamentspräsident Schiit Nabih Berri`).
    if (n > 0 && memberNounAt(f, i + 1)) {
      if (n > 2 && toks.joined(i + 2)) f.addPerson(i + 2, n - 1);
      i += n;
      continue;
    }
    // A given name that is a month too (`Gauleiter August Eigruber`): after a role, with a name after it, the name's first word.
    const afterMonth = n === 0 && toks.has(i + 2) && toks.cap(i + 1) && FUNCTION_WORDS.has(f.lower(i + 1)) && f.firstNames.has(f.lower(i + 1)) && toks.joined(i + 2) ? f.nameRun(i + 2) : 0;
    if (afterMonth > 0) {
      f.addPerson(i + 1, 1 + afterMonth);
      i += 1 + afterMonth;
      continue;
    }
    if (n === 0 && f.frequentGivenAlone(i + 1)) {
      f.addPerson(i + 1, 1);
      i++;
      continue;
    }
    // One word after a role firms and teams hold too (`Konkurrent Cyberport`, `AUA-Mutter Lufthansa`) is a person only with a given name or named whole before (else left to the bare mentions).
    if (n === 1 && isSharedRole(toks.lower(i)) && !f.isGiven(i + 1) && !isWorldGivenName(f.lower(i + 1)) && !mayBeGivenName(f.lower(i + 1)) && !f.persons.has(f.foldOf(i + 1))) continue;
    if (n > 0 && toks.joined(i + 1) && !countryNames().has(f.lower(i + 1))) {
      // A translated honorific is part of how the person is called (`Scheich Hasina`).
      if (NAME_HONORIFIC.has(toks.lower(i))) f.addPerson(i, n + 1);
      else f.addPerson(i + 1, n);
      i += n;
      continue;
    }
    // `Pressesprecherin des Weißen Hauses, Karoline Leavitt,`
    let listed = false;
    for (let k = i + 1; k < Math.min(toks.length, i + 7) && toks.sentence[k] === toks.sentence[i]; k++) {
      if (toks.after[k] === 44 && f.nameLike(k + 1) && f.nameLike(k + 2) && toks.joined(k + 2)) {
        const m = f.nameRun(k + 1);
        if (m >= 2) f.addPerson(k + 1, m);
        break;
      }
      // `die frühere Regierungschefin von Bangladesch, Zia, aus …`: a bare surname set off by
      // commas at the role's first comma, the sentence going on in lowercase (not a list: `von
      // Spanien, Italien, Frankreich`; `Politiker von CDU, SPD, Grünen, der Linken`).
      if (!listed && toks.after[k] === 44 && toks.after[k + 1] === 44 && f.nameLike(k + 1) && f.nameRun(k + 1) === 1 && toks.has(k + 2) && !toks.cap(k + 2) && toks.sentence[k + 2] === toks.sentence[i] && !countryNames().has(f.lower(k + 1)) && !isWorldCity(toks.w(k + 1))) {
        f.addPerson(k + 1, 1);
        break;
      }
      if (toks.after[k] === 44) listed = true;
      if (toks.after[k] === 46 || toks.after[k] === 59 || toks.after[k] === 58) break;
    }
  }
}

/** The word `i` is a noun for a member of a group, by its suffix, and no given name of any list. */
function memberNounAt(f: NameFinder, i: number): boolean {
  const l = f.lower(i);
  return (isMemberNounShape(f.toks.w(i), l) || isCountryDemonym(l)) && !f.isGiven(i) && !mayBeGivenName(l) && !isWorldGivenName(l);
}

/** 2. Given name + name. */
function givenNames(f: NameFinder): void {
  const toks = f.toks, taken = f.taken, firstNames = f.firstNames;
  for (let i = 0; i + 1 < toks.length; i++) {
    // A given name and a surname with particles (`Thomas de Maizière`, `Ursula von der Leyen`).
    // The particle first: it reads one word, the given-name test a large table.
    if (toks.cap(i) && !taken[i] && !f.afterDeterminer(i) && f.nameLike(i) && isParticleAt(toks, i + 1, true) && f.isGiven(i)) {
      const p = particlesAt(f, i + 1, false, true);
      if (p) {
        f.addPerson(i, p + 2);
        i += p + 1;
        continue;
      }
    }
    if (!toks.cap(i) || !(toks.cap(i + 1) || isParticleName(toks.w(i + 1)))) continue;
    if (countryGivenAt(f, i) || placeSurnameAt(f, i)) {
      f.addPerson(i, 2);
      i++;
      continue;
    }
    // A surname-first name written whole again (`Lee Yae Myung` … `Lee Yae Myung,`): the same person, not two bare words.
    const again = taken[i] ? 0 : surnameFirstAt(f, i);
    if (again && f.persons.get(f.foldOf(i)) === toks.wordsOf(i, i + again).join(' ')) {
      f.addPerson(i, again);
      i += again - 1;
      continue;
    }
    if (taken[i] || ((f.afterDeterminer(i) || f.afterAdjective(i)) && !givenAfterArticle(f, i)) || !f.nameLike(i) || !f.nameLike(i + 1) || !toks.joined(i + 1)) continue;
    // A known surname first opens a name of its own when the name is surname first (`Kim Yo Jong` beside `Kim Jong Il`).
    const eastAsian = surnameFirstAt(f, i);
    if ((f.isKnownSurname(i) && !eastAsian) || (f.isKnownSurname(i + 1) && !wholeAgainAt(f, i))) continue;
    const given = firstNames.has(f.lower(i));
    const givenElsewhere = given || isGivenSpelling(toks.w(i), firstNames) || isWorldGivenName(f.lower(i));
    // No given name after an article and adjectives, nor one after it, nor a noun for a member of a group (`der belgische Jihadist Abdelhamid A.`):
    // the noun the thing is (`das deutsche Glasfasernetz Versatel`; not `der selbsternannte Kalif Ibrahim`).
    if (!givenElsewhere && !mayBeGivenName(f.lower(i)) && !f.isGiven(i + 1) && !isWorldGivenName(f.lower(i + 1)) && !isMemberNounShape(toks.w(i), f.lower(i)) && headsAdjectivePhrase(toks, i, (k) => f.lower(k))) continue;
    if (toks.initial(i) && !givenElsewhere && !f.threeWordsAt(i) && !eastAsian) continue;
    // A noun before a whole name, with no article to mark it (`sagte Anwohnerin Jelka Marovic`):
    // where no given name opens the pair but one follows, and a surname after it, the name starts there.
    if (!givenElsewhere && !eastAsian && !KUNYA_OR_KIN.test(f.lower(i)) && (firstNames.has(f.lower(i + 1)) || isWorldGivenName(f.lower(i + 1))) &&
      toks.has(i + 2) && toks.joined(i + 2) && toks.sentence[i + 2] === toks.sentence[i] && f.nameLike(i + 2) && !f.isCommon(i + 2, Infinity)) {
      // The noun is no name of its own either (`Bewohnerin` alone after `sagte`).
      taken[i] = 1;
      continue;
    }
    // A given name of another list before a given name or surname the frequency list holds opens a
    // name when an English surname ends it (`Billie Jean King`, `Carole King`): `doubleGiven`.
    const english = !given && givenElsewhere ? f.englishSurnameAfter(i) : 0;
    if (f.isCommon(i + 1, Infinity) && !given && !english && !eastAsian && !givenNameAsSurname(f, i, givenElsewhere) && !f.wordSurname(i + 1)) continue;
    // A common word that is a given name of no list before a German word the lexicons know opens
    // no name (`große Mengen Kohlenstoff`, `drei Prozent Unentschlossenen`, `der Bund Deutscher
    // Kriminalbeamter`): a noun or an adjective before a noun the frequency list lacks. Before a word they do not know it may (`Tucker Carlson`, `Ed Miliband`).
    if (!givenElsewhere && !eastAsian && f.isCommon(i, Infinity) && !mayBeGivenName(f.lower(i)) && isGermanWordAt(f, i + 1)) continue;
    // After a common word that is no given name, a word in `s` is a genitive (`Maßnahmen Erdogans`,
    // `laut Auskunft Barcas`): a thing of someone's, not a given name and a surname.
    if (!givenElsewhere && f.isCommon(i, Infinity) && f.lower(i + 1).endsWith('s') && !mayBeGivenName(f.lower(i))) continue;
    // Before a name of two words, a common word is no given name but a noun (`des Russen Vadim
    // Krasikow`); alone before one word it may be (`Tucker Carlson`: the frequency list holds names).
    if (!given && !eastAsian && f.isCommon(i, Infinity) && toks.has(i + 2) && f.nameLike(i + 2) && toks.joined(i + 2) && !f.isCommon(i + 2, Infinity)) continue;
    if (countryNames().has(f.lower(i)) || countryNames().has(f.lower(i + 1)) || countryNames().has(`${f.lower(i)} ${f.lower(i + 1)}`) || PLACE_PREFIX.has(toks.w(i))) continue;
    if (i > 0 && PLACE_PREP.has(f.lower(i - 1))) continue;
    if (!given && (f.genitiveOfName(i) || f.placeElsewhere(i + 1))) continue;
    if (f.pairPlaceElsewhere(i)) continue;
    // A third word only after a second given name, as `al-…` (`Mohammad Ghazi al-Jalali`), or
    // after a known given name when the name plainly ends there (`Mohammed Mehdi Tehrantschi,`:
    // given names of other languages are not in the list) and the report names it nowhere as a
    // place, so a dateline stays out (`Holger Mehlig Damaskus` … `nach Damaskus`).
    // Or when the report goes on to use the third word alone and never the second (`Recep Tayyip
    // Erdoğan` … `Erdoğan`: two given names the list does not hold), and never after `in`.
    // Or two given names and an English surname (`Martin Luther King`, `Billie Jean King`).
    // A name surname first of three words whatever its third word reads as in German (`Kim Dae Jung`, `Kim Jong Un`).
    const third = (eastAsian === 3 && f.nameLike(i + 2)) || (toks.has(i + 2) && f.nameLike(i + 2) && toks.joined(i + 2) && !f.isCommon(i + 2, Infinity) &&
      (firstNames.has(f.lower(i + 1)) || isParticleName(toks.w(i + 2)) || (givenElsewhere && f.endsName(i + 2) && !f.placeAfterPrep(i + 2)) || f.threeWordsAt(i))) ||
      (givenElsewhere && (english || f.englishSurnameAfter(i)) === 3);
    // The name of a thing or an institution (`Turnout Project`, `Scott Key Bridge`, `Scott Key-Brücke`, `Ocean Pte Ltd`).
    // A fourth word after the Persian article apart (`Mohammad Ali Al-e Tabrani`).
    const n = !third ? 2 : PERSIAN_ARTICLE_APART.test(toks.w(i + 2)) && toks.has(i + 3) && toks.joined(i + 3) && f.nameLike(i + 3) ? 4 : 3;
    if (isThingHead(toks.lower(i + n - 1)) || (toks.has(i + n) && toks.joined(i + n) && isThingHead(f.lower(i + n)))) continue;
    f.addPerson(i, n);
    i += n - 1;
  }
}

/** 4. Places and 5. organisations (before bare surnames, so `Moskaus` is not taken for a person). */
function placesAndOrganisations(f: NameFinder): void {
  const toks = f.toks, taken = f.taken, places = f.places, text = f.text;
  const countries = countryNames();
  for (let i = 0; i < toks.length; i++) {
    if (taken[i]) continue;
    const first = text.charCodeAt(toks.start[i]!);
    if (first >= 97 && first <= 122) continue; // lowercase words name nothing here
    const w = toks.w(i), l = toks.lower(i);
    const two = toks.has(i + 1) && toks.joined(i + 1) && toks.cap(i + 1) ? `${l} ${f.lower(i + 1)}` : '';
    if (two && countries.has(two)) {
      f.found.add(i, i + 1, countries.get(two)!, 'place');
      i++;
      continue;
    }
    if (two && INSTITUTIONS.has(two)) {
      f.found.add(i, i + 1, INSTITUTIONS.get(two)!, 'organisation');
      i++;
      continue;
    }
    if (countries.has(l)) {
      f.found.add(i, i, countries.get(l)!, 'place');
      continue;
    }
    if (INSTITUTIONS.has(l)) {
      f.found.add(i, i, INSTITUTIONS.get(l)!, 'organisation');
      continue;
    }
    if (isAcronym(w) && !NOT_ORG_ACRONYMS.has(w) && toks.after[i] !== 45 && !f.inSource(i)) {
      f.found.add(i, i, w, 'organisation');
      continue;
    }
    if (i > 0 && PLACE_PREP.has(f.lower(i - 1)) && toks.joined(i)) {
      if (PLACE_PREFIX.has(w) && toks.has(i + 1) && toks.cap(i + 1)) {
        const name = `${w}${toks.after[i] === 46 ? '.' : ''} ${toks.w(i + 1)}`;
        places.set(foldText(name), name);
        f.found.add(i, i + 1, name, 'place');
        i++;
        continue;
      }
      // Plural nouns take no article after `in` (`in Verhandlungen`, `nach Medienberichten`).
      if (f.nameLike(i) && !f.isCommon(i, 4000) && !/(en|sicht)$/.test(w) && !(toks.has(i + 1) && f.nameLike(i + 1) && toks.joined(i + 1))) {
        places.set(f.foldOf(i), w);
        f.found.add(i, i, w, 'place');
      }
    }
  }
}

/** 3. Bare mentions of names already found (and their genitives and spelling variants). */
function bareMentions(f: NameFinder): void {
  const toks = f.toks, taken = f.taken, persons = f.persons, places = f.places, text = f.text;
  const personKeys = [...persons.keys()];
  const variantOf = surnameVariants(personKeys);
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !(toks.cap(i) || isParticleName(toks.w(i))) || FUNCTION_WORDS.has(toks.lower(i)) || f.inSource(i)) continue;
    // The word as a name, and without a genitive `s` ('': none). Plain loops, no arrays or
    // closures: this runs for most capitalised words of every article.
    const fo = f.foldOf(i);
    const g = fo.endsWith('s') ? fo.slice(0, -1) : '';
    const base = fo && (persons.has(fo) || places.has(fo)) ? fo : g && (persons.has(g) || places.has(g)) ? g : undefined;
    if (base && persons.has(base)) f.found.add(particlesBefore(f, i, persons.get(base)), i, persons.get(base)!, 'person');
    else if (base) f.found.add(i, i, places.get(base)!, 'place');
    else if (personKeys.length > 0 && !f.isCommon(i, Infinity) && !NOUN_ENDING(toks.w(i), toks.lower(i)) && toks.end[i]! - toks.start[i]! >= 5) {
      const w = toks.w(i), variant = variantOf(text, toks.start[i]!, toks.end[i]!, fo, g);
      if (variant) f.found.add(i, i, /s$/.test(w) && !isFoldedSpellingVariant(fo, variant) ? w.slice(0, -1) : w, 'person');
    }
  }
}

/** A surname alone stands for the fullest form of the name in the article (`Trump` → `Donald Trump`), a whole name with another given name for itself. */
function fullestNames(out: EntityMentionRow[]): void {
  const fullest = new Map<string, string>();
  // A report names the same people again and again: each name's surname is read once (its
  // words split once), not for every mention in both passes.
  const surnames = new Map<string, string>();
  const surnameOf = (name: string) => {
    let sur = surnames.get(name);
    if (sur === undefined) {
      const words = name.split(' ');
      surnames.set(name, (sur = foldText(isSurnameFirst(words, isGivenWord, true) ? words[0]! : words[words.length - 1]!)));
    }
    return sur;
  };
  for (const e of out) {
    if (e.kind !== 'person') continue;
    const sur = surnameOf(e.name);
    const f = fullest.get(sur);
    if (!f || wordCount(e.name) > wordCount(f)) fullest.set(sur, e.name);
  }
  // Not a whole name with another given name (`Maria Kellner` beside `Andreas Kellner`): a relative;
  // nor one surname first with another given name (`Kim Yo Jong` beside `Kim Jong Il`): a sister.
  const otherGiven = (name: string, full: string) => {
    const space = name.indexOf(' ');
    if (space < 0) return false;
    const first = name.slice(0, space);
    if (name !== full && surnameOf(name) === foldText(first) && wordCount(name) > 1) {
      // The same given name written apart or hyphenated (`Suk-yeol`, `Suk Yeol`), or cut, is the person.
      const given = (n: string) => foldText(n.slice(n.indexOf(' ') + 1)).replace(/[^a-z]/g, '');
      return !given(full).startsWith(given(name));
    }
    return isGivenWord(first) && !hasWord(full, first);
  };
  for (const e of out) {
    if (e.kind !== 'person') continue;
    const full = fullest.get(surnameOf(e.name));
    if (full && !otherGiven(e.name, full)) e.name = full;
  }
}

/** Whether word `i` is a German word the lexicons know, whole or as a compound (`text/decompound.ts`). */
function isGermanWordAt(f: NameFinder, i: number): boolean {
  const folded = f.foldOf(i);
  return isLexiconWord(wordRoot(f.toks.w(i), folded, stemWord(folded)));
}
