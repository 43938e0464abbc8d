/**
 * Re-extraction of a site's stored pages when its template changed materially: the site
 * crossed the threshold (its first template lines), or the number of its template lines moved
 * by a quarter (at least `MIN_CHANGE` lines). Runs through the one re-extraction path
 * (`reextract.ts`): a person's edits, corrections and annotations stay with their text.
 */
import type { ArticleId, ReextractReport } from '../../shared/api';
import type { WriteDb } from '../store/db';
import { setTemplateSizeApplied, sitePages, templateSizeApplied } from '../store/queries/site-templates';
import { templateFor } from '../derived/site-templates/template';
import { reextractArticles, type ReextractOptions } from './reextract';

/** Fewest template lines that must come or go before a site's pages are extracted again. */
const MIN_CHANGE = 3;
/** Share of a site's template lines that must come or go. */
const MIN_CHANGE_SHARE = 0.25;

/** Whether a template of `now` lines differs materially from the `applied` one. */
export function changedMaterially(applied: number, now: number): boolean {
  if (applied === now) return false;
  if (applied === 0 || now === 0) return true;
  return Math.abs(now - applied) >= Math.max(MIN_CHANGE, MIN_CHANGE_SHARE * applied);
}

/**
 * The size of the template the site's stored pages are extracted with: as one of them sees it
 * (from the others, never from itself), which is what re-extraction would apply.
 */
export function storedTemplateSize(db: WriteDb, site: string): number {
  const [first] = sitePages(db, site);
  return first ? templateFor(db, site, first)?.lines.length ?? 0 : 0;
}

/** The sites among `sites` whose template changed materially, with its size now. */
export function sitesToRefresh(db: WriteDb, sites: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const site of sites) {
    const now = storedTemplateSize(db, site);
    if (changedMaterially(templateSizeApplied(db, site), now)) out.set(site, now);
  }
  return out;
}

/**
 * Re-extracts the stored pages of every site in `sites` whose template changed materially, and
 * notes the template size they now have (only once done, so a run cut short is redone by the
 * next import of the site). Null when no site needed it.
 */
export async function refreshSites(db: WriteDb, sites: Iterable<string>, opts: ReextractOptions = {}): Promise<ReextractReport | null> {
  const todo = sitesToRefresh(db, sites);
  if (todo.size === 0) return null;
  const ids: ArticleId[] = [];
  for (const site of todo.keys()) ids.push(...sitePages(db, site));
  const report = await reextractArticles(db, ids, opts);
  if (db.open) for (const [site, n] of todo) setTemplateSizeApplied(db, site, n);
  return report;
}

/**
 * Re-extracts the stored pages of `site` but `except` (a person's correction there taught the
 * site's template), and notes the template size they now have.
 */
export async function reextractSite(db: WriteDb, site: string, except: ArticleId, opts: ReextractOptions = {}): Promise<ReextractReport> {
  const ids = sitePages(db, site).filter((id) => id !== except);
  const report = await reextractArticles(db, ids, opts);
  if (db.open) setTemplateSizeApplied(db, site, storedTemplateSize(db, site));
  return report;
}
