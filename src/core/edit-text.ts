import { ApiError } from '../shared/errors';
import type { ArticleId } from '../shared/api';
import type { WriteDb } from './store/db';
import { stmt } from './store/queries/cache';
import { reextractArticles } from './ingest/reextract';

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
    if (text.trim() === '') throw new ApiError('BAD_INPUT', 'edit: the text is empty; give null to go back to the original');
    if (text.length > MAX_TEXT_CHARS) throw new ApiError('TOO_LARGE', `edit: the text is longer than ${MAX_TEXT_CHARS} characters`);
  }
  const changed = stmt(db, 'UPDATE articles SET edited_text = ? WHERE id = ?').run(text === null ? null : text.replace(/\r\n?/g, '\n'), id).changes;
  if (changed === 0) throw new ApiError('NOT_FOUND', `library: no article with id "${id}"`);
  const report = await reextractArticles(db, [id]);
  if (report.failed.length > 0) throw new ApiError('INTERNAL', report.failed[0]!.reason);
}
