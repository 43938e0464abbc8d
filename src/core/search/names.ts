import type { SuggestionKind } from '../../shared/api';
import { forEachWord } from '../text/words';

/**
 * Name candidates for suggestions, found generically (real entity recognition is a later
 * issue). German capitalises every noun, so "capitalised and not sentence-initial" alone would
 * propose every noun; these cues keep the list small:
 *
 * 1. **Role cues**: one or two capitalised words after a word ending in a role
 *    (`Präsident`, `Kremlsprecher`, `Sondergesandte`, `Außenminister`, …) → person.
 * 2. **Sequences**: two or three capitalised words in a row, not starting a sentence, with no
 *    function word (`Der`, `Im`) and no common-noun ending (`-ung`, `-heit`, …) at either
 *    edge → a name (`Steve Witkoff`, `Kirill Dmitrijew`, `Weißen Haus`). Kind: organisation
 *    when a word is an acronym or an organisation word (`Bank`, `Partei`), else person.
 * 3. **Acronyms** (2–6 capitals, `NATO`, `EU`) → organisation.
 * 4. **Places**: one capitalised word after `in`/`aus`/`nach` that does not look like a
 *    common noun (`in Moskau`, `aus Kiew`) → place.
 *
 * A candidate is kept when a role cue names it or the text mentions it at least twice
 * (`MIN_MENTIONS`). Each is cheap (one scan per article) and errs towards few, plausible
 * candidates.
 */

/** A name found in a text. */
export interface NameCandidate {
  text: string;
  kind: Extract<SuggestionKind, 'person' | 'place' | 'organisation'>;
}

const ROLE_SUFFIXES = 'präsident präsidentin sprecher sprecherin minister ministerin kanzler kanzlerin gesandte gesandter gesandten beauftragte beauftragter beauftragten berater beraterin botschafter botschafterin senator senatorin chef chefin diplomat unterhändler vermittler premier general anwalt autor autorin korrespondent korrespondentin journalist journalistin staatssekretär abgeordnete abgeordneter bürgermeister bürgermeisterin vorsitzende vorsitzender'.split(' ');
const FUNCTION_WORDS = new Set(
  'der die das den dem des ein eine einen einem einer eines im am vom zum zur beim ins in an auf aus bei mit nach seit von vor zu für über unter um durch gegen ohne und oder aber auch als wie wenn dass denn doch so es er sie wir ihr ich du man sein seine ihre dieser diese dieses jeder jede alle nicht kein keine mehr laut nun noch schon bereits dabei damit danach dann darauf heute gestern morgen montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september oktober november dezember herr frau'.split(' '),
);
const NOUN_SUFFIXES = 'ung ungen heit heiten keit keiten schaft schaften tion tionen ismus tät täten nis nisse tum ment mente ling lung lungen ierung chen lein ende enden ern'.split(' ');
const ORG_WORD = /^(bank|partei|ministerium|regierung|rat|union|verband|institut|universität|kommission|gericht|konzern|stiftung|agentur|behörde|bundestag|parlament|kreml|fonds|ag|gmbh|se|inc|ltd)$/i;
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Mentions a name needs in one text, unless a role cue names it. */
const MIN_MENTIONS = 2;
/** Words after which a capitalised word is a common noun, not a name (`die Gespräche`). */
const DETERMINERS = new Set(
  'der die das den dem des ein eine einen einem einer eines im am vom zum zur beim ins sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer kein keine keinen keinem keiner dieser diese diesen diesem dieses jeder jede jeden jedem alle allen viele vielen mehrere'.split(' '),
);

interface Tok {
  w: string;
  /** First word of a sentence or line. */
  initial: boolean;
  /** Only spaces (no punctuation, no line break) between this word and the one before. */
  joined: boolean;
  /** Could be (part of) a name: capitalised, not a function word, no common-noun ending. */
  nameLike: boolean;
  role: boolean;
  acronym: boolean;
}

const endsWithAny = (w: string, xs: readonly string[]) => xs.some((x) => w.endsWith(x));

const UPPER_FIRST = /^\p{Lu}/u;

function words(text: string): Tok[] {
  const toks: Tok[] = [];
  let last = 0;
  forEachWord(text, (start, end) => {
    // The gap before the word: a sentence end or line break, or only spaces?
    let initial = toks.length === 0;
    let joined = toks.length > 0 && start > last;
    for (let k = last; k < start; k++) {
      const c = text.charCodeAt(k);
      if (c !== 32 && c !== 9) joined = false;
      if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 10) initial = true;
    }
    last = end;
    const w = text.slice(start, end);
    const c0 = w.charCodeAt(0);
    const cap = w.length > 1 && ((c0 >= 65 && c0 <= 90) || (c0 > 127 && UPPER_FIRST.test(w)));
    if (!cap) {
      toks.push({ w, initial, joined, nameLike: false, role: false, acronym: false });
      return;
    }
    const lower = w.toLowerCase();
    const role = endsWithAny(lower, ROLE_SUFFIXES);
    toks.push({
      w,
      initial,
      joined,
      nameLike: !role && !FUNCTION_WORDS.has(lower) && !endsWithAny(lower, NOUN_SUFFIXES),
      role,
      acronym: ACRONYM.test(w),
    });
  });
  return toks;
}

