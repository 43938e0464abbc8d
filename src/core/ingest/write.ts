import type { ArticleId, IngestReport } from '../../shared/api';
import { classifySqliteError, isStoreFailure, type WriteDb } from '../store/db';
import { ApiError } from '../../shared/errors';
import { findByContentHash, hasArticle, insertArticle, insertSource } from '../store/queries/articles';
import { earlierVersion } from '../store/queries/twins';
import { noteChange, withChanges } from '../derived/keep-current';
import type { ChangeBatch } from '../derived/dataset';
import { EXTRACTOR_VERSION } from './extract/index';
import type { PreparedArticle } from './prepare';
import { notice } from '../../shared/api/notices';
import { codedError, english } from '../../shared/i18n';
import { skipOf } from './skip';
import { restoreInTransaction } from '../trash';

/** Steps of one article's write told to `writeBatch`'s `onStep`: its rows, its full-text rows, its name words. */
export const WRITE_STEPS = 3;

/** Shortest id length; grows only if two different contents share a prefix. */
const ID_LENGTH = 12;

/**
 * Writes a batch of prepared articles in one transaction (fast), and if that fails rolls it
 * back and writes them one by one, so one bad article is reported and costs the others nothing.
 * Content the library already has is reported as present, never added twice. `onStep` is told
 * `WRITE_STEPS` times per article, from inside the transaction: once its rows are written, then
 * once its full-text rows and once its name words are, at the transaction's end (over half the
 * write's time: a 10k import stood 0.2–1.5 s a batch there, told nothing); again for each
 * retried one.
 */
export function writeBatch(db: WriteDb, batch: PreparedArticle[], report: IngestReport, onStep?: () => void): void {
  const now = new Date().toISOString();
  const one = (p: PreparedArticle, changes: ChangeBatch) => {
    const r = writeOne(db, p, now, changes);
    onStep?.();
    // Present already, or restored from the trash: nothing of its own is held for the flush.
    if (!r.added) for (let i = 1; i < WRITE_STEPS; i++) onStep?.();
    return r;
  };
  try {
    const results = db.transaction(() => withChanges(db, (changes) => batch.map((p) => one(p, changes)), onStep))();
    results.forEach((r, i) => record(db, report, batch[i]!, r));
  } catch (e) {
    // A full disk, a lock held too long, a damaged file: no article can be written; say so once.
    if (isStoreFailure(e)) throw storeFailure(e, db, report);
    // The batch was rolled back as a whole; retry each article on its own to find the bad one.
    for (const p of batch) {
      try {
        record(db, report, p, db.transaction(() => withChanges(db, (changes) => one(p, changes), onStep))());
      } catch (e) {
        if (isStoreFailure(e)) throw storeFailure(e, db, report);
        report.skipped.push(skipOf(p.name, 'INTERNAL', notice('ingest.store-failed', { name: p.name, detail: (e as Error).message }), p.locator));
      }
    }
  }
}

type WriteResult = { added: boolean; id: ArticleId; title: string; restored?: boolean };

function writeOne(db: WriteDb, p: PreparedArticle, now: string, changes: ChangeBatch): WriteResult {
  const existing = findByContentHash(db, p.contentHash);
  // A report in the trash comes back rather than being made twice.
  if (existing) return { added: false, id: existing.id, title: existing.title, restored: restoreInTransaction(db, existing.id, changes) };
  const sourceId = insertSource(db, {
    sha256: p.sha256,
    name: p.name,
    path: p.path,
    locator: p.locator,
    format: p.format,
    encoding: p.encoding,
    raw: p.raw,
    importedAt: now,
  });
  let len = ID_LENGTH;
  let id = p.contentHash.slice(0, len) as ArticleId;
  while (hasArticle(db, id)) id = p.contentHash.slice(0, ++len) as ArticleId;
  const doc = insertArticle(db, { id, sourceId, contentHash: p.contentHash, extraction: p.extraction, extractorVersion: EXTRACTOR_VERSION, overrides: {}, now });
  // The search index, near-duplicate links and the compare waiting list, in this transaction.
  noteChange(db, { kind: 'added', id, doc, extraction: p.extraction, searchTexts: p.searchTexts, signature: p.signature, site: p.site }, changes);
  return { added: true, id, title: p.extraction.title };
}

/** Notes what became of `p`; runs after its transaction, when its group of near copies is written. */
function record(db: WriteDb, report: IngestReport, p: PreparedArticle, r: WriteResult): void {
  const item = { name: p.name, ...(p.locator ? { locator: p.locator } : {}), articleId: r.id, title: r.title };
  if (!r.added) {
    report.present.push(r.restored ? { ...item, restoredFromTrash: true } : item);
    return;
  }
  const earlier = earlierVersion(db, r.id, { name: p.name, locator: p.locator });
  report.added.push(earlier ? { ...item, versionOf: { articleId: earlier.id, title: earlier.title, annotations: earlier.annotations, edited: earlier.edited } } : item);
  for (const w of p.extraction.warningsCoded) report.warnings.push({ name: p.name, articleId: r.id, message: english(w), messageCoded: w });
}

/** The store's own failure as one error, saying what of this import is kept. */
function storeFailure(e: unknown, db: WriteDb, report: IngestReport): unknown {
  const err = classifySqliteError(e, db.name);
  if (!(err instanceof ApiError)) return err;
  const cause = err.messageCoded ?? notice('stored.text', { text: err.message });
  return codedError(err.code, notice('ingest.store-stopped', { cause, kept: report.added.length }));
}
