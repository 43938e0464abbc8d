/**
 * The key of one line of a page, as site templates count it (`core/derived/site-templates.ts`)
 * and extraction looks it up: the line folded (`foldText`), digit runs made one `0` (a menu's
 * "Kommentare (12)" on one page is "Kommentare (3)" on the next), spaces collapsed, hashed to
 * a 52-bit integer so millions of them stay small in SQLite and in a worker message.
 */
import { foldText } from './fold';

/** Lines longer than this are prose, never a template line; reading no further keeps it bounded. */
export const LINE_KEY_MAX_CHARS = 600;

/**
 * The line's key, or null for a line that cannot be a template line: blank, without a letter,
 * or longer than `LINE_KEY_MAX_CHARS`.
 */
export function lineKey(line: string): number | null {
  if (line.length > LINE_KEY_MAX_CHARS) return null;
  const norm = foldText(line).replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
  if (!/\p{L}/u.test(norm)) return null;
  // Two FNV-1a hashes with different offsets make one key: 32 + 20 bits, exact in a double.
  let a = 0x811c9dc5, b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193 ^ 0x2f);
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}

/** Most lines of one page counted; a page longer than that is mostly one long article anyway. */
export const PAGE_KEYS_MAX = 3000;

/** The distinct keys of a page's lines (split at line breaks), at most `PAGE_KEYS_MAX`. */
export function pageLineKeys(text: string): number[] {
  const keys = new Set<number>();
  let from = 0;
  while (from <= text.length && keys.size < PAGE_KEYS_MAX) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to - from <= LINE_KEY_MAX_CHARS) {
      const k = lineKey(text.slice(from, to));
      if (k !== null) keys.add(k);
    }
    from = to + 1;
  }
  return [...keys];
}
