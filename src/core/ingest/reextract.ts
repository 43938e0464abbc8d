import type { ArticleId, ReextractReport } from '../../shared/api';
import type { WriteDb } from '../store/db';
import { allArticleIds, getStoredSource, replaceExtraction, setEditedText } from '../store/queries/articles';
import { getCorrection } from '../store/queries/corrections';
import { reanchorArticle } from '../annotate/annotations';
import { applyChange } from '../derived/keep-current';
import { EXTRACTOR_VERSION } from './extract/index';
import { inlinePool, workerPool, type ExtractPool, type PrepareOutcome } from './extract-pool';
import type { PrepareInput } from './prepare';
import { inputFromSource } from './read-input';
import { siteKeyOf } from './site-key';
import { storedSiteKey } from '../derived/site-templates/dataset';
import { templateFor } from '../derived/site-templates/template';
import { notice, type Notice } from '../../shared/api/notices';
import { english } from '../../shared/i18n';
import { reportsShown } from '../../shared/events';
import { paced } from '../pace';
import { addChange, noChanges, storedShape } from './reextract-changes';

/** Articles re-extracted per batch (one write transaction); other calls get a turn between batches. */
const BATCH_SIZE = 200;

/** Progress told while extracting at most this often (a batch's end is always told). */
const PROGRESS_INTERVAL_MS = 100;

/** How a re-extraction runs. */
export interface ReextractOptions {
  /** The built extraction worker: extraction then runs on every core, with a per-article time limit. */
  extractWorkerFile?: string | undefined;
  /** Per-article extraction time limit; default `FILE_TIME_LIMIT_MS`. */
  timeLimitMs?: number | undefined;
  /** Called after each batch is written: articles done and in all. */
  onProgress?: (done: number, total: number) => void;
  /** Asked before each batch is written: true stops there (`cancelReextract`). */
  isCancelled?: () => boolean;
  /**
   * A person's edit of an article's text (null: back to the original), extracted in place of
   * what is stored and stored with the extraction in one transaction: an edit that fails to
   * extract leaves the article as it was (`editArticleText`).
   */
  edits?: ReadonlyMap<ArticleId, string | null>;
}

/**
 * Runs extraction again on the kept raw bytes of the given articles (all when `ids` is null).
 * The article keeps its id; a person's edits are applied over the new extraction; one that
 * fails or runs past the time limit is reported and left as it was. Extraction happens outside
 * the write transaction, so an article edited meanwhile keeps its edit (it was re-extracted by
 * the edit itself).
 */
