import type { AnnotationId, NoteDraft } from '../../../shared/api';
import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';

interface Row {
  annotation_id: string;
  text: string;
  based_on: string | null;
  saved_at: string;
}

/** Every note draft of the library (a handful: one per note someone left half typed). */
export function listNoteDrafts(db: ReadDb): NoteDraft[] {
  const rows = stmt(db, 'SELECT annotation_id, text, based_on, saved_at FROM note_drafts ORDER BY saved_at').all() as Row[];
  return rows.map(toDraft);
}

function toDraft(r: Row): NoteDraft {
  return { annotationId: r.annotation_id as AnnotationId, text: r.text, basedOn: r.based_on, savedAt: r.saved_at };
}

/** An annotation's draft, or null. */
export function getNoteDraft(db: ReadDb, id: string): NoteDraft | null {
  const r = stmt(db, 'SELECT annotation_id, text, based_on, saved_at FROM note_drafts WHERE annotation_id = ?').get(id) as Row | undefined;
  return r ? toDraft(r) : null;
}

/** True when the annotation exists. */
export function hasAnnotation(db: ReadDb, id: string): boolean {
  return stmt(db, 'SELECT 1 FROM annotations WHERE id = ?').get(id) !== undefined;
}

/** Writes an annotation's draft, replacing the one before. Call for an annotation that exists. */
export function putNoteDraft(db: WriteDb, id: string, text: string, basedOn: string | null, savedAt: string): void {
  stmt(
    db,
    `INSERT INTO note_drafts(annotation_id, text, based_on, saved_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(annotation_id) DO UPDATE SET text = excluded.text, based_on = excluded.based_on, saved_at = excluded.saved_at`,
  ).run(id, text, basedOn, savedAt);
}

/** Drops an annotation's draft, if any. */
export function removeNoteDraft(db: WriteDb, id: string): void {
  stmt(db, 'DELETE FROM note_drafts WHERE annotation_id = ?').run(id);
}
