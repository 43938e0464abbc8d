/**
 * Month and weekday names in the languages Parallax reads, as data.
 *
 * Inflected forms are listed where a date uses them (Russian and Czech genitive:
 * `11 октября`, `1. listopadu`). Abbreviations carry no dot; the patterns allow one.
 */

import { LETTER, classOfUnit, isJsSpace } from '../../text/chars';
import { forEachRun } from '../../text/scan';
import { WordFilter } from './word-filter';

const MONTHS_BY_LANG: Record<string, string[][]> = {
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  de: [['januar', 'jänner', 'jan'], ['februar', 'feber', 'feb'], ['märz', 'mär', 'maerz'], ['april', 'apr'], ['mai'], ['juni'],
    ['juli'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez']],
  fr: [['janvier', 'janv'], ['février', 'fevrier', 'févr'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre', 'déc']],
  es: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'],
    ['octubre'], ['noviembre'], ['diciembre']],
  pt: [['janeiro'], ['fevereiro'], ['março', 'marco'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'],
    ['outubro'], ['novembro'], ['dezembro']],
  it: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'],
    ['ottobre'], ['novembre'], ['dicembre']],
  nl: [['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'],
    ['oktober'], ['november'], ['december']],
  ru: [['январь', 'января'], ['февраль', 'февраля'], ['март', 'марта'], ['апрель', 'апреля'], ['май', 'мая'], ['июнь', 'июня'],
    ['июль', 'июля'], ['август', 'августа'], ['сентябрь', 'сентября'], ['октябрь', 'октября'], ['ноябрь', 'ноября'], ['декабрь', 'декабря']],
  cs: [['leden', 'ledna'], ['únor', 'února'], ['březen', 'března'], ['duben', 'dubna'], ['květen', 'května'], ['červen', 'června'],
    ['červenec', 'července'], ['srpen', 'srpna'], ['září'], ['říjen', 'října'], ['listopad', 'listopadu'], ['prosinec', 'prosince']],
};

/**
 * Month names read on date lines only (`readDateLine`, the article's edges), not by the line
 * model's features: adding them there changes the features of every line printing one, and the
 * retrained model moved other pages' headlines (extraction README, version 17). Polish
 * nominative (`kwiecień 2021`) and genitive (`22 kwietnia 2021`); no abbreviations, which are
 * words elsewhere (`lis`, `sie`, `lip`).
 */
export const LINE_MONTHS: ReadonlyMap<string, number> = new Map([
  ['styczeń', 'stycznia'], ['luty', 'lutego'], ['marzec', 'marca'], ['kwiecień', 'kwietnia'], ['maj', 'maja'], ['czerwiec', 'czerwca'],
  ['lipiec', 'lipca'], ['sierpień', 'sierpnia'], ['wrzesień', 'września'], ['październik', 'października'], ['listopad', 'listopada'], ['grudzień', 'grudnia'],
].flatMap((names, i) => names.map((n) => [n, i + 1] as [string, number])));

/** Lowercase month name → month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const table of Object.values(MONTHS_BY_LANG)) {
    table.forEach((names, idx) => { for (const n of names) if (!m.has(n)) m.set(n, idx + 1); });
  }
  return m;
})();

/**
 * Month names that are also ordinary words (`may`, `march`, `mar`). They count as months only
 * when capitalised; French and Spanish months are written in lowercase and are not ambiguous.
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'dec', 'sep']);

/** A regex alternation of all month names, longest first so `sept` wins over `sep`. */
export const MONTH_ALT: string = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Weekday names: index 0 = Sunday, as `Date.getUTCDay()`. German and English are resolved. */
export const WEEKDAYS: Record<string, readonly string[]> = {
  de: ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'],
  en: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
};

/** Lowercase weekday name → day index (0 = Sunday); `sonnabend` is Saturday in the north. */
export const WEEKDAY_INDEX: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>([['sonnabend', 6]]);
  for (const names of Object.values(WEEKDAYS)) names.forEach((n, i) => m.set(n, i));
  return m;
})();

/** Number words up to twelve (de, en) for `zwei Wochen nach`, `two weeks ago`. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['ein', 1], ['eine', 1], ['einer', 1], ['einem', 1], ['einen', 1], ['zwei', 2], ['drei', 3], ['vier', 4],
  ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9], ['zehn', 10], ['elf', 11], ['zwölf', 12],
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
]);

/**
 * What a date pattern is built on; see `dateTriggers`. `month-number`: a month name with a
 * figure beside it (`12. April`, `April 12`, `Oktober 2025`); `month-prefixed`: a month name
 * after `Anfang`, `Ende`, `im` … (`Ende Oktober`); `unit`: a unit of time after a number
 * (`zwei Wochen`, `3 Tage`).
 */
export type TriggerKind = 'weekday' | 'month-number' | 'month-prefixed' | 'day' | 'unit' | 'current';

/** The kinds of word itself, before its neighbours are looked at. */
type WordKind = 'weekday' | 'month' | 'day' | 'current';

/**
 * Trigger words: a pattern runs only over text that contains its kind of word, in the right
 * company. Scanning words once is much cheaper than running every big pattern over every
 * paragraph, which keeps extraction at several MB/s.
 */
const TRIGGERS: ReadonlyMap<string, WordKind> = (() => {
  const m = new Map<string, WordKind>();
  for (const w of MONTHS.keys()) m.set(w, 'month');
  for (const w of WEEKDAY_INDEX.keys()) m.set(w, 'weekday');
  for (const w of ['gestern', 'vorgestern', 'heute', 'morgen', 'übermorgen', 'today', 'yesterday', 'tomorrow']) m.set(w, 'day');
  for (const w of ['monats', 'month']) m.set(w, 'current');
  return m;
})();
/** Units of time as the offset patterns spell them (`zwei Wochen nach`, `vor einem Monat`, `two months ago`). */
const UNIT_WORDS: ReadonlySet<string> = new Set(['tag', 'tage', 'tagen', 'woche', 'wochen', 'monat', 'monate', 'monaten', 'jahr', 'jahre', 'jahren', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);
const WEEKDAY_STEMS = [...WEEKDAY_INDEX.keys()].filter((w) => /tag$/.test(w));
/** Words that make a year-less month name a relative mention (`Ende Oktober`, `im März`). */
export const MONTH_PREFIXES: ReadonlySet<string> = new Set(['anfang', 'ende', 'mitte', 'early', 'late', 'mid', 'im', 'in', 'seit', 'since', 'bis']);

/** First letters (both cases) and the longest length of the trigger words: a cheap pre-filter. */
const TRIGGER_FIRST = new Set([...TRIGGERS.keys(), ...UNIT_WORDS, ...WEEKDAY_STEMS].flatMap((w) => [w.charCodeAt(0), w[0]!.toUpperCase().charCodeAt(0)]));
const TRIGGER_MAX = Math.max(...[...TRIGGERS.keys(), ...UNIT_WORDS].map((w) => w.length));
/** The words `dateTriggers` looks up, and the weekday stems long words are read by: most words end at this test (`word-filter.ts`). */
const MAY_TRIGGER = new WordFilter().add([...TRIGGERS.keys(), ...UNIT_WORDS]).add(WEEKDAY_STEMS, true);

const isDigit = (c: number) => c >= 48 && c <= 57;
/** What may stand between a day and its month (`12. April`, `12 de abril`, `1er mai`, `1º`). */
const isDayGlue = (c: number) => isJsSpace(c) || c === 46 || c === 0xba || c === 0xb0 || c === 100 || c === 101 || c === 114 || c === 68 || c === 69 || c === 82;

/** Is there a figure just before `start` or just after `end`, across what the date patterns allow between? */
function figureBeside(text: string, start: number, end: number): boolean {
  for (let j = start - 1; j >= 0 && j >= start - 24; j--) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) return true;
    if (!isDayGlue(c)) break;
  }
  for (let j = end; j < text.length && j < end + 24; j++) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) return true;
    if (!isDayGlue(c)) break;
  }
  return false;
}

