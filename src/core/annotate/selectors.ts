import type { TextPositionSelector, TextQuoteSelector } from '../../shared/api';

/**
 * Characters of context kept on each side of a quote. Enough to tell apart two occurrences of
 * the same words (a name repeated in a report), short enough to survive nearby edits.
 */
export const CONTEXT_CHARS = 32;

/** The W3C selectors that describe `text[start, end)`. */
export function describeRange(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
