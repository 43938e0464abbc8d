/**
 * The state of the name finder (`entities.ts`) over one article and the questions its passes
 * ask of a word. One class, not closures made per article: a closure of its own per article
 * made each call of it a "wrong call target" for V8, and the finder, one large function, was
 * compiled about three times on a fresh thread (each time a rare path first ran). Its passes
 * are now functions of their own over this state, each compiled for itself.
 */
import type { CitedSource } from '../../shared/api';
import { foldLowercase, foldText } from '../text/fold';
import { isSurnameFirst } from '../text/name-order';
import { ARABIC_ARTICLES, E_ARTICLES, PERSIAN_ARTICLE_APART } from '../text/name-articles';
import { wordLists } from './content-words';
import { isParticleName } from './entity-tokens';
import type { TokenTable } from './token-table';
import type { WordTable } from './word-table';
import { inEastAsianName, isParticleAt, particlesAt, surnameFirstAt, type ShapeContext } from './name-shapes';
import { isGivenSpelling, isGivenWord, isWorldGivenName, mayBeGivenName } from './given-names';
import { englishRank } from './name-openers';

import { thingNamed } from './thing-names';
import { surnameSign, wordSurnameAt } from './word-surnames';
import { verbBefore } from './verb-position';
import { isWorldCity } from './world-cities';
import { secondSurnameAt, twoSurnamesAt } from './second-surname';
import { isLexiconWord } from '../text/decompound';
import { wordRoot } from '../text/roots';
import { stemWord } from '../text/words';
import { FoundMentions, type EntityMentionRow } from './found-mentions';
import { COMPOUND_NOUN, DETERMINERS, FUNCTION_WORDS, isThingHead, NOT_ADJECTIVE, NOUN_ENDING, PERSONAL_PRONOUN, PLACE_PREP, ROLE, ROLE_COMPOUND } from './entity-words';

/** The English frequency list's first words are function words and numerals (`but`, `one`), never a surname. */
const ENGLISH_FUNCTION_WORDS = 100;

/** A regnal number after a name (`Charles III.`). */
const REGNAL = /^[IVX]{1,4}$/;

/** An Arabic article before a surname (folded: `al-`, `el-`, `asch-`). */
const ARTICLE_BEFORE = new RegExp(`^(?:${ARABIC_ARTICLES}|${E_ARTICLES})-`);

/** A cited source's span, read by index (built in one shape: a spread copied each mention's own). */
interface SourceSpan {
  start: number;
  end: number;
  name: string;
}

export class NameFinder implements ShapeContext {
  readonly common: WordTable;
  readonly firstNames: Set<string>;
  readonly taken: Uint8Array;
  readonly found: FoundMentions;
  readonly out: EntityMentionRow[];
  readonly sourceSpans: SourceSpan[] = [];
  /** Folded surname → full name. */
  readonly persons = new Map<string, string>();
  /** Folded place → the place as written (the dateline, places after `in` …). */
  readonly places = new Map<string, string>();
  /** Per word: frequency rank (-1 not looked up yet), folded form, and 0 unknown / 1 name-shaped / 2 not. */
  private readonly ranks: Float64Array;
  private readonly folded: (string | undefined)[];
  private readonly shape: Int8Array;
  /** Capitalised words right after `in`/`aus` by fold, made on first use. */
  private afterInAus: Map<string, number[]> | null = null;
  /**
   * Where the capitalised words stand, in text order, made on first use (most reports never
   * ask). A report asks `at` ~3 times and has ~150 capitalised words: scanning them costs less
   * than a map of every fold with an array each, which was a tenth of what an article allocated.
   */
  private caps: Int32Array | null = null;
  /** Per word as written: whether the report tells it a surname (`word-surnames.ts`), asked on first use. */
  private signs: Map<string, boolean> | null = null;

