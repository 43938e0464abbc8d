/**
 * A person's sex as the report's own words give it around one mention of their name: a title or
 * a role right before (`Frau`, `Mr`, `Ministerin`, `der Sprecher`), an apposition right after
 * (`, die …`, `, der …`), or the first pronoun that can only be theirs — after the name and
 * before any other person is named, within the next sentence (`er`, `sein…`, `sie sagte`,
 * `ihr…`, `he`, `his`, `she`), or a noun phrase that takes them up (`Die 67-Jährige`,
 * `Der Politiker`). The grouping reads it where the given names' endings cannot say
 * (`Andrea`/`Andreas`, `Simone`/`Simon`: `explore/entity-groups.ts`). Signs per mention, summed per
 * name and per group (`sexOfTally`): one misread pronoun does not decide a person.
 */
import { isLetterOrDigitCode } from '../text/chars';
import { isRoleWord } from './entity-words';

export type Sex = 'f' | 'm';

/** Signs read for one name: how many mentions said each sex. */
export interface SexTally { f: number; m: number }

const TITLE: Record<string, Sex> = {
  frau: 'f', herr: 'm', herrn: 'm', mrs: 'f', ms: 'f', miss: 'f', mr: 'm', madame: 'f', mme: 'f', monsieur: 'm',
  signora: 'f', signor: 'm', señora: 'f', señor: 'm', sra: 'f', sr: 'm', sir: 'm', lady: 'f', lord: 'm',
};

/** Role words that say a sex by themselves, not by a `-in` (`Tochter`, `Bruder`, `Papst`). */
const KIN: Record<string, Sex> = {
  frau: 'f', ehefrau: 'f', tochter: 'f', schwester: 'f', witwe: 'f', mutter: 'f', königin: 'f', prinzessin: 'f', großmutter: 'f',
  sohn: 'm', schwiegersohn: 'm', bruder: 'm', vater: 'm', ehemann: 'm', witwer: 'm', könig: 'm', prinz: 'm', papst: 'm', großvater: 'm',
};

/**
 * The sex a German role noun says (`Ministerin`, `Sprecherin` a woman; `Minister`, `Sprecher` a
 * man, whom German writes a woman's `-in` for); null for a word that is the same for both
 * (`Abgeordnete`, `Vorsitzende`, `Dr`, `Oberhaupt`) or no role.
 */
export function roleSex(word: string): Sex | null {
  const lower = word.toLowerCase();
  const last = lower.slice(lower.lastIndexOf('-') + 1);
  if (isWomansNoun(word)) return 'f';
  for (const [k, sex] of Object.entries(KIN)) if (last.endsWith(k)) return sex;
  if (!isRoleWord(word)) return null;
  if (lower.endsWith('in') && lower.length >= 7 && isRoleWord(word.slice(0, -2))) return 'f';
  // A masculine form: one that takes a woman's `-in` (`-er`, `-or`, `-ent`, `-ist`, `-eur`, `-är`, `-at`, `-ef`, `-al`, `-ant`).
  return /(?:er|or|ent|ist|eur|är|at|ef|al|ant|ar)$/.test(lower) ? 'm' : null;
}

/**
 * A noun for a woman by its `-in` (`Erfurterin`, `Olympiasiegerin`, `Sozialdemokratin`,
 * `Biathletin`, `Juwelierin`): the endings German makes a woman's noun of a man's with, which no
 * other capitalised word of news copy ends in.
 */
export function isWomansNoun(word: string): boolean {
  return /^\p{Lu}/u.test(word) && word.length >= 6 && /(?:erin|istin|entin|antin|orin|atin|eurin|ierin|etin|ärin|efin|ofin)$/.test(word.slice(word.lastIndexOf('-') + 1));
}

