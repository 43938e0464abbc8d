import type { WriteDb } from '../handles';

/**
 * Search collapses near-duplicate copies into one result per group. Looking each ranked doc's
 * group up through `twin_copies` (a text key per row) cost a phrase or prefix search at 100k
 * reports more than its ranking, so every search doc carries its group here: `head` is the doc
 * (article rowid) of the report its group collapses under, NULL when it heads itself or has no
 * copies; `coalesce(head, doc)` is the group.
 *
 * Kept by triggers from `twin_copies` (the twin-groups dataset's rows), so whatever writes the
 * groups or the search docs, in whichever order, leaves them in step.
 */
export function up(db: WriteDb): void {
  db.exec(`
    ALTER TABLE search_docs ADD COLUMN head INTEGER;

    UPDATE search_docs SET head = (
      SELECT a.rowid FROM twin_copies tc JOIN articles a ON a.id = tc.head_id WHERE tc.article_id = search_docs.article_id
    );

    CREATE TRIGGER search_docs_head_ai AFTER INSERT ON search_docs BEGIN
      UPDATE search_docs SET head = (
        SELECT a.rowid FROM twin_copies tc JOIN articles a ON a.id = tc.head_id WHERE tc.article_id = NEW.article_id
      ) WHERE doc = NEW.doc;
    END;
    CREATE TRIGGER search_docs_head_twin_ai AFTER INSERT ON twin_copies BEGIN
      UPDATE search_docs SET head = (SELECT rowid FROM articles WHERE id = NEW.head_id) WHERE article_id = NEW.article_id;
    END;
    CREATE TRIGGER search_docs_head_twin_au AFTER UPDATE ON twin_copies BEGIN
      UPDATE search_docs SET head = NULL WHERE article_id = OLD.article_id AND OLD.article_id <> NEW.article_id;
      UPDATE search_docs SET head = (SELECT rowid FROM articles WHERE id = NEW.head_id) WHERE article_id = NEW.article_id;
    END;
    CREATE TRIGGER search_docs_head_twin_ad AFTER DELETE ON twin_copies BEGIN
      UPDATE search_docs SET head = NULL WHERE article_id = OLD.article_id;
    END;
  `);
}
