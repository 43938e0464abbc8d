import { ApiError } from '../shared/errors';
import type { ArticleId } from '../shared/api';
import type { WriteDb } from './store/db';
import { stmt } from './store/queries/cache';
import { reextractArticles, type ReextractOptions } from './ingest/reextract';
import { notice } from '../shared/api/notices';
import { codedError } from '../shared/i18n';
import { getTextConflicts, setTextConflicts } from './store/queries/text-conflicts';
import { carryConflicts } from './text/merge3';

/** Longest edited text accepted: the same bound as one article file. */
const MAX_TEXT_CHARS = 32 * 1024 * 1024;

/** Times an edit is extracted again when another edit of the article was stored meanwhile. */
const ATTEMPTS = 3;

/** How an edit is extracted: on the extraction helper with an import's per-file limits. */
export type EditOptions = Pick<ReextractOptions, 'extractWorkerFile' | 'timeLimitMs'>;

/**
 * Stores a person's edit of an article's text (null: back to the original) with the article
 * extracted again from it; its annotations are placed again, orphans kept. The text is
 * extracted first, as an import's file is (on the extraction helper, with its time and memory
 * limits, when the host has one); only then are the edit and its extraction stored, together.
 * An edit that cannot be extracted changes nothing.
 *
 * @throws ApiError `NOT_FOUND` for an unknown article, `BAD_INPUT` for empty text, `TOO_LARGE`
 *   for text over `MAX_TEXT_CHARS` or that extraction cannot read within its limits.
 */
export async function editArticleText(db: WriteDb, id: ArticleId, text: string | null, opts: EditOptions = {}): Promise<void> {
  if (text !== null) {
    if (text.trim() === '') throw codedError('BAD_INPUT', notice('edit.text-empty'));
    if (text.length > MAX_TEXT_CHARS) throw codedError('TOO_LARGE', notice('edit.text-too-long', { max: MAX_TEXT_CHARS }));
  }
  const edit = text === null ? null : text.replace(/\r\n?/g, '\n');
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const before = (stmt(db, 'SELECT text FROM articles WHERE id = ?').get(id) as { text: string } | undefined)?.text;
    if (before === undefined) throw codedError('NOT_FOUND', notice('library.no-article', { id, scope: 'library' }));
    const report = await reextractArticles(db, [id], { ...opts, edits: new Map([[id, edit]]) });
    const failed = report.failed[0];
    if (failed) {
      const why = failed.reasonCoded;
      if (why?.code === 'reextract.out-of-memory') throw codedError('TOO_LARGE', notice('edit.out-of-memory', why.params));
      if (why?.code === 'reextract.timed-out') throw codedError('TOO_LARGE', notice('edit.timed-out', why.params));
      throw new ApiError('INTERNAL', failed.reason, why);
    }
    if (report.updated > 0) {
      keepConflicts(db, id, before, edit);
      return;
    }
    // Deleted, or edited again while this edit was extracted: look again.
  }
  throw codedError('CONFLICT', notice('reextract.failed', { detail: 'the text was edited again meanwhile' }));
}

/**
 * The conflicts left by a carried text edit (`version-text.ts`) after the person edited the text
 * again: moved with it; one whose stretch the edit touched was answered by it and goes; back to
 * the original text, all go. Past the merge's bounds, those still in place stay.
 */
function keepConflicts(db: WriteDb, id: ArticleId, before: string, edit: string | null): void {
  const conflicts = getTextConflicts(db, id);
  if (conflicts.length === 0) return;
  const now = (stmt(db, 'SELECT text FROM articles WHERE id = ?').get(id) as { text: string }).text;
  const kept = edit === null ? [] : (carryConflicts(before, now, conflicts) ?? conflicts.filter((c) => now.slice(c.start, c.end) === c.file));
  db.transaction(() => setTextConflicts(db, id, kept, new Date().toISOString()))();
}