/** Words of a text from `at` on (letters, digits, `-`, `.` kept off), lower-cased, with where each ends. */
function wordAt(text: string, at: number): { word: string; end: number } | null {
  let start = at;
  while (start < text.length && !isLetterOrDigitCode(text.charCodeAt(start))) {
    // A sentence break or a line stops the reading of what follows a name.
    if (text[start] === '\n') return null;
    start++;
  }
  let end = start;
  while (end < text.length && (isLetterOrDigitCode(text.charCodeAt(end)) || text[end] === '-')) end++;
  return end > start ? { word: text.slice(start, end), end } : null;
}

/** The word right before `at` (past spaces and a title's `.`), and where it starts; null at a line or sentence break. */
function wordBefore(text: string, at: number): { word: string; start: number } | null {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  if (end > 0 && text[end - 1] === '.' && end > 1 && /\p{L}/u.test(text[end - 2]!)) end--;
  let start = end;
  while (start > 0 && (isLetterOrDigitCode(text.charCodeAt(start - 1)) || text[start - 1] === '-')) start--;
  return start < end ? { word: text.slice(start, end), start } : null;
}

/** The sex the words before a mention say (a title, a role, `die 67-jährige`). */
function signBefore(text: string, start: number): Sex | null {
  const b = wordBefore(text, start);
  if (!b) return null;
  const lower = b.word.toLowerCase();
  if (TITLE[lower] && /^\p{Lu}/u.test(b.word)) return TITLE[lower]!;
  if (/^\p{Lu}/u.test(b.word)) return roleSex(b.word);
  if (/-jährige$/.test(lower)) {
    const a = wordBefore(text, b.start);
    if (a && /^die$/i.test(a.word)) return 'f';
    if (a && /^der$/i.test(a.word)) return 'm';
  }
  return null;
}

/** The sex an apposition right after a mention says (`Andrea Berg, die …`, `, der SPD-Chef`). */
function signAfter(text: string, start: number, end: number): Sex | null {
  if (text[end] !== ',') return null;
  // `Kohl und Schwan, die …`: a relative clause of the two.
  const before = wordBefore(text, start);
  if (before && /^(?:und|and|sowie|oder)$/.test(before.word)) return null;
  const art = wordAt(text, end + 1);
  if (!art || (art.word !== 'die' && art.word !== 'der')) return null;
  // An apposition's noun says it (`, der Ministerin` a woman's dative), past its adjectives; a
  // noun of no sex is a list or a clause going on (`meint Berg, die Fraktionen …`), an article
  // after it a clause whose subject is another (`, die der Autor …`).
  let next = wordAt(text, art.end);
  while (next && /^\p{Ll}/u.test(next.word) && !/^(?:die|der|das|den|dem|des|ein|eine|einen|einem|einer)$/.test(next.word) && /(?:e|en|er|es)$/.test(next.word)) {
    const after = wordAt(text, next.end);
    if (!after || !/^\p{Lu}/u.test(after.word)) break;
    next = after;
  }
  if (!next) return null;
  if (/^\p{Lu}/u.test(next.word)) return roleSex(next.word);
  if (/^(?:die|der|das|den|dem|des|ein|eine|einen|einem|einer)$/.test(next.word)) return null;
  return art.word === 'die' ? 'f' : 'm';
}

/**
 * The first pronoun or noun phrase after a mention that takes the person up, before `stop` (the
 * next other person's mention) and within the sentence after the mention's.
 */
