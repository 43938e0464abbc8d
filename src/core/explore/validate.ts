/** Parses what the explore calls (timeline, people & places) take, at the service edge. */
import type { ArticleId, EntityFilter, EntityId, EntityKind, TimelineFilter } from '../../shared/api';
import type { CountedReportKey, ReportKey } from '../store/queries/entity-mention-pages';
import type { MentionsCursor } from './mention-pages';
import { bad, isObject, parseArticleId, show } from '../validate';
import { TIMELINE_PAGE } from './pages';

const KINDS: readonly EntityKind[] = ['person', 'place', 'organisation'];
const MAX_ENTITIES = 5000;
const MAX_EVENTS = 10_000;

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

function parseOffset(x: unknown, module: string): number {
  if (x === undefined) return 0;
  if (!Number.isInteger(x) || (x as number) < 0) bad(`${module}: offset must be a whole number ≥ 0`);
  return x as number;
}

/** A timeline page query: the timeline filter, an offset, and a limit of 100 by default. */
export function parseTimelinePage(x: unknown): TimelineFilter & { offset: number; limit: number } {
  if (x === undefined || x === null) return { offset: 0, limit: TIMELINE_PAGE };
  if (!isObject(x)) bad('timeline: query must be an object');
  return { ...parseTimelineFilter({ ...x, limit: x.limit ?? TIMELINE_PAGE }), offset: parseOffset(x.offset, 'timeline') };
}

/**
 * A timeline event's id as the timeline gives it: its date (or range, `..`) and a hash of its
 * mentions, `2024-03-14:1a2b3c`.
 */
export function parseTimelineEventId(x: unknown): string {
  if (typeof x !== 'string' || x.length > 100 || !/^\d{4}(-\d{2}(-\d{2})?)?(\.\.\d{4}(-\d{2}(-\d{2})?)?)?:[0-9a-z]+$/.test(x)) bad(`timeline: not an event id: ${show(x)}`);
  return x;
}

/** A story's id as the stories give it: `story:` and the id of its first report. */
export function parseStoryId(x: unknown): string {
  if (typeof x !== 'string' || !/^story:[0-9a-f]{12,64}$/.test(x)) bad(`stories: not a story id: ${show(x)}`);
  return x;
}

/** An entity page query: the entity filter and an offset. */
export function parseEntityPage(x: unknown): EntityFilter & { offset: number; limit: number } {
  return { ...parseEntityFilter(x), offset: parseOffset(isObject(x) ? x.offset : undefined, 'entities') };
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

/** Reports of an entity's mentions page when the caller does not say, and at most. */
export const MENTION_PAGE = 20;
const MENTION_PAGE_MAX = 500;

/** A mentions page query: the entity, the cursor read back into a report key, the limit. */
export function parseEntityMentions(x: unknown): { id: EntityId; limit: number } & MentionsCursor {
  if (!isObject(x)) bad('entities: query must be an object with an entity "id"');
  const limit = x.limit ?? MENTION_PAGE;
  if (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > MENTION_PAGE_MAX) bad(`entities: limit must be a whole number from 1 to ${MENTION_PAGE_MAX}`);
  const order = x.order ?? 'newest';
  if (order !== 'newest' && order !== 'most') bad(`entities: order must be "newest" or "most", not ${show(order)}`);
  const id = parseEntityId(x.id);
  if (order === 'most') return { id, limit: limit as number, order, after: x.after === undefined ? null : parseCountedCursor(x.after) };
  return { id, limit: limit as number, order, after: x.after === undefined ? null : parseReportCursor(x.after) };
}

/** A cursor's JSON array, or null when it is none. */
function cursorArray(x: unknown): unknown[] | null {
  try {
    const key: unknown = typeof x === 'string' && x.length <= 1000 ? JSON.parse(x) : null;
    return Array.isArray(key) ? key : null;
  } catch {
    return null;
  }
}

/** The cursor `entityMentionsPage` gives newest first: `[published, articleId]` as JSON. */
function parseReportCursor(x: unknown): ReportKey {
  const key = cursorArray(x);
  if (!key || key.length !== 2 || typeof key[0] !== 'string' || typeof key[1] !== 'string') bad(`entities: not a page cursor: ${show(x)}`);
  return { published: key[0] as string, articleId: key[1] as ArticleId };
}

/** The cursor `entityMentionsPage` gives most mentions first: `[count, published, articleId]` as JSON. */
function parseCountedCursor(x: unknown): CountedReportKey {
  const key = cursorArray(x);
  if (!key || key.length !== 3 || !Number.isInteger(key[0]) || typeof key[1] !== 'string' || typeof key[2] !== 'string') bad(`entities: not a page cursor: ${show(x)}`);
  return { count: key[0] as number, published: key[1] as string, articleId: key[2] as ArticleId };
}
