import type { CompareApi } from '../../shared/api';
import { comparisonFileName } from '../../shared/compare-legend';
import type { WriteDb } from '../store/db';
import type { CompareIndexer } from '../derived/compare-rows/catch-up';
import { comparisonHtml } from './export-html';
import { compareInLibrary } from './in-library';
import { viewsReady } from '../explore/views-ready';
import { parseCompareIds, parseComparisonFormat } from './validate';

/**
 * The compare part of the service. Every argument is validated here; the compare rows are
 * caught up first, so names in a comparison meet the library's entities.
 */
export function compareMethods(db: WriteDb, indexer: CompareIndexer): CompareApi {
  // Every call first indexes what an import or an edit left waiting (nothing, usually: one
  // cheap query), or waits for the catch-up under way.
  // A person waits for the view: its catch-up runs at full speed unless an import runs.
  // The entity groups a comparison names people by are then built in slices (`viewsReady`).
  const ready = async () => {
    await indexer.catchUp({ urgent: true });
    await viewsReady(db, 'entities');
  };
  return {
    async compareArticles(ids) {
      await ready();
      return compareInLibrary(db, parseCompareIds(ids));
    },
    async exportComparison(ids, format, lang) {
      await ready();
      const f = parseComparisonFormat(format);
      const c = compareInLibrary(db, parseCompareIds(ids));
      // An unknown language is worded in English rather than refused: the file is still useful.
      const language = lang === 'de' ? 'de' : 'en';
      const content = comparisonHtml(c, language);
      return { filename: comparisonFileName(language, c.articles.map((a) => a.id), f), mediaType: 'text/html; charset=utf-8', content };
    },
  };
}
