/**
 * Parsers for the compare calls' arguments. Each takes `unknown` and returns typed data or
 * throws `BAD_INPUT` with a message that starts with the module and names the bad value.
 */
import { ApiError } from '../../shared/errors';
import type { ArticleId, ComparisonExportFormat, EntityFilter, EntityId, EntityKind, TimelineFilter } from '../../shared/api';
import { parseArticleId } from '../validate';

const KINDS: readonly EntityKind[] = ['person', 'place', 'organisation'];
const FORMATS: readonly ComparisonExportFormat[] = ['html'];
const MAX_ENTITIES = 5000;
const MAX_EVENTS = 10_000;
/** More ids than this is not a comparison but a mistake; refused before looking them up. */
const MAX_IDS = 64;

function bad(message: string): never {
  throw new ApiError('BAD_INPUT', message);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const show = (x: unknown) => JSON.stringify(x)?.slice(0, 80);

/** The ids to compare (their count is checked by the comparison, which names the limits). */
export function parseCompareIds(x: unknown): ArticleId[] {
  if (!Array.isArray(x)) bad(`compare: ids must be a list of article ids, not ${show(x)}`);
  if (x.length > MAX_IDS) bad(`compare: at most 4 articles at once (got ${x.length})`);
  return x.map(parseArticleId);
}

/** The export format of a comparison. */
export function parseComparisonFormat(x: unknown): ComparisonExportFormat {
  if (!FORMATS.includes(x as ComparisonExportFormat)) bad(`compare: unknown export format ${show(x)}; use ${FORMATS.join(', ')}`);
  return x as ComparisonExportFormat;
}

/** A partial date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function parsePartialDate(x: unknown, field: string): string {
  if (typeof x !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(x)) bad(`timeline: "${field}" must be YYYY, YYYY-MM or YYYY-MM-DD, not ${show(x)}`);
  return x;
}

function parseLimit(x: unknown, def: number, max: number, module: string): number {
  if (x === undefined) return def;
  if (!Number.isInteger(x) || (x as number) < 1 || (x as number) > max) bad(`${module}: limit must be a whole number from 1 to ${max}`);
  return x as number;
}

/** The timeline filter, with its default limit. */
export function parseTimelineFilter(x: unknown): TimelineFilter & { limit: number } {
  if (x === undefined || x === null) return { limit: 1000 };
  if (!isObject(x)) bad('timeline: filter must be an object');
  const out: TimelineFilter & { limit: number } = { limit: parseLimit(x.limit, 1000, MAX_EVENTS, 'timeline') };
  if (x.from !== undefined) out.from = parsePartialDate(x.from, 'from');
  if (x.to !== undefined) out.to = parsePartialDate(x.to, 'to');
  if (x.articleId !== undefined) out.articleId = parseArticleId(x.articleId);
  return out;
}

/** The entity list filter, with its default limit. */
export function parseEntityFilter(x: unknown): EntityFilter & { limit: number } {
  if (x === undefined || x === null) return { limit: 200 };
  if (!isObject(x)) bad('entities: filter must be an object');
  const out: EntityFilter & { limit: number } = { limit: parseLimit(x.limit, 200, MAX_ENTITIES, 'entities') };
  if (x.kind !== undefined) {
    if (!KINDS.includes(x.kind as EntityKind)) bad(`entities: unknown kind ${show(x.kind)}; use ${KINDS.join(', ')}`);
    out.kind = x.kind as EntityKind;
  }
  if (x.q !== undefined) {
    if (typeof x.q !== 'string' || x.q.length > 200) bad('entities: "q" must be a string of at most 200 characters');
    out.q = x.q;
  }
  if (x.articleId !== undefined) out.articleId = parseArticleId(x.articleId);
  return out;
}

/** An entity id: `kind:name`. */
export function parseEntityId(x: unknown): EntityId {
  if (typeof x !== 'string' || x.length > 300 || !/^(person|place|organisation):\S+$/.test(x)) bad(`entities: not an entity id: ${show(x)}`);
  return x as EntityId;
}

/** Two or more distinct entity ids to merge. */
export function parseMergeIds(x: unknown): EntityId[] {
  if (!Array.isArray(x) || x.length < 2) bad('entities: give at least two entity ids to merge');
  if (x.length > 100) bad('entities: at most 100 entities at once');
  const ids = x.map(parseEntityId);
  if (new Set(ids).size !== ids.length) bad('entities: the same entity is given twice');
  return ids;
}

/** The spellings to split off. */
export function parseVariants(x: unknown): string[] {
  if (!Array.isArray(x) || x.length === 0) bad('entities: give the spellings to split off');
  for (const v of x) if (typeof v !== 'string' || v.trim() === '' || v.length > 200) bad(`entities: not a spelling: ${show(v)}`);
  return x as string[];
}
