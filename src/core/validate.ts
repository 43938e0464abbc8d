import { ApiError } from '../shared/errors';
import type { ArticleId, ArticleSort, FileUpload, JobId, ListQuery, MetadataEdit, MetadataOverrides, TextInput } from '../shared/types';

/**
 * Parsers for everything that crosses into the service. Each takes `unknown` (the other side
 * may be a browser, a script or a bug) and returns typed data or throws `BAD_INPUT`.
 */

const SORTS: readonly ArticleSort[] = ['published-desc', 'published-asc', 'added-desc', 'title-asc'];
const MAX_LIST = 5000;
const MAX_PATHS = 10_000;
const MAX_UPLOAD_FILES = 1000;

function bad(message: string): never {
  throw new ApiError('BAD_INPUT', message);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** An article id: 12 to 64 lowercase hex characters. */
export function parseArticleId(x: unknown): ArticleId {
  if (typeof x !== 'string' || !/^[0-9a-f]{12,64}$/.test(x)) bad(`api: not an article id: ${JSON.stringify(x)?.slice(0, 80)}`);
  return x as ArticleId;
}

/** The options of `listArticles`, with defaults filled in. */
export function parseListQuery(x: unknown): Required<ListQuery> {
  if (x === undefined || x === null) return { sort: 'published-desc', limit: 500, offset: 0 };
  if (!isObject(x)) bad('api: list query must be an object');
  const sort = x.sort ?? 'published-desc';
  if (!SORTS.includes(sort as ArticleSort)) bad(`api: unknown sort ${JSON.stringify(sort)}; use one of ${SORTS.join(', ')}`);
  const limit = x.limit ?? 500;
  const offset = x.offset ?? 0;
  if (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > MAX_LIST) bad(`api: limit must be a whole number from 1 to ${MAX_LIST}`);
  if (!Number.isInteger(offset) || (offset as number) < 0) bad('api: offset must be a whole number ≥ 0');
  return { sort: sort as ArticleSort, limit: limit as number, offset: offset as number };
}

/** A list of file-system paths. */
export function parsePaths(x: unknown): string[] {
  if (!Array.isArray(x) || x.length === 0) bad('ingest: give at least one path');
  if (x.length > MAX_PATHS) bad(`ingest: at most ${MAX_PATHS} paths at once`);
  for (const p of x) if (typeof p !== 'string' || p.trim() === '' || p.includes('\0')) bad(`ingest: not a path: ${JSON.stringify(p)}`);
  return x as string[];
}

/** Files handed over as base64. */
export function parseUploads(x: unknown): FileUpload[] {
  if (!Array.isArray(x) || x.length === 0) bad('ingest: give at least one file');
  if (x.length > MAX_UPLOAD_FILES) bad(`ingest: at most ${MAX_UPLOAD_FILES} files at once`);
  return x.map((f, i) => {
    if (!isObject(f) || typeof f.name !== 'string' || typeof f.dataBase64 !== 'string') bad(`ingest: file ${i + 1} must have a name and dataBase64`);
    if (!/^[A-Za-z0-9+/=\s]*$/.test(f.dataBase64)) bad(`ingest: file "${f.name}" is not valid base64`);
    return { name: f.name.slice(0, 255) || `file ${i + 1}`, dataBase64: f.dataBase64 };
  });
}

/** Pasted text. */
export function parseTextInput(x: unknown): TextInput {
  if (!isObject(x) || typeof x.text !== 'string') bad('ingest: text input must be an object with "text"');
  if (x.name !== undefined && typeof x.name !== 'string') bad('ingest: "name" must be a string');
  if (x.format !== undefined && !['text', 'html', 'markdown'].includes(x.format as string)) bad('ingest: "format" must be text, html or markdown');
  return { text: x.text, ...(x.name !== undefined ? { name: x.name as string } : {}), ...(x.format ? { format: x.format as TextInput['format'] } : {}) };
}

/** Ingest options. */
export function parseIngestOptions(x: unknown): { jobId: JobId | null } {
  if (x === undefined || x === null) return { jobId: null };
  if (!isObject(x)) bad('ingest: options must be an object');
  if (x.jobId !== undefined && (typeof x.jobId !== 'string' || x.jobId.length > 100)) bad('ingest: jobId must be a short string');
  return { jobId: (x.jobId as JobId | undefined) ?? null };
}

/** A list of article ids, or undefined for "all". */
export function parseOptionalIds(x: unknown): ArticleId[] | null {
  if (x === undefined || x === null) return null;
  if (!Array.isArray(x)) bad('api: ids must be a list of article ids');
  return x.map(parseArticleId);
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d)?)?)?$/;
const EDIT_FIELDS: (keyof MetadataOverrides)[] = ['title', 'published', 'site', 'author'];

/** A metadata edit: title a non-empty string; date a partial ISO date or null; outlet/author text or null. */
export function parseMetadataEdit(x: unknown): MetadataEdit {
  if (!isObject(x)) bad('edit: must be an object');
  const out: MetadataEdit = {};
  for (const k of Object.keys(x)) if (![...EDIT_FIELDS, 'clear'].includes(k)) bad(`edit: unknown field "${k}"`);
  if (x.title !== undefined) {
    if (typeof x.title !== 'string' || !x.title.trim() || x.title.length > 1000) bad('edit: title must be non-empty text of at most 1,000 characters');
    out.title = x.title.trim();
  }
  if (x.published !== undefined) {
    if (x.published !== null && (typeof x.published !== 'string' || !PARTIAL_DATE.test(x.published))) {
      bad(`edit: date must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM, not ${JSON.stringify(x.published)}`);
    }
    out.published = x.published as string | null;
  }
  for (const k of ['site', 'author'] as const) {
    const v = x[k];
    if (v === undefined) continue;
    if (v !== null && (typeof v !== 'string' || v.length > 300)) bad(`edit: ${k} must be text of at most 300 characters, or null`);
    out[k] = v === null ? null : (v as string).trim() || null;
  }
  if (x.clear !== undefined) {
    if (!Array.isArray(x.clear) || x.clear.some((f) => !EDIT_FIELDS.includes(f as keyof MetadataOverrides))) bad(`edit: clear must list fields of ${EDIT_FIELDS.join(', ')}`);
    out.clear = x.clear as (keyof MetadataOverrides)[];
  }
  return out;
}
