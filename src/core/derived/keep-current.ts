/**
 * Keeps every derived dataset current as articles change: the write paths (ingest,
 * re-extraction, metadata edits) report each change here, inside their own transaction, and
 * end the transaction's writes with `flushChanges`.
 */
import type { WriteDb } from '../store/db';
import { ChangeBatch, type ArticleChange } from './dataset';
import { DATASETS } from './datasets';
import { isTrashed } from '../store/queries/trash';

/** Starts the changes of one transaction; `flushed` is told after each held-back row its flush writes. */
export function beginChanges(flushed?: () => void): ChangeBatch {
  return new ChangeBatch(flushed);
}

/** Brings every dataset up to date with one article's change. Call inside the transaction that made it. */
export function noteChange(db: WriteDb, change: ArticleChange, batch: ChangeBatch): void {
  // A report in the trash is in no view: re-extracting or editing it must not put it back in
  // one (a restore derives it afresh). Only its site's template counts follow its text.
  const trashed = (change.kind === 'extracted' || change.kind === 'metadata') && isTrashed(db, change.id);
  for (const d of DATASETS) if (!trashed || d.name === 'site-templates') d.onChange?.(db, change, batch);
}

/** Writes what the datasets held back; call as the last writes of the transaction. */
export function flushChanges(db: WriteDb, batch: ChangeBatch): void {
  for (const d of DATASETS) d.flush?.(db, batch);
}

/**
 * Runs `write` with a fresh batch of changes and flushes it after; call inside the transaction.
 * `flushed` is told after each held-back row the flush writes.
 */
export function withChanges<T>(db: WriteDb, write: (changes: ChangeBatch) => T, flushed?: () => void): T {
  const batch = beginChanges(flushed);
  const result = write(batch);
  flushChanges(db, batch);
  return result;
}

/** `noteChange` and `flushChanges` for a transaction that changes one article. */
export function applyChange(db: WriteDb, change: ArticleChange): void {
  withChanges(db, (batch) => noteChange(db, change, batch));
}
