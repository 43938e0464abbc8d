import type { AnnotationId, NoteDraftWrite } from '../../shared/api';
import { notice } from '../../shared/api/notices';
import { codedError } from '../../shared/i18n';
import type { WriteDb } from '../store/db';
import { getNoteDraft, hasAnnotation, putNoteDraft, removeNoteDraft } from '../store/queries/note-drafts';

/**
 * Keeps or drops an annotation's note draft. With `replaces`, only while the library's draft is
 * still the one the caller saw (its `savedAt`, null: none): two windows of one library never
 * overwrite or drop each other's draft unseen; the caller gets the other draft instead.
 */
export function saveNoteDraft(db: WriteDb, id: AnnotationId, draft: { text: string; basedOn: string | null } | null, replaces?: string | null): NoteDraftWrite {
  return db.transaction((): NoteDraftWrite => {
    const now = getNoteDraft(db, id);
    if (replaces !== undefined && (now?.savedAt ?? null) !== replaces) return { written: false, draft: now };
    if (draft === null) {
      removeNoteDraft(db, id);
      return { written: now !== null, draft: null };
    }
    if (!hasAnnotation(db, id)) throw codedError('NOT_FOUND', notice('annotate.no-annotation', { id }));
    // Later than the draft it replaces even within one millisecond, so `replaces` always tells them apart.
    let savedAt = new Date().toISOString();
    if (now && savedAt <= now.savedAt) savedAt = new Date(Date.parse(now.savedAt) + 1).toISOString();
    putNoteDraft(db, id, draft.text, draft.basedOn, savedAt);
    return { written: true, draft: getNoteDraft(db, id) };
  })();
}
