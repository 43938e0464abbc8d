import type { ArticleHits, Block, BlockKind } from '../../shared/api';
import type { ReadDb } from '../store/db';
import { getArticleShownText } from '../store/queries/search';
import { mergeRanges, QueryMatcher, type Range } from './matcher';
import { widenNames, type NameSpellings } from './name-spellings';
import { givenRenderings, sameSkeletonWords } from './name-words';
import { parseQuery } from './query-parser';

/** What the reader's header shows of an article: its title, kicker and dek fields. */
export interface ShownHeader {
  title: string;
  kicker: string | null;
  dek: string | null;
}

/** Header kinds the reader shows as text of their own (the rest — byline, date, section, tags — as metadata, unmarked). */
const HEADER_TEXT_KINDS: ReadonlySet<BlockKind> = new Set(['title', 'kicker', 'dek']);
/**
 * Kinds the reader does not show as marked text: metadata, the dateline before a paragraph, and
 * photo credits (joined to their caption or quote unmarked; search does not index them either).
 */
const UNMARKED_KINDS: ReadonlySet<BlockKind> = new Set(['byline', 'date', 'section', 'tags', 'dateline', 'credit']);

/**
 * The hits a person sees marked in the reader: in the title, kicker and dek as the header shows
 * them (a header block counts when its text is the field shown, once per kind: the header shows
 * the field, not the block), and in the body column (paragraphs, headings, lists, quotes,
 * captions). The one count of a report's hits: the result list's "n hits" and the
 * reader's "i of n" both come from here, so a person who reads "7 hits" finds 7.
 */
export function shownHitRanges(blocks: readonly Pick<Block, 'kind' | 'region' | 'start' | 'text'>[], header: ShownHeader, matcher: QueryMatcher): Range[] {
  const out: Range[] = [];
  const seen = new Set<BlockKind>();
  for (const b of blocks) {
    if (b.region !== 'header' && b.region !== 'body') continue;
    if (UNMARKED_KINDS.has(b.kind)) continue;
    if (HEADER_TEXT_KINDS.has(b.kind)) {
      const field = header[b.kind as 'title' | 'kicker' | 'dek'];
      if (seen.has(b.kind) || b.text !== field) continue;
      seen.add(b.kind);
    }
    out.push(...matcher.ranges(b.text, b.start));
  }
  return mergeRanges(out);
}

/**
 * Every place a query matches in one article, as offsets into `Article.text`, in order: the
 * shown hits (`shownHitRanges`), plus the comments when the query says `in:comments`.
 * Boilerplate is never searched. Undefined for an unknown article; an empty list when nothing
 * matches.
 *
 * A name is widened to its other spellings as `searchArticles` widens it (`spellings`, and the
 * library's written forms of its skeleton), so a report the search found by `Witkoff` for a typed
 * `Whitkof` shows those places, not "no hits".
 */
export function articleHits(db: ReadDb, id: string, q: string, spellings?: NameSpellings): ArticleHits | undefined {
  const a = getArticleShownText(db, id);
  if (!a) return undefined;
  const { root, filters } = widenNames(parseQuery(q), spellings ?? (() => null), (w) => sameSkeletonWords(db, w), (g, s) => givenRenderings(db, g, s)).parsed;
  const matcher = new QueryMatcher(root);
  if (matcher.isEmpty) return { ranges: [] };
  const out: Range[] = filters.scopes.includes('article') ? shownHitRanges(a.blocks, a.header, matcher) : [];
  if (filters.scopes.includes('comments')) {
    for (const b of a.blocks) if (b.region === 'comments') out.push(...matcher.ranges(a.text.slice(b.start, b.end), b.start));
  }
  return { ranges: mergeRanges(out) };
}
