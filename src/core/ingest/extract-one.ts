/**
 * One article extracted with a text and a correction other than those stored, and written back:
 * what a re-extraction does for one article, in two halves, so that a caller (the change of
 * version, `core/versions.ts`) can extract off the write transaction and then write the result
 * with its own changes in one.
 */
import type { ArticleId, ExtractionCorrection } from '../../shared/api';
import { notice, type Notice } from '../../shared/api/notices';
import type { WriteDb } from '../store/db';
import { getStoredSource, replaceExtraction, setEditedText, type StoredSource } from '../store/queries/articles';
import { setCorrection } from '../store/queries/corrections';
import { reanchorArticle } from '../annotate/annotations';
import { applyChange } from '../derived/keep-current';
import { storedSiteKey } from '../derived/site-templates/dataset';
import { templateFor } from '../derived/site-templates/template';
import { EXTRACTOR_VERSION } from './extract/index';
import { inlinePool, workerPool } from './extract-pool';
import type { PreparedArticle } from './prepare';
import { inputFromSource } from './read-input';
import { siteKeyOf } from './site-key';
import type { ReextractOptions } from './reextract';

/** How one article is extracted: on the extraction helper with an import's per-file limits, when the host has one. */
export type ExtractOneOptions = Pick<ReextractOptions, 'extractWorkerFile' | 'timeLimitMs'>;

/** An extraction, or why there is none (a notice of `reextract.*`). */
export type ExtractOneResult = { ok: true; value: PreparedArticle } | { ok: false; why: Notice };

/**
 * Extracts `src` (an article's stored source) as if its edited text were `editedText` and its
 * correction `correction`. Never throws for text extraction cannot read: that is `{ ok: false }`.
 */
export async function extractSource(db: WriteDb, id: ArticleId, src: StoredSource, editedText: string | null, correction: ExtractionCorrection | null, opts: ExtractOneOptions): Promise<ExtractOneResult> {
  let input;
  try {
    input = inputFromSource({ ...src, edited_text: editedText });
  } catch (e) {
    return { ok: false, why: notice('reextract.failed', { detail: (e as Error).message }) };
  }
  const site = editedText != null ? storedSiteKey(src) : siteKeyOf(input);
  const pool = opts.extractWorkerFile ? workerPool(opts.extractWorkerFile, { size: 1, ...(opts.timeLimitMs ? { timeLimitMs: opts.timeLimitMs } : {}) }) : inlinePool();
  try {
    const [o] = await pool.prepare([{ ...input, corrections: correction, site, template: templateFor(db, site, id) }]);
    if (!o) return { ok: false, why: notice('reextract.failed', { detail: 'no answer' }) };
    if (o.ok) return { ok: true, value: o.value };
    return { ok: false, why: o.timedOut ? notice('reextract.timed-out', { seconds: o.seconds ?? 0 }) : o.outOfMemory ? notice('reextract.out-of-memory', { megabytes: o.megabytes ?? 0 }) : notice('reextract.failed', { detail: o.message }) };
  } catch (e) {
    return { ok: false, why: notice('reextract.failed', { detail: (e as Error).message }) };
  } finally {
    await pool.close();
  }
}

/**
 * Writes an extraction made by `extractSource` with the edit and correction it was made from,
 * places the article's annotations in its text and keeps the derived data current. Call in a
 * transaction, after checking that what was read for it is still what is stored.
 *
 * @throws Error when the article is gone (the caller's check failed to see it).
 */
export function writeExtraction(db: WriteDb, id: ArticleId, editedText: string | null, correction: ExtractionCorrection | null, p: PreparedArticle, now: string): void {
  const src = getStoredSource(db, id);
  if (!src) throw new Error(`versions: report "${id}" is gone`);
  if ((src.edited_text ?? null) !== editedText) setEditedText(db, id, editedText);
  setCorrection(db, id, correction ?? { start: null, end: null, headline: null }, now);
  replaceExtraction(db, id, p.extraction, src.overrides, EXTRACTOR_VERSION, now);
  reanchorArticle(db, id, p.extraction.text);
  applyChange(db, { kind: 'extracted', id, extraction: p.extraction, signature: p.signature, site: p.site });
}
