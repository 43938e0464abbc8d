/**
 * A timeline row's label: a short phrase in the reports' own words, never a bag of key words.
 * Candidates are the headlines of the reports a row cites and the sentences that date it; each
 * is scored by how much of the row's key words it holds (weighted by rarity), headlines first
 * (they are written to say what happened), long sentences last, a question or a condition
 * (`Sollte er die Abstimmung verlieren, …`, `Wenn …`) after a statement: it says what may happen. The winner is shortened: a
 * dateline (`Moskau (Reuters) -`) and a closing period go, and a long sentence is cut at a
 * clause boundary (or a word, marked `…`). A long sentence whose date stands past that cut is
 * labelled by the clause that holds the date: the framing before it (`Wie Axios … berichtet, soll
 * das für diesen Mittwoch geplante Treffen …`, `Ein Zusammenhang ist nicht unwahrscheinlich, hat
 * doch X heute ein Treffen …`) says who tells it or what it means, not what happened that day.
 */
import { analyzeWord, forEachWord } from '../text/words';
import { tidyLabel } from './label-text';

/** What the label is chosen from. */
export interface LabelSource {
  /** Headlines of the reports the row cites (derived ones too: they are the report's lead). */
  titles: string[];
  /** The sentences that date the row, with where in each its date stands when known. */
  sentences: Array<string | DatedSentence>;
  /** The row's key words (stems, `@name`) and their weight. */
  keys: Map<string, number>;
}

/** A sentence and the offset of its date mention in it. */
export interface DatedSentence {
  text: string;
  dateAt: number;
}

/** Characters a label aims at; longer candidates are cut. */
const LABEL_MAX = 90;
/** A clause boundary this far in is a good place to cut. */
const CLAUSE_MIN = 30;
/** Headlines say what happened: their score counts this much more. */
const TITLE_BONUS = 1.5;
/**
 * A sentence that asks or opens with a condition (a subordinator, or a verb first as German
 * writes a condition without `wenn`) tells what may happen, not the event: its score counts half.
 */
const HYPOTHETICAL = /^(?:(?:wenn|falls|sofern|ob|sollte|sollten|würde|würden|hätte|hätten|wäre|wären|könnte|könnten)\s|.*\?\s*$)/iu;
const HYPOTHETICAL_FACTOR = 0.5;

