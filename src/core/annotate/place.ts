import type { AnchorStatus, TextPositionSelector, TextQuoteSelector } from '../../shared/api';
import { matchQuote } from './match-quote';

/** Where an annotation now stands in a text. */
export interface Placement {
  start: number;
  end: number;
  status: AnchorStatus;
}

/**
 * Places an annotation in `text` (the article's current text): by its position when the quote
 * is still there with its context, else by searching the quote (exactly, then approximately).
 * Never throws; an annotation that cannot be placed keeps its last position and is `orphaned`.
 */
export function placeAnnotation(text: string, quote: TextQuoteSelector, position: TextPositionSelector): Placement {
  const { start, end } = position;
  // Fast path, the common case after re-extraction with unchanged text: no search at all.
  if (text.slice(start, end) === quote.exact && text.slice(Math.max(0, start - quote.prefix.length), start) === quote.prefix) {
    return { start, end, status: 'anchored' };
  }
  const m = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: start });
  if (!m) return { start, end, status: 'orphaned' };
  if (m.errors > 0) return { start: m.start, end: m.end, status: 'fuzzy' };
  return { start: m.start, end: m.end, status: m.start === start ? 'anchored' : 'moved' };
}
