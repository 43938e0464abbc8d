import type { ArticleHits } from '../../shared/api';
import type { ReadDb } from '../store/db';
import { getArticleTextAndBlocks } from '../store/queries/search';
import { mergeRanges, QueryMatcher, type Range } from './matcher';
import { widenNames, type NameSpellings } from './name-spellings';
import { sameSkeletonWords } from './name-words';
import { parseQuery } from './query-parser';

/**
 * Every place a query matches in one article, as offsets into `Article.text`, in order: the
 * header and body blocks, plus the comments when the query says `in:comments`. Boilerplate is
 * never searched. Undefined for an unknown article; an empty list when nothing matches.
 *
 * A name is widened to its other spellings as `searchArticles` widens it (`spellings`, and the
 * library's written forms of its skeleton), so a report the search found by `Witkoff` for a typed
 * `Whitkof` shows those places, not "no hits".
 */
export function articleHits(db: ReadDb, id: string, q: string, spellings?: NameSpellings): ArticleHits | undefined {
  const a = getArticleTextAndBlocks(db, id);
  if (!a) return undefined;
  const { root, filters } = widenNames(parseQuery(q), spellings ?? (() => null), (w) => sameSkeletonWords(db, w)).parsed;
  const matcher = new QueryMatcher(root);
  if (matcher.isEmpty) return { ranges: [] };
  const regions = new Set<string>(['header', 'body']);
  if (filters.scopes.includes('comments')) regions.add('comments');
  if (!filters.scopes.includes('article')) regions.delete('header'), regions.delete('body');
  const out: Range[] = [];
  for (const b of a.blocks) {
    if (!regions.has(b.region)) continue;
    out.push(...matcher.ranges(a.text.slice(b.start, b.end), b.start));
  }
  return { ranges: mergeRanges(out) };
}
