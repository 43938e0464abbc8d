import { importTooLarge, MAX_IMPORT_CHARS, type ParallaxApi } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import type { ParallaxEvent } from '../../shared/events';
import type { WriteDb } from '../store/db';
import { setReadingState } from '../store/queries/articles';
import { getArticle } from '../store/queries/article-reads';
import { listAnnotations, tagCounts } from '../store/queries/annotations';
import { saveNoteDraft } from './note-drafts';
import { listNoteDrafts } from '../store/queries/note-drafts';
import { editArticleText, type EditOptions } from '../edit-text';
import {
  parseAnnotation,
  parseAnnotationEdit,
  parseAnnotationFilter,
  parseAnnotationId,
  parseArticleId,
  parseExportOptions,
  parseNewAnnotation,
  parseNoteDraft,
  parseReplaces,
  parseRelation,
} from '../validate';
import { addAnnotation, deleteAnnotation, linkAnnotations, restoreAnnotation, unlinkAnnotations, updateAnnotation } from './annotations';
import { exportAnnotations, importAnnotations } from './transfer';
import { notice } from '../../shared/api/notices';
import { codedError } from '../../shared/i18n';

type AnnotationMethods = Pick<
  ParallaxApi,
  | 'listAnnotations'
  | 'addAnnotation'
  | 'updateAnnotation'
  | 'deleteAnnotation'
  | 'restoreAnnotation'
  | 'linkAnnotations'
  | 'unlinkAnnotations'
  | 'listAnnotationTags'
  | 'exportAnnotations'
  | 'importAnnotations'
  | 'listNoteDrafts'
  | 'saveNoteDraft'
  | 'updateArticleText'
  | 'updateReadingState'
>;

/**
 * The annotation part of the service. Every argument is validated here; every change is
 * written in a transaction before the call returns.
 */
export function annotationMethods(db: WriteDb, emit: (e: ParallaxEvent) => void, onAnnotationsChanged: (ids: string[]) => void = () => {}, editOptions: EditOptions = {}): AnnotationMethods {
  const changed = (...ids: string[]) => {
    onAnnotationsChanged(ids);
    emit({ type: 'libraryChanged' });
  };
  return {
    async listAnnotations(filter) {
      return listAnnotations(db, parseAnnotationFilter(filter));
    },
    async addAnnotation(input) {
      const a = addAnnotation(db, parseNewAnnotation(input) as Parameters<typeof addAnnotation>[1]);
      changed(a.id);
      return a;
    },
    async updateAnnotation(id, edit) {
      const a = updateAnnotation(db, parseAnnotationId(id), parseAnnotationEdit(edit));
      changed(a.id);
      return a;
    },
    async deleteAnnotation(id) {
      const a = deleteAnnotation(db, parseAnnotationId(id));
      changed(a.id);
      return a;
    },
    async restoreAnnotation(annotation) {
      const a = restoreAnnotation(db, parseAnnotation(annotation));
      changed(a.id);
      return a;
    },
    async linkAnnotations(a, b, relation) {
      linkAnnotations(db, parseAnnotationId(a), parseAnnotationId(b), parseRelation(relation));
      changed(a, b);
    },
    async unlinkAnnotations(a, b) {
      unlinkAnnotations(db, parseAnnotationId(a), parseAnnotationId(b));
      changed(a, b);
    },
    async listAnnotationTags() {
      return tagCounts(db);
    },
    async exportAnnotations(options) {
      const o = parseExportOptions(options);
      return exportAnnotations(db, o.format, o.articleId, { excel: o.excel }, o.lang);
    },
    async importAnnotations(input) {
      if (typeof input !== 'object' || input === null || typeof input.content !== 'string') throw new ApiError('BAD_INPUT', 'import: give { content } with the JSON-LD text');
      if (input.content.length > MAX_IMPORT_CHARS) throw codedError('TOO_LARGE', importTooLarge());
      const report = importAnnotations(db, input.content);
      if (report.added > 0) changed();
      return report;
    },
    async listNoteDrafts() {
      return listNoteDrafts(db);
    },
    async saveNoteDraft(id, draft, replaces) {
      // No libraryChanged event: a draft is kept while typing, as the reading progress is.
      return saveNoteDraft(db, parseAnnotationId(id), parseNoteDraft(draft), replaces === undefined ? undefined : parseReplaces(replaces));
    },
    async updateReadingState(id, state) {
      const articleId = parseArticleId(id);
      if (typeof state !== 'object' || state === null) throw new ApiError('BAD_INPUT', 'reading: state must be an object');
      const { progress, read } = state;
      if (progress !== undefined && (typeof progress !== 'number' || !(progress >= 0 && progress <= 1))) throw new ApiError('BAD_INPUT', 'reading: progress must be a number from 0 to 1');
      if (read !== undefined && typeof read !== 'boolean') throw new ApiError('BAD_INPUT', 'reading: read must be true or false');
      if (!setReadingState(db, articleId, progress, read, new Date().toISOString())) throw codedError('NOT_FOUND', notice('library.no-article', { id: articleId, scope: 'library' }));
      // No libraryChanged event: progress is saved while scrolling and nothing else must redraw.
    },
    async updateArticleText(id, text) {
      const articleId = parseArticleId(id);
      if (text !== null && typeof text !== 'string') throw new ApiError('BAD_INPUT', 'edit: text must be a string, or null for the original');
      await editArticleText(db, articleId, text, editOptions);
      changed();
      return getArticle(db, articleId)!;
    },
  };
}
