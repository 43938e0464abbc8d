import type { WriteDb } from '../handles';

/**
 * Annotations (W3C Web Annotation model), an article's edited text and its reading state.
 *
 * Annotations: the selectors a person made, the current place and
 * status after the text last changed, tags, and links between annotations of different reports.
 * Articles are never deleted from under annotations (no cascade from articles).
 */
export function up(db: WriteDb): void {
  db.exec(`
    CREATE TABLE annotations (
      id         TEXT PRIMARY KEY,
      article_id TEXT NOT NULL REFERENCES articles(id),
      color      TEXT,
      note       TEXT,
      exact      TEXT NOT NULL,
      prefix     TEXT NOT NULL,
      suffix     TEXT NOT NULL,
      start      INTEGER NOT NULL,
      end        INTEGER NOT NULL,
      status     TEXT NOT NULL DEFAULT 'anchored',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX annotations_article ON annotations(article_id, start);

    CREATE TABLE annotation_tags (
      annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
      tag           TEXT NOT NULL,
      PRIMARY KEY (annotation_id, tag)
    ) WITHOUT ROWID;
    CREATE INDEX annotation_tags_tag ON annotation_tags(tag);

    -- One row per linked pair, stored once with a < b.
    CREATE TABLE annotation_links (
      a          TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
      b          TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
      relation   TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (a, b),
      CHECK (a < b)
    ) WITHOUT ROWID;
    CREATE INDEX annotation_links_b ON annotation_links(b);

    -- A person's edit of an article's text; extraction runs on it instead of the decoded raw
    -- bytes (which stay in sources). NULL: not edited.
    ALTER TABLE articles ADD COLUMN edited_text TEXT;

    -- Reading state: how far down the article the reader got (0..1), and when it was finished.
    ALTER TABLE articles ADD COLUMN read_progress REAL NOT NULL DEFAULT 0;
    ALTER TABLE articles ADD COLUMN read_at TEXT;
  `);
}
