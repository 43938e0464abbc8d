import { ApiError } from '../../shared/errors';
import type { ArticleId, ExtractionCorrection } from '../../shared/api';
import type { WriteDb } from '../store/db';
import { stmt } from '../store/queries/cache';
import { getCorrection, setCorrection } from '../store/queries/corrections';
import { reextractArticles } from './reextract';
import { sitePageOf } from '../store/queries/site-templates';
import { notice } from '../../shared/api/notices';
import { codedError } from '../../shared/i18n';

const FIELDS = ['start', 'end', 'headline'] as const;

/**
 * Reads a correction from an API call: each field an offset (a whole number ≥ 0), null to
 * remove that mark, or absent to keep what was marked before.
 */
export function parseCorrection(x: unknown): Partial<ExtractionCorrection> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new ApiError('BAD_INPUT', 'correct: the correction must be an object');
  const o = x as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!(FIELDS as readonly string[]).includes(k)) throw new ApiError('BAD_INPUT', `correct: unknown field "${k}"`);
  const out: Partial<ExtractionCorrection> = {};
  for (const k of FIELDS) {
    const v = o[k];
    if (v === undefined) continue;
    if (v !== null && !(Number.isInteger(v) && (v as number) >= 0)) throw new ApiError('BAD_INPUT', `correct: ${k} must be an offset into the text or null, not ${JSON.stringify(v)}`);
    out[k] = v as number | null;
  }
  return out;
}

/**
 * Keeps a person's correction of where an article is (the line it starts at, ends at, its
 * headline; each field absent keeps the earlier mark, null removes it) and extracts the article again with it; annotations move with
 * their text as on every re-extraction. Returns the page's site when the lines marked outside
 * changed (they teach its template: the site's other pages are worth extracting again).
 *
 * @throws ApiError `NOT_FOUND` for an unknown article, `BAD_INPUT` for an offset past its text.
 */
export async function correctExtraction(db: WriteDb, id: ArticleId, edit: Partial<ExtractionCorrection>): Promise<{ taughtSite: string | null }> {
  const row = stmt(db, 'SELECT length(text) AS n FROM articles WHERE id = ?').get(id) as { n: number } | undefined;
  if (!row) throw codedError('NOT_FOUND', notice('library.no-article', { id, scope: 'library' }));
  const c: ExtractionCorrection = { ...(getCorrection(db, id) ?? { start: null, end: null, headline: null }), ...edit };
  if (c.start !== null && c.end !== null && c.end < c.start) throw codedError('BAD_INPUT', notice('correct.end-before-start'));
  for (const k of FIELDS) if (c[k] !== null && c[k]! > row.n) throw codedError('BAD_INPUT', notice('correct.past-end', { mark: k, offset: c[k]!, length: row.n }));
  setCorrection(db, id, c, new Date().toISOString());
  const before = sitePageOf(db, id)?.outside ?? [];
  const report = await reextractArticles(db, [id]);
  if (report.failed.length > 0) throw new ApiError('INTERNAL', report.failed[0]!.reason, report.failed[0]!.reasonCoded);
  // The lines marked outside teach the site's template (`core/derived/site-templates`).
  const after = sitePageOf(db, id);
  const taught = after && (after.outside.length !== before.length || after.outside.some((k, i) => k !== before[i]));
  return { taughtSite: taught ? after.site : null };
}
