import { notice, type Notice } from '../../shared/api/notices';
import { codedError, english } from '../../shared/i18n';
import type { AnnotationExportFormat, AnnotationImportReport, AnnotationListItem, ArticleId, ExportFile } from '../../shared/api';
import { annotationExportWords } from '../../shared/annotation-export-words';
import type { WriteDb } from '../store/db';
import { getAnnotation, listAnnotations, putLink } from '../store/queries/annotations';
import { stmt } from '../store/queries/cache';
import { foldText } from '../text/fold';
import { restoreAnnotation } from './annotations';
import { annotationsCsv, type CsvOptions } from './export/csv';
import { annotationsJsonLd, parseAnnotationsJsonLd } from './export/jsonld';
import { articleMarkdown, libraryMarkdown, type ArticleFacts } from './export/markdown';

function facts(db: WriteDb, id: string): ArticleFacts {
  const r = stmt(db, 'SELECT a.id, a.title, a.site, a.published, a.author, s.name AS source FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?').get(id) as ArticleFacts | undefined;
  if (!r) throw codedError('NOT_FOUND', notice('library.no-article', { id, scope: 'export' }));
  return r;
}

/** A file name made of the title's words, safe on every file system. */
function slug(title: string): string {
  const s = foldText(title).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return s || 'article';
}

/** Exports the annotations of one article (`articleId`) or of the whole library. */
export function exportAnnotations(db: WriteDb, format: AnnotationExportFormat, articleId?: ArticleId, csv: CsvOptions = {}, lang = 'en'): ExportFile {
  const article = articleId ? facts(db, articleId) : null;
  const items = listAnnotations(db, articleId ? { articleId } : {});
  // The Markdown file is for people and is named in their language; CSV and JSON-LD are data for tools.
  const word = format === 'md' ? annotationExportWords(lang).fileWord : 'annotations';
  const base = article ? `${slug(article.title)}-${word}` : `parallax-${word}`;
  switch (format) {
    case 'md': {
      let content: string;
      if (article) content = articleMarkdown(article, items, lang);
      else {
        const groups = new Map<string, AnnotationListItem[]>();
        for (const a of items) groups.set(a.articleId, [...(groups.get(a.articleId) ?? []), a]);
        content = libraryMarkdown([...groups].map(([id, annotations]) => ({ article: facts(db, id), annotations })), new Date().toISOString(), lang);
      }
      return { filename: `${base}.md`, mediaType: 'text/markdown; charset=utf-8', content };
    }
    case 'csv':
      return { filename: `${base}.csv`, mediaType: 'text/csv; charset=utf-8', content: annotationsCsv(items, csv) };
    case 'jsonld':
      return { filename: `${base}.jsonld`, mediaType: 'application/ld+json', content: annotationsJsonLd(items, article ? `Annotations on “${article.title}”` : 'Parallax annotations') };
  }
}

/**
 * Imports a JSON-LD export in one transaction: all of it or, on a failure, none of it. An
 * annotation whose id the library has is left as it is (importing twice adds nothing); one whose
 * article the library lacks is skipped with the reason.
 */
export function importAnnotations(db: WriteDb, content: string): AnnotationImportReport {
  const parsed = parseAnnotationsJsonLd(content);
  const report: AnnotationImportReport = { added: 0, present: 0, skipped: [] };
  db.transaction(() => {
    const added = [];
    for (const p of parsed) {
      if (!p.ok) {
        report.skipped.push(skipped(p.id, p.reason));
        continue;
      }
      const a = p.annotation;
      if (getAnnotation(db, a.id)) {
        report.present++;
        continue;
      }
      if (!stmt(db, 'SELECT 1 FROM articles WHERE id = ?').get(a.articleId)) {
        report.skipped.push(skipped(a.id, notice('import.no-article', { id: a.articleId })));
        continue;
      }
      restoreAnnotation(db, { ...a, links: [] });
      added.push(a);
      report.added++;
    }
    // Links last, once both ends are in.
    for (const a of added) for (const l of a.links) if (getAnnotation(db, l.id)) putLink(db, a.id, l.id, l.relation, a.updatedAt);
  })();
  return report;
}

function skipped(id: string | null, why: Notice): AnnotationImportReport['skipped'][number] {
  return { id, reason: english(why), reasonCoded: why };
}
