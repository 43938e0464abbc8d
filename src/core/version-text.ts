/**
 * A person's text edit carried into the new version of a report (`useNewVersion`): the edit
 * (earlier original → person's text) merged into the file's change (earlier original → new
 * text) by `text/merge3.ts`; the correction of the article's bounds moved with the text around
 * it. Everything slow (extracting the earlier original, the merge, extracting the merged text)
 * happens here, off the write transaction; `versions.ts` writes the plan in its transaction
 * once `isCurrent` says nothing it was made from changed meanwhile.
 */
import { createHash } from 'node:crypto';
import type { ArticleId, ExtractionCorrection, TextConflict } from '../shared/api';
import { notice, type Notice } from '../shared/api/notices';
import { english } from '../shared/i18n';
import type { WriteDb } from './store/db';
import { getStoredSource, type StoredSource } from './store/queries/articles';
import { getCorrection } from './store/queries/corrections';
import { earlierVersionsOf } from './store/queries/versions';
import { extractSource, type ExtractOneOptions } from './ingest/extract-one';
import type { PreparedArticle } from './ingest/prepare';
import { mapOffsets, mergeText, MAX_MERGE_CHARS, MERGE_TIMEOUT_MS, type MergeOptions } from './text/merge3';

/** How a carry runs: extraction as an import's, and the merge's bounds (default `MAX_MERGE_CHARS`, `MERGE_TIMEOUT_MS`). */
export type CarryOptions = ExtractOneOptions & { merge?: MergeOptions };

/** What carrying the edit will write, and what it was made from. */
export interface TextCarry {
  /** The earlier version whose edit is carried. */
  from: ArticleId;
  /** Its stored edit when read (null: a correction of the bounds only). */
  fromEdit: string | null;
  fromCorrection: ExtractionCorrection | null;
  /** The new version's edit (null) and correction (null) when read: only an unedited version takes one. */
  editedText: string | null;
  correction: ExtractionCorrection | null;
  conflicts: TextConflict[];
  prepared: PreparedArticle;
}

/** The plan, a reason it is left (a notice for the person), or null when there is nothing to carry. */
export type CarryPlan = { ok: true; carry: TextCarry } | { ok: false; why: Notice } | null;

const lf = (s: string) => s.replace(/\r\n?/g, '\n');

function sameCorrection(a: ExtractionCorrection | null, b: ExtractionCorrection | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A fingerprint of an article's edit and correction (what an undo checks is still there). */
export function editFingerprint(editedText: string | null, correction: ExtractionCorrection | null): string {
  return createHash('sha256').update(JSON.stringify([editedText, correction])).digest('hex').slice(0, 32);
}

/** The fingerprint of what `id` holds now. */
export function storedFingerprint(db: WriteDb, id: ArticleId): string {
  return editFingerprint(getStoredSource(db, id)?.edited_text ?? null, getCorrection(db, id));
}

/**
 * Plans the carry of the latest earlier version's text edit into `id` (see the file comment).
 * Reasons to leave it: the new version has a text edit or correction of its own; a text over
 * `MAX_MERGE_CHARS`; a merge past `MERGE_TIMEOUT_MS`; a merged text extraction cannot read.
 */
export async function planTextCarry(db: WriteDb, id: ArticleId, opts: CarryOptions): Promise<CarryPlan> {
  const max = opts.merge?.maxChars ?? MAX_MERGE_CHARS;
  const seconds = (opts.merge?.timeoutMs ?? MERGE_TIMEOUT_MS) / 1000;
  const from = earlierVersionsOf(db, id).find((e) => e.textEdited);
  const src = getStoredSource(db, id);
  const fromSrc = from && getStoredSource(db, from.id);
  if (!from || !src || !fromSrc) return null;
  if (src.edited_text != null || getCorrection(db, id)) return { ok: false, why: notice('version.text-new-edited') };
  const fromEdit = fromSrc.edited_text ?? null;
  const fromCorrection = getCorrection(db, from.id);
  const fileText = lf(src.text);
  let merged: string | null = null;
  let conflicts: TextConflict[] = [];
  // Past the bound, refused before the earlier version's file is extracted again (a 32 MB edit).
  if (fromEdit !== null && (fromEdit.length > max || fileText.length > max)) return { ok: false, why: notice('version.text-too-large', { max }) };
  if (fromEdit !== null) {
    const base = await editBase(db, from.id, fromSrc, fromCorrection, opts);
    if (!base.ok) return { ok: false, why: notice('version.text-unreadable', { detail: english(base.why) }) };
    const m = mergeText(base.text, lf(fromEdit), fileText, opts.merge);
    if (!m.ok) return { ok: false, why: m.reason === 'too-large' ? notice('version.text-too-large', { max }) : notice('version.text-timed-out', { seconds }) };
    // Nothing of the edit left that the file does not have: no edit to keep.
    merged = m.text === fileText && m.conflicts.length === 0 ? null : m.text;
    conflicts = m.conflicts.map(({ start, end, file, edit, base }) => ({ start, end, file, edit, base }));
  }
  let correction: ExtractionCorrection | null = null;
  if (fromCorrection) {
    const keys = ['start', 'end', 'headline'] as const;
    const offsets = keys.map((k) => fromCorrection[k]);
    const mapped = mapOffsets(lf(fromSrc.text), merged ?? fileText, offsets.map((o) => o ?? 0), opts.merge);
    if (!mapped) return { ok: false, why: notice('version.text-timed-out', { seconds }) };
    correction = { start: offsets[0] === null ? null : mapped[0]!, end: offsets[1] === null ? null : mapped[1]!, headline: offsets[2] === null ? null : mapped[2]! };
  }
  const p = await extractSource(db, id, src, merged, correction, opts);
  if (!p.ok) return { ok: false, why: notice('version.text-unreadable', { detail: english(p.why) }) };
  return { ok: true, carry: { from: from.id, fromEdit, fromCorrection, editedText: merged, correction, conflicts, prepared: p.value } };
}

/**
 * The text the earlier version's edit was made on: the one stored with the edit (migration 27),
 * else (an edit stored before it) its file extracted again by today's extractor, which reads what
 * an extractor change altered as part of the person's edit.
 */
async function editBase(db: WriteDb, id: ArticleId, src: StoredSource, correction: ExtractionCorrection | null, opts: CarryOptions): Promise<{ ok: true; text: string } | { ok: false; why: Notice }> {
  if (src.edit_base != null) return { ok: true, text: lf(src.edit_base) };
  const original = await extractSource(db, id, src, null, correction, opts);
  return original.ok ? { ok: true, text: lf(original.value.extraction.text) } : original;
}

/** Whether what `carry` was made from is still what is stored (read again in the write transaction). */
export function isCurrent(db: WriteDb, id: ArticleId, carry: TextCarry): boolean {
  const src = getStoredSource(db, id);
  const fromSrc = getStoredSource(db, carry.from);
  return !!src && !!fromSrc && src.edited_text == null && !getCorrection(db, id)
    && (fromSrc.edited_text ?? null) === carry.fromEdit && sameCorrection(getCorrection(db, carry.from), carry.fromCorrection);
}
