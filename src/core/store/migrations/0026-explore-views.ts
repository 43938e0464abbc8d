import type { WriteDb } from '../handles';

/**
 * The explore views' served results kept between sessions (`explore_views`: one row per view,
 * its body as the view serves it, the dataset version that wrote it and the stamp of the compare
 * rows it was built from), and that stamp's counter (`explore_views_state.changes`), moved by
 * every change of the compare rows a view reads. A stored view whose stamp is not the counter is
 * stale and never served; the rows are derived data (`core/derived/explore-groupings.ts`)
 * written by the app, never here.
 */
export function up(db: WriteDb): void {
  db.exec(`
    CREATE TABLE explore_views (
      view TEXT PRIMARY KEY,
      version INTEGER NOT NULL,
      stamp INTEGER NOT NULL,
      body TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE explore_views_state (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      changes INTEGER NOT NULL
    );
    INSERT INTO explore_views_state(id, changes) VALUES (1, 0);
  `);
}
