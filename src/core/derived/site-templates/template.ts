/**
 * The template a page of a site is extracted with: the site's lines that pass the rule
 * (`rule.ts`) counted over the site's OTHER pages — a stored page's own lines are taken out of
 * the counts, so no page learns its template from itself.
 */
import type { ArticleId } from '../../../shared/api';
import type { ReadDb } from '../../store/db';
import { siteLineCounts, sitePageCount, sitePageOf } from '../../store/queries/site-templates';
import { DEFAULT_RULE, isTemplateLine, minLinePages } from './rule';

/** The template for a page of `site` (`self`: the page, when it is stored); null when it has none. */
export function templateFor(db: ReadDb, site: string | null, self: ArticleId | null = null): { lines: number[] } | null {
  if (!site) return null;
  const own = self ? sitePageOf(db, self) : null;
  const mine = own && own.site === site ? own : null;
  const others = sitePageCount(db, site) - (mine ? 1 : 0);
  if (others < 1) return null;
  const ownLines = new Set(mine?.lines ?? []);
  const ownOutside = new Set(mine?.outside ?? []);
  const lines: number[] = [];
  for (const c of siteLineCounts(db, site, minLinePages(others, DEFAULT_RULE) ?? Number.MAX_SAFE_INTEGER)) {
    const theirs = { key: c.key, pages: c.pages - (ownLines.has(c.key) ? 1 : 0), outside: c.outside - (ownOutside.has(c.key) ? 1 : 0) };
    if (isTemplateLine(theirs, others, DEFAULT_RULE)) lines.push(c.key);
  }
  return lines.length ? { lines } : null;
}