function signOnward(text: string, end: number, stop: number): [Sex, string] | null {
  let breaks = 0, words = 0, at = end, first = false;
  for (;;) {
    if (at >= stop) return null;
    let i = at;
    while (i < stop && !isLetterOrDigitCode(text.charCodeAt(i))) {
      const c = text[i]!;
      if (c === '.' || c === '!' || c === '?' || c === '\n') {
        breaks++;
        first = true;
      }
      // A colon opens a clause whose first words may take the person up (`…: Die 29-Jährige ist …`).
      if (c === ':') first = true;
      i++;
    }
    if (breaks >= 2 || i >= stop) return null;
    const w = wordAt(text, i);
    if (!w || w.end > stop) return null;
    const word = w.word, lower = word.toLowerCase();
    if (lower === 'er' && (word === 'er' || first)) return ['m', first ? 'Er' : 'er'];
    // `sein` is also the verb (`notwendig sein`): a possessive only before its noun.
    if ((/^sein(?:e|en|em|er|es)$/.test(lower) || (lower === 'sein' && /^\p{Lu}/u.test(wordAt(text, w.end)?.word ?? ''))) && (word === lower || first)) return ['m', 'sein'];
    if (lower === 'he' || lower === 'his' || lower === 'him') return ['m', 'he'];
    if (lower === 'she') return ['f', 'she'];
    // `die Erfurterin`, `die SPD-Fraktionschefin` taking the person up (a woman's noun with its article).
    if (word === 'die' || (first && word === 'Die')) {
      let n = wordAt(text, w.end);
      while (n && /^\p{Ll}/u.test(n.word) && n.end < stop) n = wordAt(text, n.end);
      // Not a noun that names another woman next (`Die Malerin Christl K.`, `die Forscherin, Helga N.`).
      const after = n && n.end <= stop ? text.slice(n.end).match(/^[ \u00a0]*(,?)[ \u00a0]*(\S*)/u) : null;
      if (n && after && isWomansNoun(n.word) && !after[1] && !/^\p{Lu}/u.test(after[2]!)) return ['f', 'die-noun'];
    }
    // `Die 67-Jährige sagte`, `Der Politiker …` opening the next sentence.
    if (first && breaks <= 1 && (lower === 'die' || lower === 'der')) {
      let n = wordAt(text, w.end);
      while (n && /^\p{Ll}/u.test(n.word)) n = wordAt(text, n.end);
      if (n && /-jährige$/i.test(n.word)) return [lower === 'die' ? 'f' : 'm', 'jährige'];
      const r = n && roleSex(n.word);
      if (r && (r === 'f') === (lower === 'die')) return [r, 'role'];
    }
    words++;
    first = false;
    at = w.end;
  }
}

/**
 * The sex the words around one mention (`start`, `end`) say, or null; `stop` is where the next
 * other person is named (a pronoun past it may be theirs).
 */
export function mentionSex(text: string, start: number, end: number, stop = text.length): Sex | null {
  const s = mentionSigns(text, start, end, stop);
  return s.before ?? s.after ?? s.onward?.[0] ?? null;
}

/** Each kind of sign of one mention apart (for measuring them: `eval/names/sex-check.ts`). */
export function mentionSigns(text: string, start: number, end: number, stop = text.length): { before: Sex | null; after: Sex | null; onward: [Sex, string] | null } {
  return { before: signBefore(text, start), after: signAfter(text, start, end), onward: signOnward(text, end, stop) };
}

/**
 * A person's sex from the signs of their mentions: the one at least `SURE` of them say, and said
 * at least once; null when none say or they disagree.
 */
export function sexOfTally(t: SexTally | null | undefined): Sex | null {
  if (!t) return null;
  const n = t.f + t.m;
  if (n === 0) return null;
  if (t.f >= SURE * n) return 'f';
  if (t.m >= SURE * n) return 'm';
  return null;
}

/** The share of a person's signs that must agree for a sex to be read. */
const SURE = 0.75;

/**
 * Adds the signs of one text's mentions of a person (`spans`) to `t`; `others` are where other
 * people are named in it (a pronoun past the next one may be theirs).
 */
export function tallyMentions(text: string, spans: readonly (readonly [number, number])[], others: readonly number[], t: SexTally): void {
  for (const [start, end] of spans) {
    let stop = text.length;
    for (const o of others) if (o >= end && o < stop) stop = o;
    const sex = mentionSex(text, start, end, stop);
    if (sex) t[sex]++;
  }
}
