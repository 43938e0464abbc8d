import { ApiError } from '../shared/errors';
import type { AnnotationEdit, AnnotationExportFormat, AnnotationFilter, AnnotationId, ArticleId, FileUpload, HighlightColor, JobId, LinkRelation, MetadataEdit, MetadataOverrides, NewAnnotation, TextInput, Annotation } from '../shared/api';
import { HIGHLIGHT_COLORS, LINK_RELATIONS } from '../shared/api';
import { notice, type Notice } from '../shared/api/notices';
import { codedError } from '../shared/i18n';

/**
 * Parsers for everything that crosses into the service. Each takes `unknown` (the other side
 * may be a browser, a script or a bug) and returns typed data or throws `BAD_INPUT`.
 */

const MAX_PATHS = 10_000;
const MAX_UPLOAD_FILES = 1000;

/** Throws `BAD_INPUT` with `message` (which names the module and the offending value). */
export function bad(message: string): never {
  throw new ApiError('BAD_INPUT', message);
}

/** True for a plain object (not null, not an array). */
export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Throws `BAD_INPUT` for input a person typed (the host words the notice in their language). */
export function badCoded(n: Notice): never {
  throw codedError('BAD_INPUT', n);
}

/** A value as it may be quoted in a message: JSON, at most 80 characters. */
export const show = (x: unknown): string | undefined => JSON.stringify(x)?.slice(0, 80);

/** An article id: 12 to 64 lowercase hex characters. */
export function parseArticleId(x: unknown): ArticleId {
  if (typeof x !== 'string' || !/^[0-9a-f]{12,64}$/.test(x)) bad(`api: not an article id: ${JSON.stringify(x)?.slice(0, 80)}`);
  return x as ArticleId;
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
    if (typeof x.title !== 'string' || !x.title.trim() || x.title.length > 1000) badCoded(notice('edit.title-invalid', { max: 1000 }));
    out.title = x.title.trim();
  }
  if (x.published !== undefined) {
    if (x.published !== null && (typeof x.published !== 'string' || !PARTIAL_DATE.test(x.published))) {
      badCoded(notice('edit.date-invalid', { value: JSON.stringify(x.published) }));
    }
    out.published = x.published as string | null;
  }
  for (const k of ['site', 'author'] as const) {
    const v = x[k];
    if (v === undefined) continue;
    if (v !== null && (typeof v !== 'string' || v.length > 300)) badCoded(notice('edit.field-too-long', { field: k, max: 300 }));
    out[k] = v === null ? null : (v as string).trim() || null;
  }
  if (x.clear !== undefined) {
    if (!Array.isArray(x.clear) || x.clear.some((f) => !EDIT_FIELDS.includes(f as keyof MetadataOverrides))) bad(`edit: clear must list fields of ${EDIT_FIELDS.join(', ')}`);
    out.clear = x.clear as (keyof MetadataOverrides)[];
  }
  return out;
}

/** An annotation id: a UUID. */
export function parseAnnotationId(x: unknown): AnnotationId {
  if (typeof x !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(x)) bad(`annotate: not an annotation id: ${JSON.stringify(x)?.slice(0, 80)}`);
  return x as AnnotationId;
}

const MAX_NOTE_CHARS = 100_000;
const MAX_TAGS = 30;
const MAX_TAG_CHARS = 60;

function parseColor(x: unknown): HighlightColor | null {
  if (x === null) return null;
  if (!HIGHLIGHT_COLORS.includes(x as HighlightColor)) bad(`annotate: colour must be one of ${HIGHLIGHT_COLORS.join(', ')}, or null`);
  return x as HighlightColor;
}

/** A note: Markdown text of bounded length; blank is none (null). */
export function parseNote(x: unknown): string | null {
  if (x === null) return null;
  if (typeof x !== 'string' || x.length > MAX_NOTE_CHARS) bad(`annotate: a note must be text of at most ${MAX_NOTE_CHARS} characters`);
  return x.trim() === '' ? null : x;
}

/** A note draft (`saveNoteDraft`): `{ text, basedOn }`, or null to drop it. */
export function parseNoteDraft(x: unknown): { text: string; basedOn: string | null } | null {
  if (x === null) return null;
  if (!isObject(x) || typeof x.text !== 'string') bad('annotate: a note draft is { text, basedOn } or null');
  const basedOn = x.basedOn === undefined || x.basedOn === null ? null : parseNote(x.basedOn);
  return { text: parseNote(x.text) ?? '', basedOn };
}

/** The `savedAt` a draft write replaces: an ISO time, or null for none. */
export function parseReplaces(x: unknown): string | null {
  if (x === null) return null;
  if (typeof x !== 'string' || Number.isNaN(Date.parse(x))) bad('annotate: replaces must be the savedAt of a draft, or null');
  return x;
}

