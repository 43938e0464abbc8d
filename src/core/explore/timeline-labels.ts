/**
 * A timeline row's label: a short phrase in the reports' own words, never a bag of key words.
 * Candidates are the headlines of the reports a row cites and the sentences that date it; each
 * is scored by how much of the row's key words it holds (weighted by rarity), headlines first
 * (they are written to say what happened), long sentences last, a question or a condition
 * (`Sollte er die Abstimmung verlieren, …`, `Wenn …`) after a statement: it says what may happen. The winner is shortened: a
 * dateline (`Moskau (Reuters) -`) and a closing period go, and a long sentence is cut at a
 * clause boundary (or a word, marked `…`).
 */
import { analyzeWord, forEachWord } from '../text/words';

/** What the label is chosen from. */
export interface LabelSource {
  /** Headlines of the reports the row cites (derived ones too: they are the report's lead). */
  titles: string[];
  /** The sentences that date the row. */
  sentences: string[];
  /** The row's key words (stems, `@name`) and their weight. */
  keys: Map<string, number>;
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
    const clean = stripDateline(stripCaption(text.trim()));
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
  for (const s of src.sentences) consider(s, 1);
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

function shorten(s: string): string {
  const t = s.replace(/[.!]\s*$/, '');
  if (t.length <= LABEL_MAX) return t;
  const head = t.slice(0, LABEL_MAX);
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf(': '), head.lastIndexOf(' – '), head.lastIndexOf(' - '));
  if (clause >= CLAUSE_MIN) return head.slice(0, clause);
  return `${head.slice(0, Math.max(head.lastIndexOf(' '), CLAUSE_MIN))}…`;
}