  constructor(
    readonly text: string,
    readonly toks: TokenTable,
    sources: CitedSource[],
  ) {
    const lists = wordLists();
    this.common = lists.common;
    this.firstNames = lists.firstNames;
    this.taken = new Uint8Array(toks.length);
    this.found = new FoundMentions(text, toks, this.taken);
    this.out = this.found.out;
    for (const s of sources) for (const m of s.mentions) this.sourceSpans.push({ start: m.start, end: m.end, name: s.name });
    this.ranks = new Float64Array(toks.length).fill(-1);
    this.folded = new Array<string | undefined>(toks.length);
    this.shape = new Int8Array(toks.length);
  }

  /** Word `i` lies inside a cited source's mention. */
  inSource(i: number): boolean {
    const spans = this.sourceSpans;
    for (let k = 0; k < spans.length; k++) if (this.toks.start[i]! >= spans[k]!.start && this.toks.end[i]! <= spans[k]!.end) return true;
    return false;
  }

  /** Word `i` lowercase, '' outside the table (never a read past its end: V8 drops code that meets one it had not seen). */
  lower(i: number): string {
    return i >= 0 && i < this.toks.length ? this.toks.lower(i) : '';
  }

  afterDeterminer(i: number): boolean {
    return i > 0 && this.toks.joined(i) && DETERMINERS.has(this.lower(i - 1));
  }

  /** A frequent German word (below `rank` in the frequency list, which holds lowercase words). */
  isCommon(i: number, rank: number): boolean {
    if (this.ranks[i] === -1) this.ranks[i] = this.common.get(this.toks.lower(i)) ?? Infinity;
    return this.ranks[i]! < rank;
  }

  foldOf(i: number): string {
    return (this.folded[i] ??= foldLowercase(this.toks.lower(i)));
  }

  isGiven(i: number): boolean {
    return this.firstNames.has(this.lower(i)) || isGivenSpelling(this.toks.w(i), this.firstNames);
  }

  /** Could word `i` be (part of) a name? */
  nameLike(i: number): boolean {
    const toks = this.toks;
    if (i >= toks.length) return false;
    if (this.taken[i] || !(toks.cap(i) || isParticleName(toks.w(i))) || toks.end[i]! - toks.start[i]! < 2) return false;
    if (this.shape[i] === 0) {
      const w = toks.w(i), l = toks.lower(i);
      // A given name of the German list is name-like however frequent the word (`Peter`, `Maria`,
      // `Michael` are among the 1,500 most frequent words of the list, which is drawn from subtitles).
      // The compound test last: most words it would catch another test has already (`-ung`, frequent).
      // A word of an East Asian name surname first is name-like however it reads in German (`inEastAsianName`).
      const ok = (!FUNCTION_WORDS.has(l) && !ROLE(w, l) && !ROLE_COMPOUND(w, l) && (!NOUN_ENDING(w, l) || this.englishSurnameAfterGiven(i) || this.wordSurname(i)) && (!this.isCommon(i, 1500) || this.firstNames.has(l) || this.frequentGivenBefore(i) || this.wordSurname(i)) && !this.inSource(i) && !COMPOUND_NOUN(l)) ||
        (inEastAsianName(this, i, l) && !this.inSource(i));
      this.shape[i] = ok ? 1 : 2;
    }
    return this.shape[i] === 1;
  }

  /** A surname that is a frequent German word, after a given name (`Sebastian Kurz`): `word-surnames.ts`. */
  wordSurname(i: number): boolean {
    const signs = (this.signs ??= new Map());
    const sign = () => signs.get(this.toks.w(i)) ?? signs.set(this.toks.w(i), surnameSign(this.text, this.toks.w(i), this.lower(i))).get(this.toks.w(i))!;
    return wordSurnameAt(this.toks, i, (k) => this.firstNames.has(this.lower(k)) || isWorldGivenName(this.lower(k)), sign);
  }

