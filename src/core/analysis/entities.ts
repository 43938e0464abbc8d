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
import type { CitedSource, EntityKind } from '../../shared/api';
import { foldLowercase, foldText } from '../text/fold';
import { isFoldedSpellingVariant } from '../text/phonetic';
import { isSurnameFirst } from '../text/name-order';
import { PERSIAN_ARTICLE_APART } from '../text/name-articles';
import type { Span } from '../text/sentences';
import { wordLists } from './content-words';
import { isAcronym, isCap, isParticleName, tokenAt, wordPass, wordsOf, type Tok, type WordPass } from './entity-tokens';
import { skipByline } from './bylines';
import { surnameVariants } from './surname-variants';
import { countryNames } from './country-names';
import { isParticleAt, nameShapes } from './name-shapes';
import { isGivenSpelling, isWorldGivenName } from './given-names';
import { thingNamed } from './thing-names';
import { FoundMentions, type EntityMentionRow } from './found-mentions';
import { DETERMINERS, FUNCTION_WORDS, INSTITUTIONS, isThingHead, NOT_ORG_ACRONYMS, NOUN_ENDING, ORG_CUE, PLACE_PREFIX, PLACE_PREP, ROLE, SPEECH } from './entity-words';

export { isRoleWord } from './entity-words';
export type { EntityMentionRow } from './found-mentions';


/**
 * Finds the entity mentions of one article's body sentences (see the module comment); `pass`
 * is the word scan of those sentences when the caller has made it (`findSources` reads it too).
 */
