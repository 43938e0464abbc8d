import { randomUUID } from 'node:crypto';
import type { Annotation, AnnotationEdit, AnnotationId, ArticleId, LinkRelation, NewAnnotation } from '../../shared/api';
import type { WriteDb } from '../store/db';
import { stmt } from '../store/queries/cache';
import { annotationsOfArticle, getAnnotation, putAnnotation, putLink, removeAnnotation, removeLink, setPlacement } from '../store/queries/annotations';
import { placeAnnotation } from './place';
import { describeRange } from './selectors';
import { notice } from '../../shared/api/notices';
import { codedError } from '../../shared/i18n';

/**
 * Annotation changes, each written in its own transaction at once, so nothing a person made is
 * lost to a crash a moment later.
 */

function articleText(db: WriteDb, articleId: string): string {
  const row = stmt(db, 'SELECT text FROM articles WHERE id = ?').get(articleId) as { text: string } | undefined;
  if (!row) throw codedError('NOT_FOUND', notice('library.no-article', { id: articleId, scope: 'annotate' }));
  return row.text;
}

function mustGet(db: WriteDb, id: string): Annotation {
  const a = getAnnotation(db, id);
  if (!a) throw codedError('NOT_FOUND', notice('annotate.no-annotation', { id }));
  return a;
}

/** Creates an annotation on `text[start, end)` of an article. */
export function addAnnotation(db: WriteDb, input: Required<Pick<NewAnnotation, 'articleId' | 'start' | 'end'>> & NewAnnotation): Annotation {
  const text = articleText(db, input.articleId);
  if (input.end > text.length) throw codedError('BAD_INPUT', notice('annotate.range-past-end', { end: input.end, length: text.length }));
  if (text.slice(input.start, input.end).trim() === '') throw codedError('BAD_INPUT', notice('annotate.blank-range'));
  const now = new Date().toISOString();
  const { quote, position } = describeRange(text, input.start, input.end);
  const a: Annotation = {
    id: randomUUID() as AnnotationId,
    articleId: input.articleId,
    color: input.color ?? null,
    note: input.note ?? null,
    tags: input.tags ?? [],
    quote,
    position,
    status: 'anchored',
    links: [],
    createdAt: now,
    updatedAt: now,
  };
  db.transaction(() => putAnnotation(db, a))();
  return mustGet(db, a.id);
}

/** Changes colour, note or tags. */
export function updateAnnotation(db: WriteDb, id: AnnotationId, edit: AnnotationEdit): Annotation {
  const a = mustGet(db, id);
  const next: Annotation = {
    ...a,
    ...(edit.color !== undefined ? { color: edit.color } : {}),
    ...(edit.note !== undefined ? { note: edit.note } : {}),
    ...(edit.tags !== undefined ? { tags: edit.tags } : {}),
    updatedAt: new Date().toISOString(),
  };
  db.transaction(() => putAnnotation(db, next))();
  return mustGet(db, id);
}

/** Deletes an annotation and returns it as it was, links included, for undo. */
export function deleteAnnotation(db: WriteDb, id: AnnotationId): Annotation {
  const a = mustGet(db, id);
  db.transaction(() => removeAnnotation(db, id))();
  return a;
}

/**
 * Puts back an annotation exactly as `deleteAnnotation` returned it (same id, times and links
 * whose other end still exists), placed in the article's current text.
 */
export function restoreAnnotation(db: WriteDb, a: Annotation): Annotation {
  const text = articleText(db, a.articleId);
  const placed = placeAnnotation(text, a.quote, a.position);
  db.transaction(() => {
    putAnnotation(db, { ...a, position: { type: 'TextPositionSelector', start: placed.start, end: placed.end }, status: placed.status });
    for (const l of a.links) if (getAnnotation(db, l.id)) putLink(db, a.id, l.id, l.relation, a.updatedAt);
  })();
  return mustGet(db, a.id);
}

/** Links two annotations of different reports. */
export function linkAnnotations(db: WriteDb, a: AnnotationId, b: AnnotationId, relation: LinkRelation): void {
  if (a === b) throw codedError('BAD_INPUT', notice('annotate.self-link'));
  const x = mustGet(db, a);
  const y = mustGet(db, b);
  if (x.articleId === y.articleId) throw codedError('BAD_INPUT', notice('annotate.link-same-report'));
  db.transaction(() => putLink(db, a, b, relation, new Date().toISOString()))();
}

/** Removes a link; `NOT_FOUND` when the two were not linked. */
export function unlinkAnnotations(db: WriteDb, a: AnnotationId, b: AnnotationId): void {
  const removed = db.transaction(() => removeLink(db, a, b))();
  if (!removed) throw codedError('NOT_FOUND', notice('annotate.not-linked', { a, b }));
}

/**
 * Places every annotation of an article again after its text changed. Call inside the
 * transaction that changed the text, so text and places never disagree on disk.
 */
export function reanchorArticle(db: WriteDb, articleId: ArticleId | string, text: string): { moved: number; orphaned: number } {
  let moved = 0;
  let orphaned = 0;
  for (const a of annotationsOfArticle(db, articleId)) {
    const p = placeAnnotation(text, a.quote, a.position);
    if (p.status === 'orphaned') orphaned++;
    else if (p.start !== a.position.start || p.end !== a.position.end) moved++;
    if (p.start !== a.position.start || p.end !== a.position.end || p.status !== a.status) setPlacement(db, a.id, p.start, p.end, p.status);
  }
  return { moved, orphaned };
}