  /**
   * A given name of another language that the frequency list (drawn from subtitles) holds among
   * its most frequent words (`George`, `Harry`, `Jimmy`, `Bob`), capitalised within a sentence, with
   * no article before it and no city's name, before a capitalised word that is no German word
   * (the list holds English surnames too, `carter`, `king`, below its most frequent): it opens a
   * name (`George Osborne`, `Jimmy Carter`). Not at a sentence's start (`Will Scholz …?`).
   */
  private frequentGivenBefore(i: number): boolean {
    const toks = this.toks, l = this.lower(i);
    if (i === 0 || toks.sentence[i - 1] !== toks.sentence[i] || DETERMINERS.has(this.lower(i - 1)) || !mayBeGivenName(l) || isWorldCity(l)) return false;
    // A surname of three letters or more: `Paris St. Germain` is no one.
    if (!toks.has(i + 1) || !toks.joined(i + 1) || !toks.cap(i + 1) || toks.sentence[i + 1] !== toks.sentence[i] || toks.end[i + 1]! - toks.start[i + 1]! < 3 || this.isCommon(i + 1, 1500)) return false;
    const next = this.foldOf(i + 1);
    return !isLexiconWord(wordRoot(toks.w(i + 1), next, stemWord(next)));
  }

  /**
   * Word `i` is a frequent English word that is no German word (`King`, `Young`, `Carter`: the
   * frequency list, drawn from subtitles, holds them), capitalised, of three letters or more and
   * no thing's head (`Street`): after a given name, an English surname the frequency list or a
   * German noun ending (`Young`) would otherwise cut from the name.
   */
  englishSurname(i: number): boolean {
    const toks = this.toks, l = this.lower(i);
    // A German given name there is as likely a second given name (`Beatrix Karl`: the list holds `karl`).
    if (!toks.has(i) || !toks.cap(i) || toks.end[i]! - toks.start[i]! < 3 || englishRank(l) < ENGLISH_FUNCTION_WORDS || isThingHead(l) || this.firstNames.has(l)) return false;
    // A plural of an English word that is no given name names a team (`Dallas Stars`); `Rogers` may be a surname.
    if (l.endsWith('s') && englishRank(l.slice(0, -1)) >= 0 && !mayBeGivenName(l.slice(0, -1))) return false;
    // The name ends there: a capitalised word after it makes a title or a team (`Columbus Blue Jackets`).
    const next = i + 1;
    if (toks.has(next) && toks.joined(next) && toks.sentence[next] === toks.sentence[i] && toks.cap(next) && toks.end[next]! - toks.start[next]! >= 4) return false;
    const f = this.foldOf(i);
    return !isLexiconWord(wordRoot(toks.w(i), f, stemWord(f)));
  }

  /** An English surname (`englishSurname`) right after a given name of any list, in one sentence (`Peter Young`). */
  private englishSurnameAfterGiven(i: number): boolean {
    const toks = this.toks;
    if (i === 0 || !toks.joined(i) || toks.sentence[i - 1] !== toks.sentence[i] || !toks.cap(i - 1)) return false;
    const before = this.lower(i - 1);
    return (this.firstNames.has(before) || isWorldGivenName(before)) && this.englishSurname(i);
  }

  /**
   * After a given name at `i`: 2 when an English surname (`englishSurname`) follows it (`Carole
   * King`), 3 when a second given name of any list and then one follow (`Martin Luther King`,
   * `Billie Jean King`), else 0. The frequency list, drawn from subtitles, holds English surnames
   * (`king`, `young`) and given names (`jean`), so a name of them was cut or lost.
   */
  englishSurnameAfter(i: number): number {
    const toks = this.toks;
    if (!toks.has(i + 1) || !toks.joined(i + 1) || toks.sentence[i + 1] !== toks.sentence[i]) return 0;
    if (this.englishSurname(i + 1)) return 2;
    const second = this.lower(i + 1);
    if (!toks.cap(i + 1) || !(this.firstNames.has(second) || mayBeGivenName(second)) || !toks.has(i + 2) || !toks.joined(i + 2) || toks.sentence[i + 2] !== toks.sentence[i]) return 0;
    return this.englishSurname(i + 2) ? 3 : 0;
  }

