import type { Snippet } from '../../shared/api';
import type { Range } from './matcher';

/**
 * Cuts snippets out of plain text: a window around the densest group of matches, trimmed to
 * word boundaries, with the matches as `[start, end)` ranges into the snippet's own text.
 * Plain text only, never HTML: the UI marks the ranges itself.
 */

/** About this many characters per body snippet (two lines of the result list). */
export const SNIPPET_CHARS = 200;
/** Context kept before the first match of a window, so it does not start mid-thought. */
const LEAD_CHARS = 50;
const ELLIPSIS = '…';

/** A whole short text (a title, a dek) with its matches marked. */
export function wholeSnippet(field: Snippet['field'], text: string, ranges: Range[]): Snippet {
  return { field, text, highlights: ranges.map(([s, e]) => [s, e]) };
}

/**
 * The best window of `text` for the given matches (the one holding most of them), or its start
 * when there are none.
 */
export function windowSnippet(field: Snippet['field'], text: string, ranges: Range[], size = SNIPPET_CHARS): Snippet {
  if (text.length <= size) return wholeSnippet(field, text, ranges);
  let bestStart = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < ranges.length; i++) {
    if (j < i) j = i;
    while (j + 1 < ranges.length && ranges[j + 1]![1] - ranges[i]![0] <= size - LEAD_CHARS) j++;
    if (j - i + 1 > bestCount) {
      bestCount = j - i + 1;
      bestStart = ranges[i]![0];
    }
  }
  let start = ranges.length > 0 ? Math.max(0, bestStart - LEAD_CHARS) : 0;
  if (start > 0) {
    // Start at a word: after the nearest space before the cut (or at it, when none is near).
    const sp = text.lastIndexOf(' ', start);
    start = sp >= 0 && start - sp < 20 ? sp + 1 : start;
  }
  let end = Math.min(text.length, start + size);
  if (end < text.length) {
    const sp = text.lastIndexOf(' ', end);
    if (sp > start + size / 2) end = sp;
  }
  const pre = start > 0 ? ELLIPSIS : '';
  // One character for one, so the highlight offsets stay valid.
  const body = text.slice(start, end).replace(/[\n\r\t]/g, ' ');
  const post = end < text.length ? ELLIPSIS : '';
  const shift = pre.length - start;
  const highlights: [number, number][] = [];
  for (const [s, e] of ranges) {
    if (s >= start && e <= end) highlights.push([s + shift, e + shift]);
  }
  return { field, text: pre + body + post, highlights };
}
