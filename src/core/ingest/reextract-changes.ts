/**
 * What a re-extraction changed in what a person reads of a report: its title and date as shown
 * (a person's edits applied), and its body's paragraphs. Told to the person after "Re-extract"
 * ("title changed, 2 paragraphs changed"), so an extractor's change is not silent.
 */
import type { ArticleId, ReextractChanges } from '../../shared/api';
import type { WriteDb } from '../store/db';
import { stmt } from '../store/queries/cache';

/** A report as read, for comparing before and after its extraction is replaced. */
export interface ReportShape {
  title: string | null;
  published: string | null;
  paragraphs: string[];
}

/** The report as stored now (call before and after `replaceExtraction`, in its transaction). */
export function storedShape(db: WriteDb, id: ArticleId): ReportShape | null {
  const row = stmt(db, 'SELECT title, published, text FROM articles WHERE id = ?').get(id) as { title: string | null; published: string | null; text: string } | undefined;
  if (!row) return null;
  const blocks = stmt(db, "SELECT start, end, text FROM blocks WHERE article_id = ? AND region = 'body' ORDER BY seq").all(id) as { start: number; end: number; text: string | null }[];
  // A block's text is stored only where it differs from its stretch of the article text.
  return { title: row.title, published: row.published, paragraphs: blocks.map((b) => b.text ?? row.text.slice(b.start, b.end)) };
}

/**
 * Paragraphs changed between two lists: those of either side with no equal on the other (each
 * used once), the larger of the two counts — a paragraph rewritten is one, one split in two is two.
 */
export function paragraphsChanged(before: readonly string[], after: readonly string[]): number {
  const left = new Map<string, number>();
  for (const p of before) left.set(p, (left.get(p) ?? 0) + 1);
  let added = 0;
  for (const p of after) {
    const n = left.get(p) ?? 0;
    if (n > 0) left.set(p, n - 1);
    else added++;
  }
  let removed = 0;
  for (const n of left.values()) removed += n;
  return Math.max(added, removed);
}

/** No change yet. */
export function noChanges(): ReextractChanges {
  return { reports: 0, titles: 0, dates: 0, paragraphs: 0 };
}

/** Adds one report's change (`before` → `after`) to `into`. */
export function addChange(into: ReextractChanges, before: ReportShape | null, after: ReportShape | null): void {
  if (!before || !after) return;
  const title = before.title !== after.title;
  const date = before.published !== after.published;
  const paragraphs = paragraphsChanged(before.paragraphs, after.paragraphs);
  if (title) into.titles++;
  if (date) into.dates++;
  into.paragraphs += paragraphs;
  if (title || date || paragraphs > 0) into.reports++;
}
