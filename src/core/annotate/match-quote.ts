import approxSearch from 'approx-string-match';

/**
 * Finds the best place for a quote in a text that may have changed since it was quoted.
 *
 * Candidates are the exact occurrences of the quote or, when there are none, approximate ones
 * with at most a quarter of the quote's length in errors (Myers' bit-parallel algorithm). Each is
 * scored by how well the quote, the text before it and the text after it match, and by how
 * close it is to where the quote used to be. The approach and the weights follow Hypothesis's
 * client (src/annotator/anchoring/match-quote.ts); see README.md.
 */

/** Where a quote was, to prefer candidates that agree with it. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** The quote's old start offset. */
  hint?: number;
}

/** A place found for a quote: `[start, end)`, its edit distance, and a score in 0..1. */
export interface QuoteMatch {
  start: number;
  end: number;
  errors: number;
  score: number;
}

// The quote itself matters most; context breaks ties between repeated words; position only
// breaks ties between otherwise equal candidates.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** At most this many errors are searched for, whatever the quote's length (cost grows with it). */
const MAX_ERRORS_CAP = 256;
/**
 * Share of the quote's length that may be wrong in an approximate match. Hypothesis allows a
 * half; on German news text a half lets a removed 30-character quote "match" unrelated words,
 * so a quarter: a reworded phrase or fixed typos are found, a different sentence is not.
 */
const MAX_ERROR_SHARE = 0.25;
/** An approximate match must also score this well overall: its surroundings must agree too. */
const MIN_FUZZY_SCORE = 0.6;

/** Candidates scored at most; a quote of one common word can occur hundreds of times. */
const MAX_CANDIDATES = 200;

/**
 * An exact occurrence scoring at least this is taken without looking for approximate ones:
 * its context agrees. Below it, the quote may have been edited where it stood while the same
 * words remain elsewhere ("über vier Stunden" twice), so approximate candidates compete.
 */
const CONFIDENT_EXACT = 0.95;

type Candidate = { start: number; end: number; errors: number };

/** Characters searched on each side of the old place, beyond the quote's own length. */
const WINDOW_SLACK = 64;

function exactCandidates(text: string, quote: string): Candidate[] {
  const exact: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1 && exact.length < MAX_CANDIDATES; at = text.indexOf(quote, at + 1)) {
    exact.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return exact;
}

/** How well `str` matches `text` (0..1), allowing any number of errors. */
function similarity(text: string, str: string): number {
  if (str.length === 0) return 1;
  if (text.length === 0) return 0;
  if (text === str) return 1;
  const best = approxSearch(text, str, str.length).reduce((m, x) => Math.min(m, x.errors), str.length);
  return 1 - best / str.length;
}

/**
 * The best place for `quote` in `text`, or null when no candidate is within the error bound
 * (the quote was deleted or rewritten beyond recognition).
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(MAX_ERRORS_CAP, Math.floor(quote.length * MAX_ERROR_SHARE));
  let best = bestOf(text, quote, context, exactCandidates(text, quote), null);
  if ((best && best.score >= CONFIDENT_EXACT) || maxErrors < 1) return best;
  // The search reports only the fewest-error matches of the text it is given, so an exact
  // occurrence elsewhere would hide an edited one where the quote stood: search that place too.
  if (context.hint !== undefined) {
    const from = Math.max(0, context.hint - quote.length - WINDOW_SLACK);
    const window = text.slice(from, context.hint + 2 * quote.length + WINDOW_SLACK);
    const near = approxSearch(window, quote, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
    best = bestOf(text, quote, context, near, best);
  }
  if (!best) best = bestOf(text, quote, context, approxSearch(text, quote, maxErrors).slice(0, MAX_CANDIDATES), null);
  return best && (best.errors === 0 || best.score >= MIN_FUZZY_SCORE) ? best : null;
}

function bestOf(text: string, quote: string, context: QuoteContext, found: Candidate[], best: QuoteMatch | null): QuoteMatch | null {
  for (const c of found) {
    const quoteScore = 1 - c.errors / quote.length;
    const prefixScore = context.prefix ? similarity(text.slice(Math.max(0, c.start - context.prefix.length), c.start), context.prefix) : 1;
    const suffixScore = context.suffix ? similarity(text.slice(c.end, c.end + context.suffix.length), context.suffix) : 1;
    const positionScore = context.hint === undefined ? 1 : 1 - Math.min(1, Math.abs(c.start - context.hint) / Math.max(1, text.length));
    const score = (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) / TOTAL_WEIGHT;
    if (!best || score > best.score) best = { start: c.start, end: c.end, errors: c.errors, score };
  }
  return best;
}
