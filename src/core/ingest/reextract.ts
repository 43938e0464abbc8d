import type { ArticleId, ReextractReport } from '../../shared/api';
import type { WriteDb } from '../store/db';
import { allArticleIds, getStoredSource, replaceExtraction } from '../store/queries/articles';
import { reanchorArticle } from '../annotate/annotations';
import { applyChange } from '../derived/keep-current';
import { EXTRACTOR_VERSION } from './extract/index';
import { prepareArticle } from './prepare';
import { inputFromSource } from './read-input';

/** Articles re-extracted per transaction; other calls get a turn between batches. */
const BATCH_SIZE = 200;

/**
 * Runs extraction again on the kept raw bytes of the given articles (all when `ids` is null).
 * The article keeps its id; a person's edits are applied over the new extraction; one that
 * fails is reported and left as it was.
 */
export async function reextractArticles(db: WriteDb, ids: ArticleId[] | null): Promise<ReextractReport> {
  const started = Date.now();
  const todo = ids ?? allArticleIds(db);
  const report: ReextractReport = { updated: 0, failed: [], durationMs: 0 };
  for (let i = 0; i < todo.length; i += BATCH_SIZE) {
    const now = new Date().toISOString();
    const batch = todo.slice(i, i + BATCH_SIZE);
    db.transaction(() => {
      for (const id of batch) {
        const src = getStoredSource(db, id);
        if (!src) {
          report.failed.push({ id, reason: `library: no article with id "${id}"` });
          continue;
        }
        try {
          const p = prepareArticle(inputFromSource(src));
          replaceExtraction(db, id, p.extraction, src.overrides, EXTRACTOR_VERSION, now);
          reanchorArticle(db, id, p.extraction.text);
          applyChange(db, { kind: 'extracted', id, extraction: p.extraction, signature: p.signature });
          report.updated++;
        } catch (e) {
          report.failed.push({ id, reason: `reextract: ${(e as Error).message}` });
        }
      }
    })();
    await new Promise((r) => setImmediate(r));
  }
  report.durationMs = Date.now() - started;
  return report;
}