/** The label of a row (see the module comment); '' when there is nothing to choose from. */
export function eventLabel(src: LabelSource): string {
  let best = '';
  let bestScore = -Infinity;
  const consider = (text: string, bonus: number) => {
    const clean = tidyLabel(stripDateline(stripCaption(text.trim())));
    if (clean.split(' ').length < 3) return;
    let held = 0;
    const seen = new Set<string>();
    forEachWord(clean, (s, e) => {
      const w = clean.slice(s, e);
      const stem = analyzeWord(w)[1];
      for (const k of [stem, `@${w.toLowerCase()}`, `@${w.toLowerCase().replace(/s$/, '')}`]) {
        if (!seen.has(k) && src.keys.has(k)) {
          seen.add(k);
          held += src.keys.get(k)!;
        }
      }
    });
    // Long candidates say more than a label needs; quotes are someone's words, not the event.
    const penalty = Math.max(1, clean.length / LABEL_MAX) * (/^[„"»«“]/.test(clean) ? 2 : 1);
    const score = ((held * bonus) / penalty) * (HYPOTHETICAL.test(clean) ? HYPOTHETICAL_FACTOR : 1);
    if (score > bestScore) [best, bestScore] = [clean, score];
  };
  for (const t of src.titles) consider(t, TITLE_BONUS);
  for (const s of src.sentences) consider(typeof s === 'string' ? s : clauseOfDate(s), 1);
  return shorten(best);
}

/**
 * A caption taken for a headline (`1/8 Israel hat … angegriffen. Foto: AFP`): a gallery's
 * counter and a photo credit are page furniture, not the news.
 */
function stripCaption(s: string): string {
  return s
    .replace(/^\d{1,3}\s*\/\s*\d{1,3}\s+(?=\p{Lu})/u, '')
    .replace(/\s*(?:\(\s*)?(?:Foto|Fotos|Bild|Bilder|Grafik|Quelle|Video)\s*:\s*[^.!?]{1,80}\)?\s*$/u, '')
    .replace(/\s*©[^.!?]{1,80}$/u, '');
}

/** `Moskau (Reuters) - …`, `Teheran - …`, `BERLIN taz | …`: a dateline is not part of the news. */
function stripDateline(s: string): string {
  return s.replace(/^[\p{Lu}][\p{L} ./]{1,40}?(?:\s*\([^)]{1,30}\))?\s*(?:[-–|]|:)\s+(?=\p{Lu})/u, '');
}

/** Words a clause needs to say something on its own; a shorter one takes its neighbour too. */
const CLAUSE_WORDS = 4;
/**
 * Where a clause begins: after a semicolon, colon or dash, or a comma before a word in lower
 * case (a comma before a capital mostly runs on a list: `Witkoff, Kushner und Rubio`).
 */
const CLAUSE_BREAK = /(?:[;:]\s+|\s[–-]\s|,\s+(?=\p{Ll}))/gu;
/**
 * Openers of a clause that cannot stand as a label: it tells who said it (`, rief der
 * Vorsitzende am Sonntag`), hangs on a word before it (`, der im Dezember verurteilt wurde`,
 * `, nachdem er am 14. Mai verfehlt hatte`) or is someone's words.
 */
const NOT_ALONE = new Set(('so sagte sagt erklärte erklärt betonte betont schrieb schreibt warnte meinte fügte rief teilte '
  + 'berichtete berichtet hieß heißt meldete meldet bestätigte bestätigt zitierte '
  + 'der die das dem den des deren dessen denen welche welcher welches welchen welchem '
  + 'dass weil nachdem als wenn ob obwohl da während bis seit seitdem bevor damit sodass falls sofern indem wie wo '
  + 'und oder aber sondern denn um zu').split(' '));

/**
 * The part of a long sentence a label shows: the sentence itself when the cut keeps its date,
 * else the clause holding the date to the sentence's end (a clause of fewer than
 * `CLAUSE_WORDS` words with the one before it, so `, dem 11. April,` keeps its verb) when that
 * clause can stand alone (see `NOT_ALONE`).
 */
export function clauseOfDate({ text, dateAt }: DatedSentence): string {
  const t = text.trim();
  const at = dateAt - (text.length - text.trimStart().length);
  if (t.length <= LABEL_MAX || at < 0 || at >= t.length || at < shorten(t).replace(/…$/, '').length) return t;
  const starts = [0];
  for (const m of t.matchAll(CLAUSE_BREAK)) starts.push(m.index + m[0].length);
  let i = starts.length - 1;
  while (i > 0 && starts[i]! > at) i--;
  const words = (from: number, to: number) => t.slice(from, to).split(/\s+/u).filter(Boolean).length;
  if (i > 0 && words(starts[i]!, starts[i + 1] ?? t.length) < CLAUSE_WORDS) i--;
  if (i === 0) return t;
  const clause = t.slice(starts[i]!);
  const first = /^\p{L}+/u.exec(clause)?.[0];
  if (!first || NOT_ALONE.has(first.toLowerCase())) return t;
  return clause.charAt(0).toLocaleUpperCase('de') + clause.slice(1);
}

function shorten(s: string): string {
  const t = s.replace(/[.!]\s*$/, '');
  if (t.length <= LABEL_MAX) return t;
  const head = t.slice(0, LABEL_MAX);
  // A comma before a capital mostly runs on a list (see `CLAUSE_BREAK`).
  let clause = Math.max(head.lastIndexOf(': '), head.lastIndexOf(' – '), head.lastIndexOf(' - '));
  for (const m of head.matchAll(/, (?=\p{Ll})/gu)) clause = Math.max(clause, m.index);
  if (clause >= CLAUSE_MIN) return head.slice(0, clause);
  return `${head.slice(0, Math.max(head.lastIndexOf(' '), CLAUSE_MIN)).replace(/[\s,;:–-]+$/u, '')}…`;
}
