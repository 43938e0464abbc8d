import type { ParallaxApi } from '../../shared/api';
import type { ParallaxEvent } from '../../shared/events';
import type { WriteDb } from '../store/db';
import { parseArticleId } from '../validate';
import { comparisonHtml } from './export-html';
import { catchUpCompare } from './index-article';
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
export function compareMethods(db: WriteDb, emit: (e: ParallaxEvent) => void): CompareMethods {
  // Every view first indexes what an import left waiting (nothing, usually: one cheap query).
  const ready = () => void catchUpCompare(db);
  return {
    async compareArticles(ids) {
      ready();
      return compareInLibrary(db, parseCompareIds(ids));
    },
    async exportComparison(ids, format) {
      ready();
      const f = parseComparisonFormat(format);
      const c = compareInLibrary(db, parseCompareIds(ids));
      return { filename: `parallax-compare-${c.articles.map((a) => a.id.slice(0, 6)).join('-')}.${f}`, mediaType: 'text/html; charset=utf-8', content: comparisonHtml(c) };
    },
    async getTimeline(filter) {
      ready();
      return getTimeline(db, parseTimelineFilter(filter));
    },
    async getArticleDating(id) {
      ready();
      return getArticleDating(db, parseArticleId(id));
    },
    async listEntities(filter) {
      ready();
      return listEntities(db, parseEntityFilter(filter));
    },
    async getEntity(id) {
      ready();
      return getEntity(db, parseEntityId(id));
    },
    async mergeEntities(ids) {
      ready();
      const s = mergeEntities(db, parseMergeIds(ids));
      emit({ type: 'libraryChanged' });
      return s;
    },
    async splitEntity(id, variants) {
      ready();
      const s = splitEntity(db, parseEntityId(id), parseVariants(variants));
      emit({ type: 'libraryChanged' });
      return s;
    },
    async listStories() {
      ready();
      return listStories(db);
    },
  };
}
