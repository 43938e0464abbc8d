import type { AnchorStatus, MovedAnnotation, OrphanedAnnotation, VersionSwitch } from '../shared/api';
import { bad, isObject, parseAnnotationId, parseArticleId, parseMetadataEdit } from './validate';

/** Most annotations one switch may carry back (a person's work on one report stays far under it). */
const MAX_MOVED = 100_000;
const STATUSES: readonly AnchorStatus[] = ['anchored', 'moved', 'fuzzy', 'orphaned'];

function offset(x: unknown): number {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) bad('version: an annotation offset must be a whole number ≥ 0');
  return x;
}

function list<T>(x: unknown, what: string, item: (v: unknown) => T): T[] {
  if (!Array.isArray(x) || x.length > MAX_MOVED) bad(`version: ${what} must be a list of at most ${MAX_MOVED}`);
  return x.map(item);
}

function hash(x: unknown): string {
  if (typeof x !== 'string' || !/^[0-9a-f]{32}$/.test(x)) bad('version: a carried text edit needs its fingerprint (textCarriedHash)');
  return x;
}

/** A `VersionSwitch` handed back for `undoNewVersion`, checked field by field; `BAD_INPUT` otherwise. */
export function parseVersionSwitch(x: unknown): VersionSwitch {
  if (!isObject(x)) bad('version: the change to undo must be an object');
  const moved = list(x.moved, 'moved', (m): MovedAnnotation => {
    if (!isObject(m)) bad('version: moved items must be objects');
    if (!STATUSES.includes(m.status as AnchorStatus)) bad(`version: unknown status ${JSON.stringify(m.status)?.slice(0, 40)}`);
    return { id: parseAnnotationId(m.id), from: parseArticleId(m.from), start: offset(m.start), end: offset(m.end), status: m.status as AnchorStatus };
  });
  const orphaned = list(x.orphaned ?? [], 'orphaned', (o): OrphanedAnnotation => {
    if (!isObject(o) || typeof o.quote !== 'string') bad('version: orphaned items must be { id, quote }');
    return { id: parseAnnotationId(o.id), quote: o.quote };
  });
  const { clear: _clear, ...overridesBefore } = parseMetadataEdit(x.overridesBefore ?? {});
  return {
    articleId: parseArticleId(x.articleId),
    earlier: list(x.earlier, 'earlier', parseArticleId),
    moved,
    orphaned,
    overridesBefore,
    editsCarried: x.editsCarried === true,
    textEditsLeft: x.textEditsLeft === true,
    ...(x.textCarried === true ? { textCarried: true, textConflicts: typeof x.textConflicts === 'number' ? x.textConflicts : 0, textCarriedHash: hash(x.textCarriedHash) } : {}),
  };
}