export async function reextractArticles(db: WriteDb, ids: ArticleId[] | null, opts: ReextractOptions = {}): Promise<ReextractReport> {
  const started = Date.now();
  const todo = ids ?? allArticleIds(db);
  const report: ReextractReport = { updated: 0, failed: [], durationMs: 0 };
  const changed = noChanges();
  const pool: ExtractPool = opts.extractWorkerFile
    ? workerPool(opts.extractWorkerFile, { ...(todo.length < BATCH_SIZE ? { size: 1 } : {}), ...(opts.timeLimitMs ? { timeLimitMs: opts.timeLimitMs } : {}) })
    : inlinePool();
  // `storedEdit`: the edit stored when the article was read, to see whether it changed since.
  type Item = { id: ArticleId; input: PrepareInput; editedText: string | null; storedEdit: string | null };
  type Batch = { items: Item[]; outcomes: Promise<PrepareOutcome[]> };
  const queue: Batch[] = [];
  let next = 0;
  // Done: the articles that could not be read for extraction, and the others counted as an import
  // counts them (`reportsShown`): half once extracted (told by the worker as each finishes), whole
  // once written (told in the write), so the count moves per report, not per batch written.
  let unread = 0;
  let extracted = 0;
  let written = 0;
  const due = paced(PROGRESS_INTERVAL_MS);
  const tell = (force: boolean) => {
    if (!due(force)) return;
    opts.onProgress?.(unread + reportsShown({ reports: written, extracted }), todo.length);
  };
  const onExtracted = (more: number) => {
    extracted += more;
    tell(false);
  };
  const dispatch = () => {
    const items: Batch['items'] = [];
    for (const id of todo.slice(next, next + BATCH_SIZE)) {
      const src = getStoredSource(db, id);
      if (!src) {
        report.failed.push(failure(id, notice('library.no-article', { id, scope: 'library' })));
        continue;
      }
      try {
        const storedEdit = src.edited_text ?? null;
        const editedText = opts.edits?.has(id) ? opts.edits.get(id)! : storedEdit;
        const input = inputFromSource({ ...src, edited_text: editedText });
        const site = editedText != null ? storedSiteKey(src) : siteKeyOf(input);
        items.push({ id, input: { ...input, corrections: getCorrection(db, id), site, template: templateFor(db, site, id) }, editedText, storedEdit });
      } catch (e) {
        report.failed.push(failure(id, notice('reextract.failed', { detail: (e as Error).message })));
      }
    }
    unread += Math.min(BATCH_SIZE, todo.length - next) - items.length;
    next += BATCH_SIZE;
    queue.push({ items, outcomes: pool.prepare(items.map((i) => i.input), onExtracted) });
  };
  try {
    tell(true);
    while (next < todo.length || queue.length > 0) {
      if (opts.isCancelled?.()) {
        // What is being extracted is dropped whole: no batch is written in part.
        for (const q of queue.splice(0)) q.outcomes.catch(() => undefined);
        report.cancelled = true;
        break;
      }
      while (next < todo.length && queue.length <= pool.parallelism) dispatch();
      const batch = queue.shift()!;
      let outcomes: PrepareOutcome[];
      try {
        outcomes = await batch.outcomes;
      } catch (e) {
        outcomes = batch.items.map(() => ({ ok: false as const, message: (e as Error).message }));
      }
      if (!db.open) break;
      const now = new Date().toISOString();
      db.transaction(() => {
        batch.items.forEach(({ id, editedText, storedEdit }, i) => {
          const o = outcomes[i]!;
          written++;
          tell(false);
          if (!o.ok) {
            report.failed.push(failure(id, o.timedOut ? notice('reextract.timed-out', { seconds: o.seconds ?? 0 }) : o.outOfMemory ? notice('reextract.out-of-memory', { megabytes: o.megabytes ?? 0 }) : notice('reextract.failed', { detail: o.message })));
            return;
          }
          const src = getStoredSource(db, id);
          // Deleted or edited while it was being extracted: what is stored now is newer.
          if (!src || (src.edited_text ?? null) !== storedEdit) return;
          try {
            const p = o.value;
            // A savepoint: an article whose writing fails is left whole as it was (with an edit
            // not stored), not half replaced.
            const shapes = db.transaction(() => {
              const before = storedShape(db, id);
              if (editedText !== storedEdit) setEditedText(db, id, editedText);
              replaceExtraction(db, id, p.extraction, src.overrides, EXTRACTOR_VERSION, now);
              reanchorArticle(db, id, p.extraction.text);
              applyChange(db, { kind: 'extracted', id, extraction: p.extraction, signature: p.signature, site: p.site });
              return [before, storedShape(db, id)] as const;
            })();
            report.updated++;
            addChange(changed, ...shapes);
          } catch (e) {
            report.failed.push(failure(id, notice('reextract.failed', { detail: (e as Error).message })));
          }
        });
      })();
      // A pool that settled a batch without telling each of its reports counts it here.
      extracted = Math.max(extracted, written);
      tell(true);
      await new Promise((r) => setImmediate(r));
    }
  } finally {
    await pool.close();
  }
  report.durationMs = Date.now() - started;
  report.changed = changed;
  return report;
}

function failure(id: ArticleId, why: Notice): ReextractReport['failed'][number] {
  return { id, reason: english(why), reasonCoded: why };
}
