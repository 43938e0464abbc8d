import type { WriteDb } from '../handles';

/**
 * Site templates (`core/derived/site-templates`): each page's site and the keys of its lines
 * (and of the lines a person marked as outside its article), and per site how many pages each
 * line stands in. `site_template_state` remembers how many template lines a site had when its
 * stored pages were last extracted with it, so a material change re-extracts them. No foreign
 * keys, as for the derived tables of migrations 6 and 8: a trigger takes a deleted article's
 * lines out of its site's counts.
 */
export function up(db: WriteDb): void {
  db.exec(`
    CREATE TABLE site_pages (
      article_id TEXT PRIMARY KEY,
      site TEXT NOT NULL,
      lines TEXT NOT NULL,
      outside TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX site_pages_site ON site_pages(site);
    CREATE TABLE site_lines (
      site TEXT NOT NULL,
      line INTEGER NOT NULL,
      pages INTEGER NOT NULL,
      outside INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (site, line)
    ) WITHOUT ROWID;
    CREATE TABLE site_template_state (
      site TEXT PRIMARY KEY,
      template_lines INTEGER NOT NULL
    );
    CREATE TRIGGER site_pages_ad AFTER DELETE ON articles
    WHEN EXISTS (SELECT 1 FROM site_pages WHERE article_id = old.id) BEGIN
      UPDATE site_lines SET pages = pages - 1
        WHERE site = (SELECT site FROM site_pages WHERE article_id = old.id)
          AND line IN (SELECT value FROM json_each((SELECT lines FROM site_pages WHERE article_id = old.id)));
      UPDATE site_lines SET outside = outside - 1
        WHERE site = (SELECT site FROM site_pages WHERE article_id = old.id)
          AND line IN (SELECT value FROM json_each((SELECT outside FROM site_pages WHERE article_id = old.id)));
      DELETE FROM site_lines WHERE site = (SELECT site FROM site_pages WHERE article_id = old.id) AND pages <= 0;
      DELETE FROM site_pages WHERE article_id = old.id;
    END;
  `);
}