/** The word (letters) or number just before `start`, across whitespace and hyphens; '' when none. */
function previousToken(text: string, start: number, hyphen: boolean): string {
  let j = start - 1;
  while (j >= 0 && (isJsSpace(text.charCodeAt(j)) || (hyphen && text.charCodeAt(j) === 45))) j--;
  if (j === start - 1) return '';
  const end = j + 1;
  const digits = isDigit(text.charCodeAt(j));
  while (j >= 0 && (digits ? isDigit(text.charCodeAt(j)) : (classOfUnit(text.charCodeAt(j)) & LETTER) !== 0)) j--;
  return text.slice(j + 1, end);
}

/** Is the token a count the offset patterns read (`3`, `zwei`, `two`)? */
function isCount(token: string): boolean {
  return /^\d{1,2}$/.test(token) || NUMBER_WORDS.has(token.toLowerCase());
}

/**
 * The kinds of trigger the text contains; compounds (`Dienstagmittag`) count as weekdays.
 * Words that cannot be triggers by first letter and length are never lowercased or looked up:
 * this runs over every paragraph of every article. Each kind is a necessary condition of its
 * patterns, never a sufficient one: the patterns still decide.
 */
export function dateTriggers(text: string): Set<TriggerKind> {
  const kinds = new Set<TriggerKind>();
  forEachRun(text, LETTER, (start, end) => {
    const len = end - start;
    if (!TRIGGER_FIRST.has(text.charCodeAt(start)) || (len > TRIGGER_MAX && len <= 8) || !MAY_TRIGGER.mayBe(text, start, end)) return;
    const w = text.slice(start, end).toLowerCase();
    const k = len <= TRIGGER_MAX ? TRIGGERS.get(w) : undefined;
    if (UNIT_WORDS.has(w) && isCount(previousToken(text, start, false))) kinds.add('unit');
    if (k === 'month') {
      if (figureBeside(text, start, end)) kinds.add('month-number');
      if (MONTH_PREFIXES.has(previousToken(text, start, true).toLowerCase())) kinds.add('month-prefixed');
    } else if (k) kinds.add(k);
    else if (w.length > 8 && WEEKDAY_STEMS.some((s) => w.startsWith(s))) kinds.add('weekday');
  });
  return kinds;
}

/** First letters (either case) and the longest length of the month names among the triggers. */
const MONTH_WORDS = [...TRIGGERS].filter(([, k]) => k === 'month').map(([w]) => w);
const MONTH_FIRST = new Set(MONTH_WORDS.flatMap((w) => [w.charCodeAt(0), w[0]!.toUpperCase().charCodeAt(0)]));
const MONTH_MAX = Math.max(...MONTH_WORDS.map((w) => w.length));
const MAY_BE_MONTH = new WordFilter().add(MONTH_WORDS);

/**
 * Does the text name a month beside a figure (then the named-date patterns are worth running)?
 * `dateTriggers(text).has('month-number')`, without the other kinds and stopping at the first:
 * every short line with a digit asks this, and most name no month at all.
 */
export function hasMonthNearFigure(text: string): boolean {
  let found = false;
  forEachRun(text, LETTER, (start, end) => {
    if (found || end - start > MONTH_MAX || !MONTH_FIRST.has(text.charCodeAt(start)) || !MAY_BE_MONTH.mayBe(text, start, end)) return;
    if (TRIGGERS.get(text.slice(start, end).toLowerCase()) === 'month' && figureBeside(text, start, end)) found = true;
  });
  return found;
}