  /**
   * Word `i`, right after a role, is a given name of another language alone that the frequency
   * list holds among its most frequent words, so no name-like word (`König Charles`, `Prinz
   * Harry`): a person when the name plainly ends there or a regnal number follows. Not a German
   * word (`Frank`), nor a city's name.
   */
  frequentGivenAlone(i: number): boolean {
    const toks = this.toks;
    if (!toks.has(i) || !toks.joined(i) || !toks.cap(i) || this.taken[i] || toks.sentence[i - 1] !== toks.sentence[i] || toks.end[i]! - toks.start[i]! < 3) return false;
    const l = this.lower(i);
    if (!this.isCommon(i, 1500) || this.firstNames.has(l) || !mayBeGivenName(l) || isWorldCity(l) || this.inSource(i)) return false;
    const f = this.foldOf(i);
    if (isLexiconWord(wordRoot(toks.w(i), f, stemWord(f)))) return false;
    return this.endsName(i) || (toks.has(i + 1) && toks.joined(i + 1) && REGNAL.test(toks.w(i + 1)));
  }

  isKnownSurname(i: number): boolean {
    const f = this.foldOf(i);
    return this.persons.has(f) || (f.endsWith('s') && this.persons.has(f.slice(0, -1)));
  }

  /** The name plainly ends at `i`: an apposition, a colon or the sentence follows, or a lowercase word (`… Teheranchi getötet`). */
  endsName(i: number): boolean {
    const toks = this.toks;
    const a = toks.after[i], next = i + 1;
    if (a === 44 || a === 46 || a === 58 || a === 59 || !toks.has(next) || toks.sentence[next] !== toks.sentence[i]) return true;
    return toks.joined(next) && !toks.cap(next) && !isParticleName(toks.w(next)) && /^\p{Ll}/u.test(toks.w(next));
  }

  /**
   * A lowercase adjective after an article or a preposition (`aus humanitären Gründen`): a noun follows. Not a verb after its subject or an
   * opening adverb (`Sie trafen Martin Luther King`), nor a preposition (`gegen Roger Federer`), before a given name: a name follows
   * that. A noun may follow a verb too (`Dann habe Niederösterreichs Landeshauptmann …`), so a given name must open it, or a surname
   * written first (`Gestern sagte Lee Kuan Yew`).
   */
  afterAdjective(i: number): boolean {
    const toks = this.toks;
    return i > 1 && toks.joined(i) && toks.joined(i - 1) && /^\p{Ll}+(e|en|er|es|em)$/u.test(toks.w(i - 1)) && (DETERMINERS.has(this.lower(i - 2)) || FUNCTION_WORDS.has(this.lower(i - 2))) &&
      !(verbBefore(toks, i, (k) => this.lower(k)) && (this.isGiven(i) || isWorldGivenName(this.lower(i)) || surnameFirstAt(this, i) > 0)) &&
      !((NOT_ADJECTIVE.has(this.lower(i - 1)) || PERSONAL_PRONOUN.has(this.lower(i - 2))) && (this.isGiven(i) || mayBeGivenName(this.lower(i))));
  }

  /** The report writes the word after `in` or `aus` elsewhere (`in Teheran`): a place, not a surname (`Irans Hauptstadt Teheran`). */
  placeElsewhere(i: number): boolean {
    const list = this.placesAt().get(this.foldOf(i));
    if (list) for (let k = 0; k < list.length; k++) if (list[k] !== i) return true;
    return false;
  }