export function findEntities(
  text: string,
  sentences: Span[],
  options: { dateline?: string | null; sources?: CitedSource[]; pass?: WordPass } = {},
): EntityMentionRow[] {
  const { common, firstNames } = wordLists();
  const pass = options.pass ?? wordPass(text, sentences);
  if (pass.sentences !== sentences) throw new Error('findEntities: the word pass is of other sentences');
  const toks = pass.toks;
  const taken = new Uint8Array(toks.length);
  const found = new FoundMentions(text, toks, taken);
  const out = found.out;
  // Built by hand in one shape (a spread copied each mention's own shape), and read by index.
  const sourceSpans: { start: number; end: number; name: string }[] = [];
  for (const s of options.sources ?? []) for (const m of s.mentions) sourceSpans.push({ start: m.start, end: m.end, name: s.name });
  const inSource = (t: Tok) => {
    for (let k = 0; k < sourceSpans.length; k++) if (t.start >= sourceSpans[k]!.start && t.end <= sourceSpans[k]!.end) return true;
    return false;
  };
  // Never a read past the end of `toks` (V8 drops code that meets one it had not seen).
  const lower = (i: number) => (i >= 0 && i < toks.length ? toks[i]!.lower : '');
  const afterDeterminer = (i: number) => i > 0 && toks[i]!.joined && DETERMINERS.has(lower(i - 1));
  // Per-token facts asked several times: frequency rank (-1 not looked up yet) and folded form.
  const ranks = new Float64Array(toks.length).fill(-1);
  const folded: (string | undefined)[] = new Array(toks.length);
  /** A frequent German word (below `rank` in the frequency list, which holds lowercase words). */
  const isCommon = (i: number, rank: number) => {
    if (ranks[i] === -1) ranks[i] = common.get(toks[i]!.lower) ?? Infinity;
    return ranks[i]! < rank;
  };
  const foldOf = (i: number) => (folded[i] ??= foldLowercase(toks[i]!.lower));
  const isGivenWord = (w: string) => firstNames.has(w.toLowerCase());
  /** Could this token be (part of) a name? */
  const shape = new Int8Array(toks.length); // 0 unknown, 1 name-shaped, 2 not
  const nameLike = (i: number) => {
    if (i >= toks.length) return false;
    const t = toks[i]!;
    if (taken[i] || !(t.cap || isParticleName(t.w)) || t.w.length < 2) return false;
    if (shape[i] === 0) {
      const ok = !FUNCTION_WORDS.has(t.lower) && !ROLE(t.w, t.lower) && (!NOUN_ENDING(t.w, t.lower) || givenAfterSurname(i)) && (!isCommon(i, 1500) || surnameFirstAt(i) > 0) && !inSource(t);
      shape[i] = ok ? 1 : 2;
    }
    return shape[i] === 1;
  };
  const persons = new Map<string, string>(); // folded surname → full name
  const isKnownSurname = (i: number) => {
    const f = foldOf(i);
    return persons.has(f) || (f.endsWith('s') && persons.has(f.slice(0, -1)));
  };
  /** The name plainly ends at `i`: an apposition, a colon or the sentence follows, or a lowercase word (`… Teheranchi getötet`). */
  const endsName = (i: number) => {
    const t = toks[i]!, next = tokenAt(toks, i + 1);
    if (t.after === ',' || t.after === '.' || t.after === ':' || t.after === ';' || !next || next.sentence !== t.sentence) return true;
    return next.joined && !next.cap && !isParticleName(next.w) && /^\p{Ll}/u.test(next.w);
  };
  /** A lowercase adjective after an article or a preposition (`die annektierte Halbinsel`, `aus humanitären Gründen`): a noun follows. */
  const afterAdjective = (i: number) => i > 1 && toks[i]!.joined && toks[i - 1]!.joined && /^\p{Ll}+(e|en|er|es|em)$/u.test(toks[i - 1]!.w) && (DETERMINERS.has(lower(i - 2)) || FUNCTION_WORDS.has(lower(i - 2)));
  /** The report writes the word after `in` or `aus` elsewhere (`in Teheran`): a place, not a surname (`Irans Hauptstadt Teheran`). */
  const placeElsewhere = (i: number) => {
    const list = placesAt().get(foldOf(i));
    if (list) for (let k = 0; k < list.length; k++) if (list[k] !== i) return true;
    return false;
  };
  /** Capitalised words right after `in`/`aus` by fold, made on first use: a few, where `at` folds every capitalised word (a twentieth of the analysis). */
  let afterInAus: Map<string, number[]> | null = null;
  const placesAt = (): Map<string, number[]> => {
    if (afterInAus) return afterInAus;
    afterInAus = new Map();
    for (let j = 1; j < toks.length; j++) {
      if (!toks[j]!.cap || !toks[j]!.joined || (lower(j - 1) !== 'in' && lower(j - 1) !== 'aus')) continue;
      const list = afterInAus.get(foldOf(j));
      if (list) list.push(j);
      else afterInAus.set(foldOf(j), [j]);
    }
    return afterInAus;
  };
  /** A genitive of a name the report writes without its `s` (`auf Haniyehs Residenz` beside `Haniyeh`): what follows is a thing of his. */
  const genitiveOfName = (i: number) => {
    const f = foldOf(i);
    return f.length > 4 && f.endsWith('s') && at(f.slice(0, -1)).length > 0;
  };
  const isGiven = (i: number) => firstNames.has(lower(i)) || isGivenSpelling(toks[i]!.w, firstNames);
  const { surnameFirstAt, givenAfterSurname, particlesAt, particlesBefore } = nameShapes({ toks, taken, isCommon, nameLike: (i) => nameLike(i), isGivenWord });
  /** Up to three name-like words from `i` on, joined by spaces only (or a surname with particles). */
  const nameRun = (i: number): number => {
    // A surname with particles right after a role (`Kommissionspräsidentin von der Leyen`).
    const lead = particlesAt(i, true);
    if (lead) return lead + 1;
    let j = i;
    // Three words, or four when the third is the Persian article apart (`Mohammad Ali Al-e Tabrani`).
    while ((j < i + 3 || (j === i + 3 && PERSIAN_ARTICLE_APART.test(toks[j - 1]!.w))) && nameLike(j) && (j === i || toks[j]!.joined) && toks[j]!.sentence === toks[i]!.sentence) {
      // A name ends at a known surname (`Präsident Putin Witkoff empfange`).
      if (toks[j]!.after === ',' || toks[j]!.after === ':' || (j > i && isKnownSurname(j - 1))) {
        if (j > i && isKnownSurname(j - 1)) break;
        j++;
        break;
      }
      j++;
      // A given name and a surname with particles end the name (`Ursula von der Leyen`).
      const p = j === i + 1 && isParticleAt(toks, j) && isGiven(i) ? particlesAt(j, false) : 0;
      if (p) {
        j += p + 1;
        break;
      }
    }
    return j - i;
  };
  /** Capitalised words by fold → where they stand, made on first use (most reports never ask). */
  let capsAt: Map<string, number[]> | null = null;
  const at = (f: string) => {
    if (!capsAt) {
      capsAt = new Map();
      for (let j = 0; j < toks.length; j++) {
        if (!toks[j]!.cap) continue;
        const list = capsAt.get(foldOf(j));
        if (list) list.push(j);
        else capsAt.set(foldOf(j), [j]);
      }
    }
    return capsAt.get(f) ?? [];
  };
  /** Word `k` stands elsewhere in the report without the word `before` it, never after a place preposition, while `before` never stands alone. */
  const usedAlone = (k: number, before: number) => {
    const w = foldOf(k), b = foldOf(before);
    for (const j of at(b)) if (j + 1 >= toks.length || foldOf(j + 1) !== w) return false;
    let alone = 0;
    for (const j of [...at(w), ...at(`${w}s`)]) {
      if (j === k) continue;
      if (j > 0 && PLACE_PREP.has(lower(j - 1))) return false;
      if (j === 0 || foldOf(j - 1) !== b) alone++;
    }
    return alone > 0;
  };
  /** A name of three words from `i` whose last the report uses alone (see `usedAlone`). */
  const threeWordsAt = (i: number) => !!tokenAt(toks, i + 2) && toks[i + 2]!.joined && nameLike(i + 2) && endsName(i + 2) && usedAlone(i + 2, i + 1);
  const addPerson = (from: number, n: number) => {
    const words = wordsOf(toks, from, from + n);
    const full = words.join(' ');
    // Shaped like a person's, named like an organisation or a thing (`Hajat Tahrir al-Scham (HTS)`).
    const thing = thingNamed(text, toks, from, n);
    if (thing === 'organisation') found.add(from, from + n - 1, full, 'organisation');
    if (thing) {
      taken.fill(1, from, from + n);
      return;
    }
    found.add(from, from + n - 1, full, 'person');
    const sur = foldText(words[words.length - 1]!);
    const known = persons.get(sur);
    if (!known || known.split(' ').length < words.length) persons.set(sur, full);
    // Surname first: a bare `Yoon` later is this person.
    if (isSurnameFirst(words, isGivenWord) && !persons.has(foldText(words[0]!))) persons.set(foldText(words[0]!), full);
  };

  // A byline (`Von Weedah Hamzah, Johannes Sadek und Holger Mehlig`) names the authors, not people of the story.
  for (let i = 0; i < toks.length; i++) if (toks[i]!.w === 'Von' && toks[i]!.initial) i = skipByline(toks, i, taken, (k) => firstNames.has(lower(k)) || isGivenSpelling(toks[k]!.w, firstNames));
  // 0. Groups named after a word for a kind of group (`Miliz Hayat Tahrir al-Sham`).
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!toks[i]!.cap || !ORG_CUE(toks[i]!.w, toks[i]!.lower) || !toks[i + 1]!.joined) continue;
    // A given name after it names the person who speaks for it (`der Wahlbehörde Ahmet Yener`).
    if (firstNames.has(lower(i + 1))) continue;
    let j = i + 1;
    while (j < i + 5 && nameLike(j) && (j === i + 1 || toks[j]!.joined) && toks[j]!.sentence === toks[i]!.sentence && !countryNames().has(lower(j))) {
      j++;
      if (toks[j - 1]!.after === ',' || toks[j - 1]!.after === '(') break;
    }
    // One word is a name only when no common noun (`die Miliz Wagner`, not `die Gruppe Berichte`).
    if (j === i + 2 && isCommon(i + 1, 4000)) continue;
    // Three words or more without an `al-…` are the group and a person (`Söldnerarmee Wagner Jewgeni Prigoschin`).
    if (j > i + 3 && !toks.slice(i + 1, j).some((t) => isParticleName(t.w))) j = i + 2;
    if (j > i + 1) {
      found.add(i + 1, j - 1, wordsOf(toks, i + 1, j).join(' '), 'organisation');
      i = j - 1;
    }
  }
  // 1. Role cues, directly or in apposition.
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.cap || !ROLE(toks[i]!.w, toks[i]!.lower)) continue;
    const n = nameRun(i + 1);
    if (n > 0 && toks[i + 1]!.joined && !countryNames().has(lower(i + 1))) {
      addPerson(i + 1, n);
      i += n;
      continue;
    }
    // `Pressesprecherin des Weißen Hauses, Karoline Leavitt,`
    for (let k = i + 1; k < Math.min(toks.length, i + 7) && toks[k]!.sentence === toks[i]!.sentence; k++) {
      if (toks[k]!.after === ',' && nameLike(k + 1) && nameLike(k + 2) && toks[k + 2]!.joined) {
        const m = nameRun(k + 1);
        if (m >= 2) addPerson(k + 1, m);
        break;
      }
      if (/[.;:]/.test(toks[k]!.after)) break;
    }
  }
  // 2. Given name + name.
  for (let i = 0; i + 1 < toks.length; i++) {
    // A given name and a surname with particles (`Thomas de Maizière`, `Ursula von der Leyen`).
    // The particle first: it reads one word, the given-name test a large table.
    if (toks[i]!.cap && !taken[i] && !afterDeterminer(i) && nameLike(i) && isParticleAt(toks, i + 1) && isGiven(i)) {
      const p = particlesAt(i + 1, false);
      if (p) {
        addPerson(i, p + 2);
        i += p + 1;
        continue;
      }
    }
    if (!toks[i]!.cap || !(toks[i + 1]!.cap || isParticleName(toks[i + 1]!.w))) continue;
    // A surname-first name written whole again (`Lee Yae Myung` … `Lee Yae Myung,`): the same person, not two bare words.
    const again = taken[i] ? 0 : surnameFirstAt(i);
    if (again && persons.get(foldOf(i)) === wordsOf(toks, i, i + again).join(' ')) {
      addPerson(i, again);
      i += again - 1;
      continue;
    }
    if (taken[i] || afterDeterminer(i) || afterAdjective(i) || !nameLike(i) || !nameLike(i + 1) || !toks[i + 1]!.joined) continue;
    if (isKnownSurname(i) || isKnownSurname(i + 1)) continue;
    const given = firstNames.has(lower(i));
    const givenElsewhere = given || isGivenSpelling(toks[i]!.w, firstNames) || isWorldGivenName(lower(i));
    const eastAsian = surnameFirstAt(i);
    if (toks[i]!.initial && !givenElsewhere && !threeWordsAt(i) && !eastAsian) continue;
    if (isCommon(i + 1, Infinity) && !given) continue;
    // Before a name of two words, a common word is no given name but a noun (`des Russen Vadim
    // Krasikow`); alone before one word it may be (`Tucker Carlson`: the frequency list holds names).
    if (!given && !eastAsian && isCommon(i, Infinity) && tokenAt(toks, i + 2) && nameLike(i + 2) && toks[i + 2]!.joined && !isCommon(i + 2, Infinity)) continue;
    if (countryNames().has(lower(i)) || countryNames().has(lower(i + 1)) || countryNames().has(`${lower(i)} ${lower(i + 1)}`) || PLACE_PREFIX.has(toks[i]!.w)) continue;
    if (i > 0 && PLACE_PREP.has(lower(i - 1))) continue;
    if (!given && (genitiveOfName(i) || placeElsewhere(i + 1))) continue;
    // A third word only after a second given name, as `al-…` (`Mohammad Ghazi al-Jalali`), or
    // after a known given name when the name plainly ends there (`Mohammed Mehdi Tehrantschi,`:
    // given names of other languages are not in the list), so a byline's dateline stays out
    // (`Holger Mehlig Damaskus (Syrien)`).
    // Or when the report goes on to use the third word alone and never the second (`Recep Tayyip
    // Erdoğan` … `Erdoğan`: two given names the list does not hold), and never after `in`.
    const third = tokenAt(toks, i + 2) && nameLike(i + 2) && toks[i + 2]!.joined && !isCommon(i + 2, Infinity) &&
      (firstNames.has(lower(i + 1)) || isParticleName(toks[i + 2]!.w) || (givenElsewhere && endsName(i + 2)) || threeWordsAt(i) || eastAsian === 3);
    // The name of a thing or an institution (`Turnout Project`, `Scott Key Bridge`, `Scott Key-Brücke`, `Ocean Pte Ltd`).
    // A fourth word after the Persian article apart (`Mohammad Ali Al-e Tabrani`).
    const n = !third ? 2 : PERSIAN_ARTICLE_APART.test(toks[i + 2]!.w) && tokenAt(toks, i + 3)?.joined && nameLike(i + 3) ? 4 : 3;
    if (isThingHead(toks[i + n - 1]!.lower) || (tokenAt(toks, i + n)?.joined && isThingHead(lower(i + n)))) continue;
    addPerson(i, n);
    i += n - 1;
  }
  // 4. Places and 5. organisations (before bare surnames, so `Moskaus` is not taken for a person).
  const places = new Map<string, string>();
  if (options.dateline) places.set(foldText(options.dateline), options.dateline);
  const countries = countryNames();
  for (let i = 0; i < toks.length; i++) {
    if (taken[i]) continue;
    const t = toks[i]!;
    const first = t.w.charCodeAt(0);
    if (first >= 97 && first <= 122) continue; // lowercase words name nothing here
    const l = t.lower;
    const two = tokenAt(toks, i + 1) && toks[i + 1]!.joined && toks[i + 1]!.cap ? `${l} ${lower(i + 1)}` : '';
    if (two && countries.has(two)) {
      found.add(i, i + 1, countries.get(two)!, 'place');
      i++;
      continue;
    }
    if (two && INSTITUTIONS.has(two)) {
      found.add(i, i + 1, INSTITUTIONS.get(two)!, 'organisation');
      i++;
      continue;
    }
    if (countries.has(l)) {
      found.add(i, i, countries.get(l)!, 'place');
      continue;
    }
    if (INSTITUTIONS.has(l)) {
      found.add(i, i, INSTITUTIONS.get(l)!, 'organisation');
      continue;
    }
    if (isAcronym(t.w) && !NOT_ORG_ACRONYMS.has(t.w) && t.after !== '-' && !inSource(t)) {
      found.add(i, i, t.w, 'organisation');
      continue;
    }
    if (i > 0 && PLACE_PREP.has(lower(i - 1)) && t.joined) {
      if (PLACE_PREFIX.has(t.w) && tokenAt(toks, i + 1) && isCap(toks[i + 1]!.w)) {
        const name = `${t.w}${t.after === '.' ? '.' : ''} ${toks[i + 1]!.w}`;
        places.set(foldText(name), name);
        found.add(i, i + 1, name, 'place');
        i++;
        continue;
      }
      // Plural nouns take no article after `in` (`in Verhandlungen`, `nach Medienberichten`).
      if (nameLike(i) && !isCommon(i, 4000) && !/(en|sicht)$/.test(t.w) && !(tokenAt(toks, i + 1) && nameLike(i + 1) && toks[i + 1]!.joined)) {
        places.set(foldOf(i), t.w);
        found.add(i, i, t.w, 'place');
      }
    }
  }
  for (const s of sourceSpans) out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), name: s.name, kind: 'organisation' });
  // 6. A speaker named by surname alone (`…“, so Netanyahu`, `sagte Scheller`, `Chamenei erklärte`),
  // in a report that never gives the given name: the library groups it with the whole name.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (taken[i] || !t.cap || t.w.length < 4) continue;
    // The verb first: most words stand beside none, and the rest is asked of few.
    const before = i > 0 && t.joined && toks[i - 1]!.sentence === t.sentence && SPEECH(toks[i - 1]!.lower);
    const after = t.initial && tokenAt(toks, i + 1)?.joined && toks[i + 1]!.lower !== 'so' && SPEECH(toks[i + 1]!.lower);
    if (!before && !after) continue;
    if (isAcronym(t.w) || !nameLike(i) || isCommon(i, Infinity) || isKnownSurname(i)) continue;
    if (countries.has(t.lower) || places.has(foldOf(i)) || (tokenAt(toks, i + 1)?.joined && nameLike(i + 1))) continue;
    found.add(i, i, t.w, 'person');
    persons.set(foldOf(i), t.w);
  }
  // 3. Bare mentions of names already found (and their genitives and spelling variants).
  const personKeys = [...persons.keys()];
  const variantOf = surnameVariants(personKeys);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (taken[i] || !(t.cap || isParticleName(t.w)) || FUNCTION_WORDS.has(t.lower) || inSource(t)) continue;
    // The word as a name, and without a genitive `s` ('': none). Plain loops, no arrays or
    // closures: this runs for most capitalised words of every article.
    const f = foldOf(i);
    const g = f.endsWith('s') ? f.slice(0, -1) : '';
    const base = f && (persons.has(f) || places.has(f)) ? f : g && (persons.has(g) || places.has(g)) ? g : undefined;
    if (base && persons.has(base)) found.add(particlesBefore(i), i, persons.get(base)!, 'person');
    else if (base) found.add(i, i, places.get(base)!, 'place');
    else if (personKeys.length > 0 && !isCommon(i, Infinity) && !NOUN_ENDING(t.w, t.lower) && t.w.length >= 5) {
      const variant = variantOf(text, t.start, t.end, f, g);
      if (variant) found.add(i, i, /s$/.test(t.w) && !isFoldedSpellingVariant(f, variant) ? t.w.slice(0, -1) : t.w, 'person');
    }
  }
  // `Präsident Putin Witkoff empfange`: a run that starts with another person's surname is two names.
  for (const e of [...out]) {
    if (e.kind !== 'person') continue;
    const words = e.text.split(' ');
    // `Yoon Suk Yeol` beside a bare `Yoon`: one name, surname first.
    if (words.length < 2 || isSurnameFirst(words, isGivenWord)) continue;
    const f = foldText(words[0]!);
    const other = persons.get(f) ?? persons.get(f.replace(/s$/, ''));
    if (!other || other === e.name || foldText(other.split(' ').pop()!) === foldText(words[words.length - 1]!)) continue;
    out.push({ start: e.start, end: e.start + words[0]!.length, text: words[0]!, name: other, kind: 'person' });
    e.start += words[0]!.length + 1;
    e.text = text.slice(e.start, e.end);
    e.name = words.slice(1).join(' ');
  }
  // A surname alone stands for the fullest form of the name in the article (`Trump` → `Donald Trump`).
  const fullest = new Map<string, string>();
  const surnameOf = (name: string) => {
    const words = name.split(' ');
    return foldText(isSurnameFirst(words, isGivenWord) ? words[0]! : words[words.length - 1]!);
  };
  for (const e of out) {
    if (e.kind !== 'person') continue;
    const sur = surnameOf(e.name);
    const f = fullest.get(sur);
    if (!f || e.name.split(' ').length > f.split(' ').length) fullest.set(sur, e.name);
  }
  for (const e of out) if (e.kind === 'person') e.name = fullest.get(surnameOf(e.name)) ?? e.name;
  return out.sort((a, b) => a.start - b.start);
}
