/**
 * Site templates' counts (migration 13): each page's site and line keys, and per site how many
 * pages each line stands in. Written by `core/derived/site-templates`, read by ingest and
 * re-extraction for the template to hand the extractor.
 */
import type { ArticleId, SourceFormat } from '../../../shared/api';
import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';

/** What one page adds to its site's counts. */
export interface SitePage {
  site: string;
  /** Distinct keys of its lines. */
  lines: readonly number[];
  /** Keys of its lines a person marked as outside the article. */
  outside: readonly number[];
}

/** Drops every site's counts (the first step of a rebuild). */
export function clearSiteTemplates(db: WriteDb): void {
  db.exec('DELETE FROM site_pages; DELETE FROM site_lines; DELETE FROM site_template_state;');
}

/** The page's stored contribution, or null when it has no site. */
export function sitePageOf(db: ReadDb, id: ArticleId): SitePage | null {
  const r = stmt(db, 'SELECT site, lines, outside FROM site_pages WHERE article_id = ?').get(id) as { site: string; lines: string; outside: string } | undefined;
  return r ? { site: r.site, lines: JSON.parse(r.lines) as number[], outside: JSON.parse(r.outside) as number[] } : null;
}

/** Adds a page to its site's counts (replacing what it added before unless `isNew`). */
export function putSitePage(db: WriteDb, id: ArticleId, page: SitePage, isNew: boolean): void {
  if (!isNew) removeSitePage(db, id);
  stmt(db, 'INSERT INTO site_pages(article_id, site, lines, outside) VALUES (?, ?, ?, ?)').run(id, page.site, JSON.stringify(page.lines), JSON.stringify(page.outside));
  const line = stmt(db, 'INSERT INTO site_lines(site, line, pages) VALUES (?, ?, 1) ON CONFLICT(site, line) DO UPDATE SET pages = pages + 1');
  for (const k of page.lines) line.run(page.site, k);
  const out = stmt(db, 'UPDATE site_lines SET outside = outside + 1 WHERE site = ? AND line = ?');
  for (const k of page.outside) out.run(page.site, k);
}

/** Takes a page out of its site's counts. */
export function removeSitePage(db: WriteDb, id: ArticleId): void {
  const old = sitePageOf(db, id);
  if (!old) return;
  const line = stmt(db, 'UPDATE site_lines SET pages = pages - 1 WHERE site = ? AND line = ?');
  for (const k of old.lines) line.run(old.site, k);
  const out = stmt(db, 'UPDATE site_lines SET outside = outside - 1 WHERE site = ? AND line = ?');
  for (const k of old.outside) out.run(old.site, k);
  stmt(db, 'DELETE FROM site_lines WHERE site = ? AND pages <= 0').run(old.site);
  stmt(db, 'DELETE FROM site_pages WHERE article_id = ?').run(id);
}

/**
 * The stored articles of a rowid range `(after, upTo]` with what their site can be read from:
 * the kept source of the formats that can name an address or outlet (HTML, JSON records; the
 * raw bytes are null for the others, which never have a site) and the article's text.
 */
export function siteSourcesBetween(db: ReadDb, after: number, upTo: number): { id: ArticleId; raw: Uint8Array | null; name: string; path: string | null; locator: string | null; format: SourceFormat; text: string }[] {
  return stmt(
    db,
    `SELECT a.id, CASE WHEN s.format IN ('html', 'json', 'jsonl') THEN s.raw END AS raw, s.name, s.path, s.locator, s.format, a.text
     FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.rowid > ? AND a.rowid <= ? ORDER BY a.rowid`,
  ).all(after, upTo) as never;
}

/** How many pages of the site the library holds. */
export function sitePageCount(db: ReadDb, site: string): number {
  return stmt(db, 'SELECT count(*) AS n FROM site_pages WHERE site = ?').pluck().get(site) as number;
}

/** The stored pages of a site, in the order they were added. */
export function sitePages(db: ReadDb, site: string): ArticleId[] {
  return stmt(db, 'SELECT s.article_id FROM site_pages s JOIN articles a ON a.id = s.article_id WHERE s.site = ? ORDER BY a.rowid').pluck().all(site) as ArticleId[];
}

/**
 * The site's lines standing in at least `minPages` pages, or marked outside on one, with their
 * counts (a superset of the template: the caller takes a page's own lines out).
 */
export function siteLineCounts(db: ReadDb, site: string, minPages: number): { key: number; pages: number; outside: number }[] {
  return stmt(db, 'SELECT line AS key, pages, outside FROM site_lines WHERE site = ? AND (pages >= ? OR outside > 0)').all(site, minPages) as { key: number; pages: number; outside: number }[];
}

/** Template lines the site had when its pages were last extracted with it (0: never). */
export function templateSizeApplied(db: ReadDb, site: string): number {
  return (stmt(db, 'SELECT template_lines FROM site_template_state WHERE site = ?').pluck().get(site) as number | undefined) ?? 0;
}

/** Notes the template size the site's pages were (re-)extracted with. */
export function setTemplateSizeApplied(db: WriteDb, site: string, lines: number): void {
  stmt(db, 'INSERT INTO site_template_state(site, template_lines) VALUES (?, ?) ON CONFLICT(site) DO UPDATE SET template_lines = excluded.template_lines').run(site, lines);
}