  /**
   * The pair of words `i`, `i + 1` stands elsewhere in the report as a place's name does: right
   * after `in`/`aus`, or after `im` and an adjective (`am Bahnhof von Novi Sad` … `in Novi Sad`,
   * `im serbischen Novi Sad`) twice or more: a place of two words, however it reads here. Once is
   * no evidence (`fanden ihn in Rudolf Kirchschläger`), nor is a genitive (`in Steven Spielbergs
   * Thriller`).
   */
  pairPlaceElsewhere(i: number): boolean {
    const toks = this.toks;
    if (!toks.has(i + 1)) return false;
    const second = this.foldOf(i + 1);
    if (second.endsWith('s')) return false;
    let places = 0;
    for (const j of this.at(this.foldOf(i))) {
      if (j === i || j < 1 || !toks.has(j + 1) || !toks.joined(j + 1) || this.foldOf(j + 1) !== second || !toks.joined(j)) continue;
      const before = this.lower(j - 1);
      if (before === 'in' || before === 'aus') places++;
      else if (j >= 2 && toks.joined(j - 1) && this.lower(j - 2) === 'im' && toks.w(j - 1) === before && before.endsWith('en')) places++;
    }
    return places >= 2;
  }

  /** Capitalised words right after `in`/`aus`: a few, where `at` folds every capitalised word (a twentieth of the analysis). */
  private placesAt(): Map<string, number[]> {
    if (this.afterInAus) return this.afterInAus;
    const toks = this.toks;
    const map = (this.afterInAus = new Map<string, number[]>());
    for (let j = 1; j < toks.length; j++) {
      if (!toks.cap(j) || !toks.joined(j) || (this.lower(j - 1) !== 'in' && this.lower(j - 1) !== 'aus')) continue;
      const list = map.get(this.foldOf(j));
      if (list) list.push(j);
      else map.set(this.foldOf(j), [j]);
    }
    return map;
  }

  /** A genitive of a name the report writes without its `s` (`auf Haniyehs Residenz` beside `Haniyeh`): what follows is a thing of his. */
  genitiveOfName(i: number): boolean {
    const f = this.foldOf(i);
    return f.length > 4 && f.endsWith('s') && this.at(f.slice(0, -1)).length > 0;
  }

  /** Where the capitalised words of fold `f` stand. */
  at(f: string): number[] {
    const caps = (this.caps ??= this.capitalised());
    const out: number[] = [];
    for (let k = 0; k < caps.length; k++) if (this.foldOf(caps[k]!) === f) out.push(caps[k]!);
    return out;
  }

  /** The indexes of the capitalised words, in text order. */
  private capitalised(): Int32Array {
    const toks = this.toks;
    let n = 0;
    for (let j = 0; j < toks.length; j++) if (toks.cap(j)) n++;
    const caps = new Int32Array(n);
    for (let j = 0, k = 0; j < toks.length; j++) if (toks.cap(j)) caps[k++] = j;
    return caps;
  }

  /** Up to three name-like words from `i` on, joined by spaces only (or a surname with particles). */
  nameRun(i: number): number {
    const toks = this.toks;
    // A surname with particles right after a role (`Kommissionspräsidentin von der Leyen`).
    const lead = particlesAt(this, i, true);
    if (lead) return lead + 1;
    let j = i;
    // A surname first is no known surname that ends the name (`Machthaber Kim Jong Un` beside `Kim`);
    // asked only where it matters (most runs meet no known surname and no frequent word).
    let shape = -1;
    const eastAsian = () => (shape < 0 ? (shape = surnameFirstAt(this, i)) : shape);
    // Three words, or four when the third is the Persian article apart (`Mohammad Ali Al-e Tabrani`) or
    // two given names go before two surnames (`José Luis Rodríguez Zapatero`).
    while ((j < i + 3 || (j === i + 3 && (PERSIAN_ARTICLE_APART.test(toks.w(j - 1)) || twoSurnamesAt(this, i)))) && this.nameLike(j) && (j === i || toks.joined(j)) && toks.sentence[j] === toks.sentence[i]) {
      // A common word after a name of two is no third word of it (`Yoav Gallant Berichten zufolge`),
      // unless a second given name of any list goes before it (`Johann Sebastian Bach`, `Iain Duncan Smith`).
      if (j === i + 2 && this.isCommon(j, Infinity) && !this.isGiven(i + 1) && !mayBeGivenName(this.lower(i + 1)) && eastAsian() !== 3) break;
      // A name ends at a known surname (`Präsident Putin Witkoff empfange`).
      const known = j > i && this.isKnownSurname(j - 1) && j - i >= eastAsian() && !secondSurnameAt(this, i, j);
      if (toks.after[j] === 44 || toks.after[j] === 58 || known) {
        if (known) break;
        j++;
        break;
      }
      j++;
      // A given name and a surname with particles end the name (`Ursula von der Leyen`).
      const p = j === i + 1 && isParticleAt(toks, j, true) && this.isGiven(i) ? particlesAt(this, j, false, true) : 0;
      if (p) {
        j += p + 1;
        break;
      }
    }
    return j - i;
  }

