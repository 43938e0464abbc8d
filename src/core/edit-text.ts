import { ApiError } from '../shared/errors';
import type { ArticleId } from '../shared/api';
import type { WriteDb } from './store/db';
import { stmt } from './store/queries/cache';
import { reextractArticles } from './ingest/reextract';
import { notice } from '../shared/api/notices';
import { codedError } from '../shared/i18n';

/** Longest edited text accepted: the same bound as one article file. */
const MAX_TEXT_CHARS = 32 * 1024 * 1024;

/**
 * Stores a person's edit of an article's text (null: back to the original) and extracts the
 * article again from it; its annotations are placed again, orphans kept.
 *
 * @throws ApiError `NOT_FOUND` for an unknown article, `BAD_INPUT` for empty or huge text.
 */
export async function editArticleText(db: WriteDb, id: ArticleId, text: string | null): Promise<void> {
  if (text !== null) {
    if (text.trim() === '') throw codedError('BAD_INPUT', notice('edit.text-empty'));
    if (text.length > MAX_TEXT_CHARS) throw codedError('TOO_LARGE', notice('edit.text-too-long', { max: MAX_TEXT_CHARS }));
  }
  const changed = stmt(db, 'UPDATE articles SET edited_text = ? WHERE id = ?').run(text === null ? null : text.replace(/\r\n?/g, '\n'), id).changes;
  if (changed === 0) throw codedError('NOT_FOUND', notice('library.no-article', { id, scope: 'library' }));
  const report = await reextractArticles(db, [id]);
  if (report.failed.length > 0) throw new ApiError('INTERNAL', report.failed[0]!.reason, report.failed[0]!.reasonCoded);
}
