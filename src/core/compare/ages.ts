/**
 * An age is a property of whoever it is told of, not a claim: two people of 72 in one story
 * (`den 72-jährigen Dominique Pelicot`, `der 72-jährigen Rentnerin`) share the figure and nothing
 * else. So a figure read as an age (`72-Jährige`, `Assad (59)`, `im Alter von 91 Jahren`, `17 Jahre
 * alt`, `mit 17 Jahren`) carries whom it is told of when the sentence says so: the person named
 * next to it, and the gender its article and ending give (`der 72-jährige`, `der 72-jährigen
 * Rentnerin`). Two ages told of different people or genders are no shared evidence (`align.ts`,
 * `align-pair.ts`); an age told of nobody in particular meets any.
 */
import type { Quantity } from '../../shared/api';
import { foldText } from '../text/fold';

/** A name in the sentence (offsets in the article's text) and its feature key. */
export interface HeldName {
  start: number;
  end: number;
  key: string;
}

/** Between an age and the name it precedes: a few words, no punctuation (`54-jährige frühere US-Soldat Whelan`). */
const BEFORE_NAME = /^\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** Between a name and its age: `Assad (59)`, `Pelicot, 72,`. */
const AFTER_NAME = /^\s*[(,]\s*$/u;

/**
 * Whom a figure tells the age of, as `gender|name key` (`m|@pelicot`, `f|`), `null` for an age told
 * of nobody in particular, undefined for a figure that is no age.
 */
export function ageHolder(q: Quantity, text: string, sentenceStart: number, names: readonly HeldName[]): string | null | undefined {
  const unit = q.unit ? foldText(q.unit) : '';
  const before = text.slice(Math.max(sentenceStart, q.start - 40), q.start);
  const after = text.slice(q.end, q.end + 40);
  const adjective = /jahrig/.test(unit);
  const years = /^jahre?n?$/.test(unit);
  const isAge =
    adjective ||
    (years && (/Alter\s+von\s+$/u.test(before) || /^\s+alt\b/u.test(after) || (/\bmit\s+$/u.test(before) && !/^\s+\p{Lu}/u.test(after)))) ||
    (!q.unit && q.value >= 1 && q.value < 120 && /\(\s*$/u.test(before) && /^\s*\)/u.test(after));
  if (!isAge) return undefined;
  let name = '';
  for (const n of names) {
    if (n.start >= q.end && BEFORE_NAME.test(text.slice(q.end, n.start))) name = n.key;
    if (n.end <= q.start && AFTER_NAME.test(text.slice(n.end, q.start))) name = n.key;
  }
  // `im Alter von 91 Jahren`: told of the sentence's last person before it, if any.
  if (!name && !adjective) for (const n of names) if (n.end <= q.start) name = n.key;
  const gender = adjective ? genderOf(before, unit) : '';
  return name || gender ? `${gender}|${name}` : null;
}

/** An article within two words before the age: `der heute 72-jährige`. */
const ARTICLE = /(?:^|[^\p{L}])(der|die|den|dem|des|ein|eine|einen|einem|eines|einer)\s+(?:\p{Ll}+\s+)?$/iu;

/**
 * The person's gender from the article and the adjective's ending: `der 72-jährige` and `den
 * 72-jährigen` a man, `der 72-jährigen Rentnerin` and `die 72-Jährige` a woman; '' when the
 * grammar leaves it open (`die 72-jährigen`: plural).
 */
function genderOf(before: string, unit: string): string {
  const end = /en$/.test(unit) ? 'en' : /er$/.test(unit) ? 'er' : /e$/.test(unit) ? 'e' : '';
  const art = ARTICLE.exec(before)?.[1]?.toLowerCase();
  if (!art) return end === 'er' ? 'm' : '';
  if (art === 'der') return end === 'e' ? 'm' : end === 'en' ? 'f' : '';
  if (art === 'die' || art === 'eine') return end === 'e' ? 'f' : '';
  if (art === 'einer') return end === 'en' ? 'f' : '';
  if (art === 'ein') return end === 'er' ? 'm' : '';
  return 'm';
}

/**
 * Whether two sentences tell a shared age key of different people: two names or nouns that
 * differ (`@pelicot` / `~rentnerin`), or two genders. A gender says nothing against a name or a
 * noun (`der 72-Jährige` / `der 72-jährige Ex-Elektriker`).
 */
export function heldApart(a: ReadonlyMap<string, string> | undefined, b: ReadonlyMap<string, string> | undefined, k: string): boolean {
  const x = a?.get(k), y = b?.get(k);
  if (x === undefined || y === undefined || x === y) return false;
  const [gx, nx] = x.split('|'), [gy, ny] = y.split('|');
  return (!!gx && !!gy && gx !== gy) || (!!nx && !!ny && nx !== ny);
}
