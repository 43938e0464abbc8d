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
 *   article in English;
 * - **after the head of a thing's name or a word for a type** (`Flughafen Imam Khomeini`, `vom
 *   Typ Embraer Legacy`), also across a role word (`Imam`): a place or a product named after
 *   someone, not the person;
 * - **after a word for a place or a club** (`in dem Ort Aung Ban`, `zum Klub Spartak-Alanya`),
 *   or opening with a club's first word (`Dinamo Tblisi`).
 */
import type { Tok } from './entity-tokens';
import { isAcronym, tokenAt, wordsOf } from './entity-tokens';
import { isThingHead, ROLE } from './entity-words';

/** What a run of name words names when it is no person: an organisation, or a thing to leave unnamed. */
export type ThingKind = 'organisation' | 'thing';

/** Words for a type or a model, after which capitalised words name a product (`vom Typ Embraer Legacy`). */
const TYPE_WORD = new Set(['typ', 'typs', 'modell', 'modells', 'marke']);
/**
 * Words for a place or a club, after which capitalised words name it (`in dem Ort Aung Ban`, `die
 * Hafenstadt …`, `zum Klub Spartak …`); with the compounds a place word ends (`-stadt`, `-dorf`).
 */
const PLACE_OR_CLUB_WORD = new Set(
  ('ort orts dorf dorfes stadt gemeinde provinz region bezirk distrikt landkreis kreis insel kanton bundesstaat ' +
    'klub klubs verein vereins fußballklub fußballverein').split(' '),
);
const PLACE_COMPOUND = /(?:stadt|dorf|provinz|region)$/;
/**
 * First words of sports clubs' names (`Dinamo Tblisi`, `Spartak Wladikawkas`, `Borussia
 * Dortmund`): the club, not a person, whatever follows.
 */
const CLUB_FIRST = new Set(['dinamo', 'dynamo', 'spartak', 'lokomotive', 'lokomotiv', 'zenit', 'torpedo', 'sporting', 'olympique', 'borussia', 'eintracht', 'fortuna', 'hertha', 'partizan', 'atlético', 'atletico']);
const OPEN_QUOTE = /["„“«»‚‘'‹›]\s*$/u;
const CLOSE_QUOTE = /^\s*["“”«»‘’'‹›]/u;

/** The kind of thing the words `toks[from … from + n - 1]` name instead of a person, or null (a person). */
export function thingNamed(text: string, toks: readonly Tok[], from: number, n: number): ThingKind | null {
  const first = toks[from]!;
  // The run may be the end of a longer one the finder did not take whole (`Star` of `Star
  // Spangled Banner`, `Hayat` of `Hayat Tahrir al-Sham`): up to two capitalised words before it.
  for (let start = from; start >= Math.max(0, from - 2); start--) {
    if (start < from && !(toks[start + 1]!.joined && toks[start]!.cap && toks[start]!.sentence === first.sentence)) break;
    const kind = abbreviatedOrQuoted(text, toks, start, from + n);
    if (kind) return kind;
  }
  if (CLUB_FIRST.has(first.lower)) return 'organisation';
  const prev = tokenAt(toks, from - 1);
  if (!prev || !first.joined) return null;
  if (PLACE_OR_CLUB_WORD.has(prev.lower) || (prev.cap && PLACE_COMPOUND.test(prev.lower))) return 'thing';
  if (prev.lower === 'the') return 'thing';
  // `Flughafen Imam Khomeini`: past a role word to the head before it.
  const head = ROLE(prev.w, prev.lower) && prev.joined ? tokenAt(toks, from - 2) : prev;
  if (head && (isThingHead(head.lower) || TYPE_WORD.has(head.lower))) return 'thing';
  return null;
}

/** Its own acronym in brackets beside `toks[from … to - 1]`, or a quotation that is all of it. */
function abbreviatedOrQuoted(text: string, toks: readonly Tok[], from: number, to: number): ThingKind | null {
  const first = toks[from]!, last = toks[to - 1]!;
  const next = tokenAt(toks, to), prev = tokenAt(toks, from - 1);
  const words = wordsOf(toks, from, to);
  // `Hajat Tahrir al-Scham (HTS)`, `HTS (Hayat Tahrir al-Sham)`.
  if (next && isAcronym(next.w) && /^\s*\($/.test(text.slice(last.end, next.start)) && spells(next.w, words)) return 'organisation';
  if (prev && isAcronym(prev.w) && /^\s*\($/.test(text.slice(prev.end, first.start)) && spells(prev.w, words)) return 'organisation';
  // `das "Star Spangled Banner" schrieb`: the quotation is the name and nothing more.
  const before = text.slice(prev ? prev.end : Math.max(0, first.start - 3), first.start);
  const after = text.slice(last.end, next ? next.start : last.end + 3);
  return OPEN_QUOTE.test(before) && CLOSE_QUOTE.test(after) ? 'thing' : null;
}

/** Whether an acronym's letters are the initials of the words, in order (`HTS` of `Hajat Tahrir al-Scham`). */
function spells(acronym: string, words: string[]): boolean {
  const initials = words.map((w) => (w.match(/(?:^|-)(\p{Lu})/u)?.[1] ?? w[0]!).toUpperCase()).join('');
  return initials === acronym.toUpperCase();
}
