/**
 * Names shaped like a person's (a given name and a surname, a role and a word) that the words
 * around them show to name something else. The name finder (`entities.ts`) asks before it
 * files a person; each cue is a kind of text, not a list of names:
 *
 * - **its own acronym in brackets** after or before it (`Hajat Tahrir al-Scham (HTS)`, `HTS
 *   (Hayat Tahrir al-Sham)`): the letters are the initials of its words, so it is an
 *   organisation (a part after an article's hyphen counts by its own initial, `al-Scham` → S);
 * - **the whole of a quotation** (`das "Star Spangled Banner"`): a title, of a song, a book, a
 *   film or an operation; a quote that goes on after the name is speech (`„Michail Gorbatschow
 *   ist …`), which stays a person;
 * - **English `the` before it** (`the Armed Forces of Ukraine`): no person's name takes an
 *   article in English; nor follows English `of` after a capitalised word (`Journal of
 *   Experimental Biology`);
 * - **holding a country's English name** and no given name (`Casinos Austria`, `Austria
 *   Salzburg`; `name-openers.ts`): a firm, a club or a team;
 * - **after the head of a thing's name or a word for a type** (`Flughafen Imam Khomeini`, `vom
 *   Typ Embraer Legacy`), also across a role word (`Imam`): a place or a product named after
 *   someone, not the person;
 * - **after a word for a place or a club** (`in dem Ort Aung Ban`, `zum Klub Spartak-Alanya`)
 *   or a club's abbreviation (`SC Wiener Neustadt`), or opening with a club's first word
 *   (`Dinamo Tblisi`);
 * - **after a word for an institution or a site**, or a compound it ends (`das Hauptquartier
 *   Khatam al-Anbiya`, `im Straflager Polar Wolf`, a firm: `des Recyclingunternehmens Häusle`), when no word of it is a given name;
 * - **opening with a declined adjective or an English demonym** (`des Roten Halbmonds`,
 *   `Georgian Dream`; `name-openers.ts`);
 * - **opening with the word for a place, a club, an institution or a site itself** (`im Dorf
 *   Sitra`, `im Tiergarten Schönbrunn`, `die Kanzlei Qianqian`, `Sport-Club Freiburg`), or with a
 *   word for a type (`App Blinq`, `Serie Vorstadtweiber`): the cue above, taken into the run
 *   because it is capitalised;
 * - **named by its own words** (`thing-words.ts`): English words that are no given names
 *   (`Champions League`), a company's legal form (`Zielpunkt GmbH`), a genitive before a noun
 *   (`Poulencs Klavierkonzert`), a long German noun first (`Spitzenreiter Rapid`);
 * - **after a word for a ship or a storm**, or opening with one (`der Zerstörer Donald Cook`,
 *   `Hurrikan Joaquin`, `Tief Xaver`): a person's name given to a thing;
 * - **opening with a frequent English word that is no given name** (`Open Access`, `It Happens`;
 *   `name-openers.ts`): a title, a product, a team or a firm;
 * - **after a number** (`11.200 Euro Schmerzengeld`, `9,8 Milliarden Liter Kraftstoffe`): a unit
 *   and the thing counted, which a person's name never follows (`27. Hans Moser`, a rank, has
 *   its point);
 * - **holding a type designation** (`Kampfjet MiG-29`, `Jäger Su-35S`): letters, a hyphen and a
 *   number are a model's, no person's name.
 */
import { isAcronym } from './entity-tokens';
import type { TokenTable } from './token-table';
import { isThingHead, ROLE } from './entity-words';
import { hasGivenName, holdsEnglishCountry, isEnglishDemonym, opensOrganisation, opensWithEnglishWord } from './name-openers';
import { namedByItsWords } from './thing-words';

/** What a run of name words names when it is no person: an organisation, or a thing to leave unnamed. */
export type ThingKind = 'organisation' | 'thing';

/**
 * Words for a type, a model or a kind of product or work, after which capitalised words name it
 * (`vom Typ Embraer Legacy`, `im Getränk Pepsi`, `das Medikament Ozempic`, `der Film Oppenheimer`).
 */
const TYPE_WORD = new Set(
  ('typ typs modell modells marke getränk getränks limonade medikament medikaments präparat präparats produkt produkts ' +
    'software app spiel spiels film films serie roman romans album albums').split(' '),
);
/**
 * Words for a place or a club, after which capitalised words name it (`in dem Ort Aung Ban`, `die
 * Hafenstadt …`, `zum Klub Spartak …`); with the compounds a place word ends (`-stadt`, `-dorf`).
 */