/** Name candidates of one text, de-duplicated, in order of first appearance. */
export function findNames(text: string): NameCandidate[] {
  const toks = words(text);
  const capitalised = new Set<string>();
  const nounLike = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.nameLike) capitalised.add(t.w);
    if (i > 0 && t.joined && DETERMINERS.has(toks[i - 1]!.w.toLowerCase())) nounLike.add(t.w);
  }
  // A genitive `Witkoffs` is filed under `Witkoff` when the text has that form too.
  const base = (w: string) => (w.length > 3 && w.endsWith('s') && capitalised.has(w.slice(0, -1)) ? w.slice(0, -1) : w);
  const isName = (i: number) => {
    const t = toks[i];
    return !!t && t.nameLike && !nounLike.has(t.w);
  };
  const glued = gluedAt(toks, isName);
  const found = new Map<string, NameCandidate & { n: number; strong: boolean }>();
  const add = (ws: string[], kind: NameCandidate['kind'], strong: boolean) => {
    const text = [...ws.slice(0, -1), base(ws[ws.length - 1]!)].join(' ');
    const key = text.toLowerCase();
    const f = found.get(key);
    if (f) {
      f.n++;
      f.strong ||= strong;
    } else found.set(key, { text, kind, n: 1, strong });
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.acronym && !t.initial) add([t.w], 'organisation', false);
    if (t.role && isName(i + 1) && toks[i + 1]!.joined) {
      const two = isName(i + 2) && toks[i + 2]!.joined && !glued.has(i + 1);
      add(two ? [toks[i + 1]!.w, toks[i + 2]!.w] : [toks[i + 1]!.w], 'person', true);
      i += two ? 2 : 1;
      continue;
    }
    if ((t.w === 'in' || t.w === 'aus' || t.w === 'nach') && isName(i + 1) && toks[i + 1]!.joined && !(isName(i + 2) && toks[i + 2]!.joined) && !toks[i + 1]!.acronym) {
      add([toks[i + 1]!.w], 'place', false);
      continue;
    }
    if (!t.initial && isName(i) && isName(i + 1) && toks[i + 1]!.joined && !glued.has(i)) {
      let j = i + 1;
      if (isName(j + 1) && toks[j + 1]!.joined && !glued.has(j)) j++;
      const ws = toks.slice(i, j + 1).map((x) => x.w);
      const org = ws.some((w) => ACRONYM.test(w) || ORG_WORD.test(w));
      add(ws, org ? 'organisation' : 'person', false);
      i = j;
    }
  }
  // A name is kept when a role cue names it or the text mentions it at least twice: one-off
  // runs of capitals are mostly noise, and the people a report is about recur.
  return [...found.values()].filter((f) => f.strong || f.n >= MIN_MENTIONS).map(({ text, kind }) => ({ text, kind }));
}

/**
 * Positions where a run of capitalised words joins two people (`dass Präsident Putin Witkoff
 * empfange`, a verb-final clause with subject and object side by side): the word there is the
 * surname of a name the text writes with another word before it (`Wladimir Putin`) and also alone
 * (a given name is seldom written alone: `This Angela #Merkel` makes no surname), and the next
 * word stands elsewhere in the text without it (`Steve Witkoff`, a bare `Witkoff`). The name then
 * ends at that word. A name of three words the text also writes in part (`Martin Luther` of
 * `Martin Luther King`) is no such pair: there the word before is the same.
 */
function gluedAt(toks: Tok[], isName: (i: number) => boolean): Set<number> {
  const before = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, v: string) => {
    const s = m.get(k);
    if (s) s.add(v);
    else m.set(k, new Set([v]));
  };
  for (let i = 0; i < toks.length; i++) {
    if (!isName(i)) continue;
    const t = toks[i]!;
    const ends = !(i + 1 < toks.length && toks[i + 1]!.joined && isName(i + 1));
    // Only where a run ends: a surname (`Wladimir Putin`), not a given name before one.
    if (ends) add(before, t.w, t.joined && i > 0 && isName(i - 1) ? toks[i - 1]!.w : '');
  }
  const out = new Set<number>();
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!isName(i) || !isName(i + 1) || !toks[i + 1]!.joined) continue;
    const here = toks[i]!.joined && i > 0 && isName(i - 1) ? toks[i - 1]!.w : '';
    const ws = before.get(toks[i]!.w);
    const surnameElsewhere = !!ws && ws.has('') && [...ws].some((b) => b !== '' && b !== here);
    const nextApart = [...(before.get(toks[i + 1]!.w) ?? [])].some((b) => b !== toks[i]!.w);
    if (surnameElsewhere && nextApart) out.add(i);
  }
  return out;
}
