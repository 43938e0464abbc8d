/**
 * Settling the conflicts a text edit carried into a new version left (`version-text.ts`): the
 * person keeps the file's side (the conflict goes, the text stays) or puts their own side back
 * (a text edit like any other, `editArticleText`, which also moves the other conflicts).
 */
import type { Article, ArticleId } from '../shared/api';
import { notice } from '../shared/api/notices';
import { codedError } from '../shared/i18n';
import type { WriteDb } from './store/db';
import { getArticle } from './store/queries/article-reads';
import { stmt } from './store/queries/cache';
import { getTextConflicts, setTextConflicts } from './store/queries/text-conflicts';
import { editArticleText, type EditOptions } from './edit-text';
import { bad } from './validate';

/**
 * Settles conflict `index` of report `id` (see `VersionsApi.resolveTextConflict`).
 *
 * @throws ApiError `BAD_INPUT` for an index or choice of the wrong kind, `NOT_FOUND` for an
 *   unknown report, `CONFLICT` (`version.no-conflict`) for no such conflict or one whose stretch
 *   no longer holds the file's side; the errors of `editArticleText` for `edit`.
 */
export async function resolveTextConflict(db: WriteDb, id: ArticleId, index: unknown, use: unknown, opts: EditOptions = {}): Promise<Article> {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) bad('version: a conflict index must be a whole number ≥ 0');
  if (use !== 'file' && use !== 'edit') bad('version: a conflict is settled with "file" or "edit"');
  const text = (stmt(db, 'SELECT text FROM articles WHERE id = ?').get(id) as { text: string } | undefined)?.text;
  if (text === undefined) throw codedError('NOT_FOUND', notice('library.no-article', { id, scope: 'library' }));
  const conflicts = getTextConflicts(db, id);
  const c = conflicts[index];
  if (!c || text.slice(c.start, c.end) !== c.file) throw codedError('CONFLICT', notice('version.no-conflict', { index }));
  if (use === 'file') {
    db.transaction(() => setTextConflicts(db, id, conflicts.filter((_, i) => i !== index), new Date().toISOString()))();
  } else {
    // The edit touches the conflict's stretch, so `editArticleText` drops it and moves the rest.
    await editArticleText(db, id, text.slice(0, c.start) + c.edit + text.slice(c.end), opts);
  }
  return getArticle(db, id)!;
}