const PLACE_OR_CLUB_WORD = new Set(
  ('ort orts dorf dorfes stadt gemeinde provinz region bezirk distrikt landkreis kreis insel kanton bundesstaat ' +
    // A part of a town (`Stadtteil Nguyen Du`, `im Viertel Bab Tuma`).
    'stadtteil ortsteil viertel stadtviertel vorort ' +
    'klub klubs club clubs verein vereins fußballklub fußballverein').split(' '),
);
const PLACE_COMPOUND = /(?:stadt|dorf|provinz|region|bezirk|viertel)$/;
/** A place or club word, also in its genitive (`des Bundesstaates Tripura`, `des Bezirks Tran Vu`). */
function isPlaceOrClubWord(lower: string): boolean {
  if (PLACE_OR_CLUB_WORD.has(lower)) return true;
  if (!lower.endsWith('s')) return false;
  return PLACE_OR_CLUB_WORD.has(lower.slice(0, -1)) || (lower.endsWith('es') && PLACE_OR_CLUB_WORD.has(lower.slice(0, -2)));
}
/**
 * Words for a ship or a storm (also ending a compound: `US-Lenkwaffenzerstörer`), after which,
 * or opening a run, a person's name names the ship or the storm (`Hurrikan Joaquin`).
 */
const VESSEL_OR_STORM = /(?:zerstörer|schiff|fregatte|kreuzer|flugzeugträger|boot|tanker|frachter|jacht|yacht|hurrikan|taifun|zyklon|wirbelsturm|tropensturm|orkan|sturmtief)s?$|^(?:tief|hoch)s?$/;
/**
 * A number right before a run (`11.200 Euro`, `9,8 Milliarden Liter`): digits not of a score
 * (`2:1`), not a rank (`27. Hans Moser`, its point is outside the digits) and not a year (`war
 * 1966 Hans Moser`), or a magnitude word.
 */
const NUMBER_BEFORE = /(?:(?<![\d.,:])(?!(?:1[5-9]|20)\d\d\s)\d+(?:[.,]\d+)*|(?<!\p{L})(?:Millionen|Milliarden|Million|Milliarde|Mio\.|Mrd\.|Tausend|Tausende|Hunderte|Dutzende))\s+$/u;
/**
 * Words for an institution or a site, alone or ending a compound (`Hauptquartier`,
 * `Nachrichtenagentur`, `Strafkolonie`), after which capitalised words name it.
 */
const INSTITUTION_WORD = /(?:firma|unternehmens?|konzerns?|quartier|zentrale|stützpunkt|stiftung|organisation|behörde|ministerium|gefängnis|lager|kolonie|moschee|kathedrale|schrein|mausoleum|krankenhaus|klinik|partei|bewegung|sender|zeitung|zeitschrift|magazin|portal|plattform|agentur|kanzlei|schloss|palast|kloster|tiergarten|stadion)$/;
/**
 * First words of sports clubs' names (`Dinamo Tblisi`, `Spartak Wladikawkas`, `Borussia
 * Dortmund`): the club, not a person, whatever follows.
 */