/** Tags: trimmed, without a leading #, de-duplicated (case-insensitively), at most 30. */
export function parseTags(x: unknown): string[] {
  if (!Array.isArray(x)) bad('annotate: tags must be a list of words');
  const out: string[] = [];
  for (const t of x) {
    if (typeof t !== 'string') bad('annotate: every tag must be text');
    const tag = t.trim().replace(/^#+/, '').replace(/\s+/g, ' ');
    if (!tag) continue;
    if (tag.length > MAX_TAG_CHARS) bad(`annotate: tag "${tag.slice(0, 20)}…" is longer than ${MAX_TAG_CHARS} characters`);
    if (!out.some((o) => o.toLowerCase() === tag.toLowerCase())) out.push(tag);
  }
  if (out.length > MAX_TAGS) bad(`annotate: at most ${MAX_TAGS} tags`);
  return out;
}

/** A new annotation: an article id and a non-empty range of whole numbers. */
export function parseNewAnnotation(x: unknown): NewAnnotation {
  if (!isObject(x)) bad('annotate: must be an object');
  const articleId = parseArticleId(x.articleId);
  if (!Number.isInteger(x.start) || !Number.isInteger(x.end) || (x.start as number) < 0 || (x.end as number) <= (x.start as number)) {
    bad('annotate: start and end must be whole numbers with 0 ≤ start < end');
  }
  const out: NewAnnotation = { articleId, start: x.start as number, end: x.end as number };
  if (x.color !== undefined) out.color = parseColor(x.color);
  if (x.note !== undefined) out.note = parseNote(x.note);
  if (x.tags !== undefined) out.tags = parseTags(x.tags);
  if (out.color == null && !out.note) out.color = 'yellow';
  return out;
}

/** An annotation edit. */
export function parseAnnotationEdit(x: unknown): AnnotationEdit {
  if (!isObject(x)) bad('annotate: edit must be an object');
  for (const k of Object.keys(x)) if (!['color', 'note', 'tags'].includes(k)) bad(`annotate: unknown field "${k}"`);
  const out: AnnotationEdit = {};
  if (x.color !== undefined) out.color = parseColor(x.color);
  if (x.note !== undefined) out.note = parseNote(x.note);
  if (x.tags !== undefined) out.tags = parseTags(x.tags);
  return out;
}

/** A whole annotation handed back for undo: checked field by field. */
export function parseAnnotation(x: unknown): Annotation {
  if (!isObject(x) || !isObject(x.quote) || !isObject(x.position)) bad('annotate: not an annotation');
  const q = x.quote as Record<string, unknown>;
  const p = x.position as Record<string, unknown>;
  if (typeof q.exact !== 'string' || typeof q.prefix !== 'string' || typeof q.suffix !== 'string' || !q.exact) bad('annotate: the annotation has no valid quote');
  if (!Number.isInteger(p.start) || !Number.isInteger(p.end)) bad('annotate: the annotation has no valid position');
  const links = Array.isArray(x.links) ? x.links : [];
  const isoOr = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : new Date().toISOString());
  return {
    id: parseAnnotationId(x.id),
    articleId: parseArticleId(x.articleId),
    color: x.color === undefined ? null : parseColor(x.color),
    note: x.note === undefined ? null : parseNote(x.note),
    tags: x.tags === undefined ? [] : parseTags(x.tags),
    quote: { type: 'TextQuoteSelector', exact: q.exact as string, prefix: q.prefix as string, suffix: q.suffix as string },
    position: { type: 'TextPositionSelector', start: p.start as number, end: p.end as number },
    status: 'anchored',
    links: links.filter((l): l is Record<string, unknown> => isObject(l)).map((l) => ({ id: parseAnnotationId(l.id), relation: parseRelation(l.relation), articleId: '' as ArticleId, quote: '' })),
    createdAt: isoOr(x.createdAt),
    updatedAt: isoOr(x.updatedAt),
  };
}

/** A link relation. */
export function parseRelation(x: unknown): LinkRelation {
  if (!LINK_RELATIONS.includes(x as LinkRelation)) bad(`annotate: relation must be one of ${LINK_RELATIONS.join(', ')}`);
  return x as LinkRelation;
}

/** Filters of the annotation list. */
export function parseAnnotationFilter(x: unknown): AnnotationFilter {
  if (x === undefined || x === null) return {};
  if (!isObject(x)) bad('annotate: filter must be an object');
  const out: AnnotationFilter = {};
  if (x.articleId !== undefined) out.articleId = parseArticleId(x.articleId);
  if (x.color !== undefined) out.color = parseColor(x.color) ?? undefined;
  for (const k of ['tag', 'outlet', 'text'] as const) {
    if (x[k] === undefined) continue;
    if (typeof x[k] !== 'string' || (x[k] as string).length > 500) bad(`annotate: filter "${k}" must be short text`);
    out[k] = x[k] as string;
  }
  if (x.status !== undefined) {
    if (!['anchored', 'moved', 'fuzzy', 'orphaned'].includes(x.status as string)) bad('annotate: status must be anchored, moved, fuzzy or orphaned');
    out.status = x.status as AnnotationFilter['status'];
  }
  return out;
}

