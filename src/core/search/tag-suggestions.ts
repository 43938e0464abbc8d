import type { Suggestion } from '../../shared/api';
import type { ReadDb } from '../store/db';
import { stmt } from '../store/queries/cache';
import { editDistance } from '../text/distance';
import { foldText } from '../text/fold';
import { hasAnnotations } from './notes';

/**
 * Tags a person gave highlights, for the suggestions. They are not in the suggestion index
 * (derived data, rebuilt by version and caught up from article changes): a person adds and
 * removes them one at a time, and they are few, so they are read from `annotation_tags` when
 * asked — one grouped scan of a table of a person's writing. `tag:` in a query matches them and
 * the pages' own tags alike (`search/search.ts`), so a tag taken from the suggestions finds both.
 */

/** A typed part at least this long may match a tag with one edit (a typo), as the index's fuzzy words do at 4. */
const FUZZY_MIN = 4;
/** Score of a tag the typed text starts (before the index's own results) and of one matched with a typo. */
const PREFIX_SCORE = 1000;
const TYPO_SCORE = 1;

/** True when `f` starts with `q` but for one edit: a letter left out, added or wrong. */
function startsWithTypo(f: string, q: string): boolean {
  for (let n = q.length - 1; n <= q.length + 1; n++) if (n <= f.length && editDistance(f.slice(0, n), q, 1) <= 1) return true;
  return false;
}

/** The distinct highlight tags, most used first. */
function ownTags(db: ReadDb): { tag: string; n: number }[] {
  if (!hasAnnotations(db)) return [];
  return stmt(db, 'SELECT tag, count(*) AS n FROM annotation_tags GROUP BY tag ORDER BY n DESC, tag').all() as { tag: string; n: number }[];
}

/**
 * Highlight tags matching `typed` (folded: case, accents, ß): those it starts, or that start one
 * of their words with it, then those within one edit of it; an empty `typed` gives every tag,
 * most used first. At most `limit`.
 */
export function highlightTagSuggestions(db: ReadDb, typed: string, limit: number): Suggestion[] {
  const q = foldText(typed.replace(/"/g, '')).trim();
  const prefix: Suggestion[] = [];
  const typo: Suggestion[] = [];
  for (const { tag } of ownTags(db)) {
    const f = foldText(tag);
    if (q === '' || f.startsWith(q) || f.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(q))) prefix.push({ text: tag, kind: 'tag', score: PREFIX_SCORE });
    else if (q.length >= FUZZY_MIN && startsWithTypo(f, q)) typo.push({ text: tag, kind: 'tag', score: TYPO_SCORE });
  }
  return [...prefix, ...typo].slice(0, limit);
}

/** The value typed after `tag:` when the last term of `text` is a `tag:` filter, else null. */
export function typedTagFilter(text: string): string | null {
  const m = /(?:^|\s)tag:("[^"]*"?|\S*)$/i.exec(text);
  return m ? m[1]!.replace(/"/g, '') : null;
}

/** Joins tag suggestions into `base`: tags first, then the rest; one line per kind and text. */
export function withTags(tags: readonly Suggestion[], base: readonly Suggestion[], limit: number): Suggestion[] {
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const s of [...tags, ...base]) {
    const key = `${s.kind}:${s.text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
    if (out.length >= limit) break;
  }
  return out;
}
