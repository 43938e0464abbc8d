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

/** A candidate read once: its cleaned text, how its score is weighed, the row's keys it holds. */
interface Candidate {
  clean: string;
  bonus: number;
  /** The row's keys it holds, each once, in the order its words name them; made when scored. */
  held: string[] | null;
  /** What its score is divided by (its length, a quote) and multiplied by (a condition): 0 until scored. */
  penalty: number;
  factor: number;
  /** `shorten(clean)`, once it won. */
  label: string | null;
}

/**
 * What a row's label was chosen from, kept by the caller while the row's sentences and keys stay
 * as they are (a timeline event whose month was not grouped again): the candidates' cleaning and
 * the keys each holds depend on those alone, only the keys' weights change from one timeline to
 * the next, so an unchanged row is scored again without reading its words again.
 */
export interface LabelMemo {
  /** By the sentence's place in `sentences`. */
  sentences: Array<Candidate | null | undefined>;
  titles: Map<string, Candidate | null>;
}

/** An empty memo for a row. */
export function labelMemo(): LabelMemo {
  return { sentences: [], titles: new Map() };
}

/** The label of a row (see the module comment); '' when there is nothing to choose from. */
export function eventLabel(src: LabelSource, memo?: LabelMemo): string {
  const candidates: Candidate[] = [];
  for (const t of src.titles) {
    const c = memo?.titles.get(t);
    const cand = c !== undefined ? c : candidate(t, TITLE_BONUS);
    if (c === undefined) memo?.titles.set(t, cand);
    if (cand) candidates.push(cand);
  }
  for (let i = 0; i < src.sentences.length; i++) {
    const s = src.sentences[i]!;
    const c = memo?.sentences[i];
    const cand = c !== undefined ? c : candidate(typeof s === 'string' ? s : clauseOfDate(s), 1);
    if (memo && c === undefined) memo.sentences[i] = cand;
    if (cand) candidates.push(cand);
  }
  // One candidate wins whatever its score (every key's weight is positive): most rows have one
  // sentence and no headline, and reading its words was most of a timeline's last step.
  let best: Candidate | null = candidates.length === 1 ? candidates[0]! : null;
  if (!best) {
    let bestScore = -Infinity;
    for (const c of candidates) {
      const score = candidateScore(c, src.keys);
      if (score > bestScore) [best, bestScore] = [c, score];
    }
  }
  if (!best) return '';
  return (best.label ??= shorten(best.clean));
}

/** A headline or sentence cleaned to be a label; null when it is too short to be one. */
function candidate(text: string, bonus: number): Candidate | null {
  const clean = tidyLabel(stripDateline(stripCaption(text.trim())));
  return clean.split(' ').length >= 3 ? { clean, bonus, held: null, penalty: 0, factor: 1, label: null } : null;
}

/** How much of the row's key words a candidate holds, each once (see the module comment). */
function candidateScore(c: Candidate, keys: Map<string, number>): number {
  if (c.held === null) {
    c.held = heldKeys(c.clean, keys);
    // Long candidates say more than a label needs; quotes are someone's words, not the event.
    c.penalty = Math.max(1, c.clean.length / LABEL_MAX) * (/^[„"»«“]/.test(c.clean) ? 2 : 1);
    c.factor = HYPOTHETICAL.test(c.clean) ? HYPOTHETICAL_FACTOR : 1;
  }
  let sum = 0;
  for (const k of c.held) sum += keys.get(k)!;
  return ((sum * c.bonus) / c.penalty) * c.factor;
}

/** The keys of `keys` a text holds (a word's stem, its name key, its name key without a genitive's `s`), each once, in order. */
function heldKeys(clean: string, keys: Map<string, number>): string[] {
  const held: string[] = [];
  const seen = new Set<string>();
  const hold = (k: string) => {
    if (!seen.has(k) && keys.has(k)) {
      seen.add(k);
      held.push(k);
    }
  };
  forEachWord(clean, (s, e) => {
    const w = clean.slice(s, e);
    hold(analyzeWord(w)[1]);
    const lower = w.toLowerCase();
    hold(`@${lower}`);
    if (lower.endsWith('s')) hold(`@${lower.slice(0, -1)}`);
  });
  return held;
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
