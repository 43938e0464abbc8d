import type { WriteDb } from '../handles';

/**
 * The text a person's text edit was made on (`articles.edit_base`): the report's text as it
 * stood when `edited_text` was first set, kept until the edit is taken off. Carrying the edit
 * into a new version of the file (`core/version-text.ts`) merges against it; without it the
 * merge base was the earlier file extracted by today's extractor, so what an extractor change
 * altered in that text was read as the person's edit. Edits stored before this migration have
 * none (NULL) and keep that behaviour: their base cannot be known now.
 */
export function up(db: WriteDb): void {
  db.exec(`ALTER TABLE articles ADD COLUMN edit_base TEXT;`);
}
