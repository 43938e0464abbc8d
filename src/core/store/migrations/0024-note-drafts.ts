import type { WriteDb } from '../handles';

/**
 * Notes being typed and not saved (`note_drafts`), one per annotation, kept in the library rather
 * than the window's storage: the browser host listens on a new port each run, so its storage (per
 * origin) would not outlive a restart, and every window and host of one library sees one draft.
 * `based_on` is the note as it was saved when the draft began, so a note saved elsewhere since is
 * told apart from the draft and never overwritten by it. A deleted or purged annotation takes its
 * draft with it (cascade); a draft is not part of the note (not searched, exported or copied).
 */
export function up(db: WriteDb): void {
  db.exec(`
    CREATE TABLE note_drafts (
      annotation_id TEXT PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE,
      text          TEXT NOT NULL,
      based_on      TEXT,
      saved_at      TEXT NOT NULL
    ) WITHOUT ROWID;
  `);
}