/** Export options. */
export function parseExportOptions(x: unknown): { format: AnnotationExportFormat; articleId?: ArticleId; excel: boolean; lang: 'en' | 'de' } {
  if (!isObject(x) || !['md', 'csv', 'jsonld'].includes(x.format as string)) bad('export: format must be md, csv or jsonld');
  if (x.excel !== undefined && typeof x.excel !== 'boolean') bad('export: excel must be true or false');
  if (x.lang !== undefined && x.lang !== 'en' && x.lang !== 'de') bad('export: lang must be en or de');
  return { format: x.format as AnnotationExportFormat, ...(x.articleId !== undefined ? { articleId: parseArticleId(x.articleId) } : {}), excel: x.excel === true, lang: x.lang === 'de' ? 'de' : 'en' };
}

const SEARCH_SORTS = ['relevance', 'date-desc', 'date-asc'] as const;
const MAX_SEARCH_LIMIT = 200;
/** Longer query text is refused outright; the parser itself reads only the first 1,000 characters. */
const MAX_QUERY_INPUT = 100_000;

/** A search query with defaults filled in. The text itself is never refused for its syntax. */
export function parseSearchQuery(x: unknown): { q: string; sort: (typeof SEARCH_SORTS)[number]; limit: number; offset: number; facets: boolean; groupCopies: boolean; typing: boolean } {
  if (typeof x === 'string') x = { q: x };
  if (!isObject(x)) bad('search: query must be an object with "q"');
  if (typeof x.q !== 'string') bad('search: "q" must be text');
  if (x.q.length > MAX_QUERY_INPUT) badCoded(notice('search.query-too-long', { length: x.q.length }));
  const sort = x.sort ?? 'relevance';
  if (!SEARCH_SORTS.includes(sort as never)) badCoded(notice('query.unknown-sort', { scope: 'search', value: JSON.stringify(sort), allowed: [...SEARCH_SORTS] }));
  const limit = x.limit ?? 20;
  const offset = x.offset ?? 0;
  if (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > MAX_SEARCH_LIMIT) badCoded(notice('query.limit-range', { scope: 'search', max: MAX_SEARCH_LIMIT }));
  if (!Number.isInteger(offset) || (offset as number) < 0) badCoded(notice('query.offset-negative', { scope: 'search' }));
  if (x.facets !== undefined && typeof x.facets !== 'boolean') bad('search: facets must be true or false');
  if (x.groupCopies !== undefined && typeof x.groupCopies !== 'boolean') bad('search: groupCopies must be true or false');
  if (x.typing !== undefined && typeof x.typing !== 'boolean') bad('search: typing must be true or false');
  return { q: x.q, sort: sort as (typeof SEARCH_SORTS)[number], limit: limit as number, offset: offset as number, facets: x.facets !== false, groupCopies: x.groupCopies !== false, typing: x.typing === true };
}

/** Typed text for suggestions, and how many to return (default 8, at most 50). */
export function parseSuggestInput(text: unknown, limit: unknown): { text: string; limit: number } {
  if (typeof text !== 'string') bad('suggest: text must be a string');
  const n = limit ?? 8;
  if (!Number.isInteger(n) || (n as number) < 1 || (n as number) > 50) bad('suggest: limit must be a whole number from 1 to 50');
  return { text: text.slice(0, 1000), limit: n as number };
}

/** Query text for `getArticleHits`. */
export function parseHitsQuery(q: unknown): string {
  if (typeof q !== 'string') bad('search: query must be text');
  if (q.length > MAX_QUERY_INPUT) badCoded(notice('search.query-too-long', { length: q.length }));
  return q;
}

/** A search to save: a non-empty name of at most 200 characters and its query. */
export function parseSavedSearchInput(x: unknown): { name: string; q: string } {
  if (!isObject(x) || typeof x.name !== 'string' || typeof x.q !== 'string') bad('search: a saved search needs "name" and "q" as text');
  const name = x.name.trim();
  if (!name || name.length > 200) bad('search: a saved search needs a name of 1 to 200 characters');
  if (!x.q.trim() || x.q.length > 10_000) bad('search: a saved search needs a query of 1 to 10,000 characters');
  return { name, q: x.q };
}

/** A saved search's id. */
export function parseSavedSearchId(x: unknown): number {
  if (!Number.isSafeInteger(x) || (x as number) < 1) bad(`search: not a saved search id: ${JSON.stringify(x)?.slice(0, 40)}`);
  return x as number;
}