  /** Word `k` stands elsewhere in the report without the word `before` it, never after a place preposition, while `before` never stands alone. */
  usedAlone(k: number, before: number): boolean {
    const w = this.foldOf(k), b = this.foldOf(before);
    for (const j of this.at(b)) if (j + 1 >= this.toks.length || this.foldOf(j + 1) !== w) return false;
    let alone = 0;
    for (const j of [...this.at(w), ...this.at(`${w}s`)]) {
      if (j === k) continue;
      if (j > 0 && PLACE_PREP.has(this.lower(j - 1))) return false;
      if (j === 0 || this.foldOf(j - 1) !== b) alone++;
    }
    return alone > 0;
  }

  /** Word `k` stands elsewhere in the report after a place preposition (`nach Damaskus`): a place. */
  placeAfterPrep(k: number): boolean {
    for (const j of this.at(this.foldOf(k))) if (j !== k && j > 0 && PLACE_PREP.has(this.lower(j - 1))) return true;
    return false;
  }

  /** A name of three words from `i` whose last the report uses alone (see `usedAlone`). */
  threeWordsAt(i: number): boolean {
    return this.toks.has(i + 2) && this.toks.joined(i + 2) && this.nameLike(i + 2) && this.endsName(i + 2) && this.usedAlone(i + 2, i + 1);
  }

  /** Words `from … from + n - 1` as a person, unless they name an organisation or a thing. */
  addPerson(from: number, n: number): void {
    const words = this.toks.wordsOf(from, from + n);
    const full = words.join(' ');
    // Shaped like a person's, named like an organisation or a thing (`Hajat Tahrir al-Scham (HTS)`).
    // A city of two words read as a given name and a surname (`von Tel Aviv`).
    if (isWorldCity(full)) {
      this.found.add(from, from + n - 1, full, 'place');
      this.taken.fill(1, from, from + n);
      return;
    }
    const thing = thingNamed(this.text, this.toks, from, n);
    if (thing === 'organisation') this.found.add(from, from + n - 1, full, 'organisation');
    if (thing) {
      this.taken.fill(1, from, from + n);
      return;
    }
    this.found.add(from, from + n - 1, full, 'person');
    const sur = foldText(words[words.length - 1]!);
    const known = this.persons.get(sur);
    if (!known || known.split(' ').length < words.length) this.persons.set(sur, full);
    // Two given names and two surnames: a bare first surname is this person too (`López` of `Andrés Manuel López Obrador`).
    if (words.length === 4 && !PERSIAN_ARTICLE_APART.test(words[2]!) && !this.persons.has(foldText(words[2]!))) this.persons.set(foldText(words[2]!), full);
    // The surname without its Arabic article (`al-Assad`): `Assads Rücktritt` is his, `Assad` is he.
    const bare = sur.replace(ARTICLE_BEFORE, '');
    if (bare !== sur && bare.length > 2 && !this.persons.has(bare)) this.persons.set(bare, full);
    // Surname first: a bare `Yoon` later is this person.
    if (isSurnameFirst(words, isGivenWord, true) && !this.persons.has(foldText(words[0]!))) this.persons.set(foldText(words[0]!), full);
  }
}