const CLUB_FIRST = new Set(['dinamo', 'dynamo', 'spartak', 'lokomotive', 'lokomotiv', 'zenit', 'torpedo', 'sporting', 'olympique', 'borussia', 'eintracht', 'fortuna', 'hertha', 'partizan', 'atlético', 'atletico']);
/** A model's designation: a few letters, a hyphen and a number (`MiG-29`, `F-16`, `Tu-154M`, `S-400`). */
const TYPE_DESIGNATION = /^\p{L}{1,4}-\d+\p{L}?\d*$/u;
/** A sports club's abbreviation before its name (`SC Wiener Neustadt`, `VfL …`): the club, not a person. */
const CLUB_ABBREVIATION = new Set(['FC', 'SC', 'SV', 'SK', 'AC', 'VfB', 'VfL', 'TSV', 'TSG', 'SSC', 'BSC', 'SpVgg', 'KSV', 'FK', 'NK', 'SSV', 'FSV', 'TuS', 'RSC', 'AFC']);
const OPEN_QUOTE = /["„“«»‚‘'‹›]\s*$/u;
const CLOSE_QUOTE = /^\s*["“”«»‘’'‹›]/u;

/** The kind of thing the words `from … from + n - 1` name instead of a person, or null (a person). */
export function thingNamed(text: string, toks: TokenTable, from: number, n: number): ThingKind | null {
  // The run may be the end of a longer one the finder did not take whole (`Star` of `Star
  // Spangled Banner`, `Hayat` of `Hayat Tahrir al-Sham`): up to two capitalised words before it.
  for (let start = from; start >= Math.max(0, from - 2); start--) {
    if (start < from && !(toks.joined(start + 1) && toks.cap(start) && toks.sentence[start] === toks.sentence[from])) break;
    const kind = abbreviatedOrQuoted(text, toks, start, from + n);
    if (kind) return kind;
  }
  const prev = from - 1;
  const run = toks.wordsOf(from, from + n);
  if (CLUB_FIRST.has(toks.lower(from)) || opensOrganisation(run) || holdsEnglishCountry(run)) return 'organisation';
  const opener = openedByItsKind(toks, from, n, run);
  if (opener) return opener;
  if (opensWithEnglishWord(run)) return 'thing';
  const own = namedByItsWords(run, toks.has(from + n) && toks.joined(from + n) && toks.sentence[from + n] === toks.sentence[from] ? toks.w(from + n) : null);
  if (own) return own;
  if (NUMBER_BEFORE.test(text.slice(Math.max(0, toks.start[from]! - 24), toks.start[from]))) return 'thing';
  if (run.some((w) => TYPE_DESIGNATION.test(w))) return 'thing';
  if (toks.has(prev) && toks.joined(from) && toks.sentence[prev] === toks.sentence[from] && VESSEL_OR_STORM.test(toks.lower(prev))) return 'thing';
  // `Iranian Red Crescent`, of which the finder took `Red Crescent` (a German word before the run
  // may be a role made of an adjective, `der Angeklagte Marlow`: only a demonym counts there).
  if (toks.has(prev) && toks.joined(from) && toks.cap(prev) && toks.sentence[prev] === toks.sentence[from] && isEnglishDemonym(toks.lower(prev))) return 'organisation';
  if (!toks.has(prev) || !toks.joined(from)) return null;
  if (CLUB_ABBREVIATION.has(toks.w(prev))) return 'organisation';
  if (isPlaceOrClubWord(toks.lower(prev)) || (toks.cap(prev) && PLACE_COMPOUND.test(toks.lower(prev)))) return 'thing';
  // Not a person with a given name: the institution may be a genitive before its head (`der
  // Vorsitzende der Wahlbehörde Ahmet Yener`).
  if (toks.cap(prev) && INSTITUTION_WORD.test(toks.lower(prev)) && !hasGivenName(run)) return 'organisation';
  // English `of` after a capitalised word: the rest of an English name (`Journal of Experimental
  // Biology`, `University of British Columbia`, `Bank of America`), not a person's.
  if (toks.lower(prev) === 'the' || (toks.lower(prev) === 'of' && toks.has(prev - 1) && toks.joined(prev) && toks.cap(prev - 1))) return 'thing';
  // `Flughafen Imam Khomeini`: past a role word to the head before it.
  const head = ROLE(toks.w(prev), toks.lower(prev)) && toks.joined(prev) ? from - 2 : prev;
  if (toks.has(head) && (isThingHead(toks.lower(head)) || TYPE_WORD.has(toks.lower(head)))) return 'thing';
  return null;
}

/**
 * A run whose first word is itself the word for what it names (`Dorf Sitra`, `Kanzlei
 * Qianqian`, `Hurrikans Joaquin`), when that word is no given name (`Hoch` is no one's).
 */
function openedByItsKind(toks: TokenTable, from: number, n: number, run: string[]): ThingKind | null {
  if (n < 2) return null;
  const first = toks.lower(from);
  if (hasGivenName(run.slice(0, 1))) return null;
  // The kind's word may end a hyphenated first word (`Sport-Club Freiburg`).
  if (isPlaceOrClubWord(first.slice(first.lastIndexOf('-') + 1)) || PLACE_COMPOUND.test(first) || VESSEL_OR_STORM.test(first) || TYPE_WORD.has(first)) return 'thing';
  return INSTITUTION_WORD.test(first) && !hasGivenName(run) ? 'organisation' : null;
}

/** Its own acronym in brackets beside the words `from … to - 1`, or a quotation that is all of it. */
function abbreviatedOrQuoted(text: string, toks: TokenTable, from: number, to: number): ThingKind | null {
  const firstStart = toks.start[from]!, lastEnd = toks.end[to - 1]!;
  const next = toks.has(to) ? to : -1, prev = toks.has(from - 1) ? from - 1 : -1;
  const words = toks.wordsOf(from, to);
  // `Hajat Tahrir al-Scham (HTS)`, `HTS (Hayat Tahrir al-Sham)`.
  if (next >= 0 && isAcronym(toks.w(next)) && /^\s*\($/.test(text.slice(lastEnd, toks.start[next])) && spells(toks.w(next), words)) return 'organisation';
  if (prev >= 0 && isAcronym(toks.w(prev)) && /^\s*\($/.test(text.slice(toks.end[prev], firstStart)) && spells(toks.w(prev), words)) return 'organisation';
  // `das "Star Spangled Banner" schrieb`: the quotation is the name and nothing more.
  const before = text.slice(prev >= 0 ? toks.end[prev]! : Math.max(0, firstStart - 3), firstStart);
  const after = text.slice(lastEnd, next >= 0 ? toks.start[next] : lastEnd + 3);
  return OPEN_QUOTE.test(before) && CLOSE_QUOTE.test(after) ? 'thing' : null;
}

/** Whether an acronym's letters are the initials of the words, in order (`HTS` of `Hajat Tahrir al-Scham`). */
function spells(acronym: string, words: string[]): boolean {
  const initials = words.map((w) => (w.match(/(?:^|-)(\p{Lu})/u)?.[1] ?? w[0]!).toUpperCase()).join('');
  return initials === acronym.toUpperCase();
}
