/**
 * The trash: a report a person deletes is moved there first (soft delete, migration 23), out
 * of every list and view but whole, so an undo or a later restore gives back exactly what was
 * there. Trash and restore are incremental changes of the derived data (`derived/keep-current`):
 * the report's search rows, near-duplicate links, group, and compare rows go, and come back
 * derived from its stored row; nothing is rebuilt library-wide. A purge deletes it for good.
 */
import type { ArticleId, ParallaxApi, TrashResult } from '../shared/api';
import type { ParallaxEvent } from '../shared/events';
import { ApiError } from '../shared/errors';
import { notice } from '../shared/api/notices';
import { codedError } from '../shared/i18n';
import type { WriteDb } from './store/db';
import { noteChange, withChanges } from './derived/keep-current';
import type { ChangeBatch } from './derived/dataset';
import { docOf, isTrashed, listTrashedRows, purgeArticle, putTrashed, removeTrashed } from './store/queries/trash';
import { parseArticleId } from './validate';

/** Most reports one call takes (a list's selection of everything at 10k stays under it). */
const MAX_IDS = 100_000;

function parseIds(x: unknown): ArticleId[] {
  if (!Array.isArray(x)) throw new ApiError('BAD_INPUT', 'trash: ids must be a list of article ids');
  if (x.length > MAX_IDS) throw new ApiError('BAD_INPUT', `trash: at most ${MAX_IDS} reports at once`);
  return [...new Set(x.map(parseArticleId))];
}

/** Moves reports to the trash, in one transaction; rejects with `NOT_FOUND` (nothing moved) for an unknown id. */
export function trashArticles(db: WriteDb, ids: readonly ArticleId[], now = new Date().toISOString()): ArticleId[] {
  return db.transaction(() =>
    withChanges(db, (changes) => {
      const moved: ArticleId[] = [];
      for (const id of ids) {
        const doc = docOf(db, id);
        if (doc === undefined) throw codedError('NOT_FOUND', notice('library.no-article', { id, scope: 'library' }));
        if (!putTrashed(db, id, now)) continue;
        noteChange(db, { kind: 'trashed', id, doc }, changes);
        moved.push(id);
      }
      return moved;
    }),
  )();
}

/** Takes a trashed report back into every view, inside the caller's transaction; false when it was not in the trash. */
export function restoreInTransaction(db: WriteDb, id: ArticleId, changes: ChangeBatch): boolean {
  if (!removeTrashed(db, id)) return false;
  noteChange(db, { kind: 'restored', id, doc: docOf(db, id)! }, changes);
  return true;
}

/** Takes reports out of the trash, in one transaction; ids not in the trash are passed over. */
export function restoreArticles(db: WriteDb, ids: readonly ArticleId[]): ArticleId[] {
  return db.transaction(() => withChanges(db, (changes) => ids.filter((id) => restoreInTransaction(db, id, changes))))();
}

/** Deletes reports in the trash for good; others are passed over. */
export function purgeArticles(db: WriteDb, ids: readonly ArticleId[]): ArticleId[] {
  return db.transaction(() => ids.filter((id) => isTrashed(db, id) && purgeArticle(db, id)))();
}

type TrashMethods = Pick<ParallaxApi, 'trashArticles' | 'restoreArticles' | 'listTrash' | 'purgeArticles'>;

/** The trash calls of the API contract. */
export function trashMethods(db: WriteDb, emit: (e: ParallaxEvent) => void): TrashMethods {
  const done = (ids: ArticleId[]): TrashResult => {
    if (ids.length > 0) emit({ type: 'libraryChanged' });
    return { ids };
  };
  return {
    async trashArticles(ids) {
      return done(trashArticles(db, parseIds(ids)));
    },
    async restoreArticles(ids) {
      return done(restoreArticles(db, parseIds(ids)));
    },
    async listTrash() {
      return listTrashedRows(db).map((r) => ({ ...r.summary, trashedAt: r.trashedAt, edited: r.edited }));
    },
    async purgeArticles(ids) {
      return done(purgeArticles(db, parseIds(ids)));
    },
  };
}
