import type { CompareSentence } from '../../../src/shared/api';

/** A `[start, end)` span of an article's text. */
export type Span = [number, number];

/** Every place an anchor stands in a text (exact; whitespace runs may differ). Empty when it is gone. */
export function locate(text: string, anchor: string): Span[] {
  const pattern = new RegExp(anchor.trim().split(/\s+/).map(escape).join('\\s+'), 'g');
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as Span);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a sentence overlaps any of the spans. */
export function overlaps(s: Pick<CompareSentence, 'start' | 'end'>, spans: Span[]): boolean {
  return spans.some(([a, b]) => s.start < b && a < s.end);
}

/** Whether `needle` stands in `hay` as whole words (a genitive s allowed), ignoring case. */
export function hasWords(hay: string, needle: string): boolean {
  return new RegExp(`(^|[^\\p{L}])${escape(needle)}s?($|[^\\p{L}])`, 'iu').test(hay);
}
