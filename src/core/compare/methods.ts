import type { ParallaxApi } from '../../shared/api';
import type { ParallaxEvent } from '../../shared/events';
import type { WriteDb } from '../store/db';
import { parseArticleId } from '../validate';
import { comparisonHtml } from './export-html';
import type { CompareIndexer } from './catch-up';
import { parseCompareIds, parseComparisonFormat, parseEntityFilter, parseEntityId, parseMergeIds, parseTimelineFilter, parseVariants } from './validate';
import { compareInLibrary, getArticleDating, getEntity, getTimeline, listEntities, listStories, mergeEntities, splitEntity } from './views';

type CompareMethods = Pick<
  ParallaxApi,
  'compareArticles' | 'exportComparison' | 'getTimeline' | 'getArticleDating' | 'listEntities' | 'getEntity' | 'mergeEntities' | 'splitEntity' | 'listStories'
>;

/**
 * The compare part of the service: comparison, timeline, people & places, stories. Every
 * argument is validated here; merges and splits are written before the call returns.
 */
export function compareMethods(db: WriteDb, emit: (e: ParallaxEvent) => void, indexer: CompareIndexer): CompareMethods {
  // Every view first indexes what an import or an edit left waiting (nothing, usually: one
  // cheap query), or waits for the catch-up under way.
  const ready = () => indexer.catchUp();
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
      const content = comparisonHtml(c, lang === 'de' ? 'de' : 'en');
      return { filename: `parallax-compare-${c.articles.map((a) => a.id.slice(0, 6)).join('-')}.${f}`, mediaType: 'text/html; charset=utf-8', content };
    },
    async getTimeline(filter) {
      await ready();
      return getTimeline(db, parseTimelineFilter(filter));
    },
    async getArticleDating(id) {
      await ready();
      return getArticleDating(db, parseArticleId(id));
    },
    async listEntities(filter) {
      await ready();
      return listEntities(db, parseEntityFilter(filter));
    },
    async getEntity(id) {
      await ready();
      return getEntity(db, parseEntityId(id));
    },
    async mergeEntities(ids) {
      await ready();
      const s = mergeEntities(db, parseMergeIds(ids));
      emit({ type: 'libraryChanged' });
      return s;
    },
    async splitEntity(id, variants) {
      await ready();
      const s = splitEntity(db, parseEntityId(id), parseVariants(variants));
      emit({ type: 'libraryChanged' });
      return s;
    },
    async listStories() {
      await ready();
      return listStories(db);
    },
  };
}
