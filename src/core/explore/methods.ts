import type { ExploreApi } from '../../shared/api';
import type { ParallaxEvent } from '../../shared/events';
import type { WriteDb } from '../store/db';
import type { CompareIndexer } from '../derived/compare-rows/catch-up';
import { parseArticleId } from '../validate';
import { parseEntityFilter, parseEntityId, parseEntityMentions, parseEntityPage, parseMergeIds, parseTimelineFilter, parseTimelinePage, parseVariants } from './validate';
import { entityPage, timelinePage } from './pages';
import { entityMentionsPage } from './mention-pages';
import { getArticleDating, getEntity, getTimeline, listEntities, listStories, mergeEntities, splitEntity } from './views';

/**
 * The explore part of the service: timeline, people & places, stories. Every argument is
 * validated here; merges and splits are written before the call returns.
 */
export function exploreMethods(db: WriteDb, emit: (e: ParallaxEvent) => void, indexer: CompareIndexer): ExploreApi {
  // Every view first indexes what an import or an edit left waiting (nothing, usually: one
  // cheap query), or waits for the catch-up under way.
  // A person waits for the view: its catch-up runs at full speed unless an import runs.
  const ready = () => indexer.catchUp({ urgent: true });
  return {
    async getTimeline(filter) {
      await ready();
      return getTimeline(db, parseTimelineFilter(filter));
    },
    async getTimelinePage(query) {
      await ready();
      return timelinePage(db, parseTimelinePage(query));
    },
    async getArticleDating(id) {
      await ready();
      return getArticleDating(db, parseArticleId(id));
    },
    async listEntities(filter) {
      await ready();
      return listEntities(db, parseEntityFilter(filter));
    },
    async listEntityPage(query) {
      await ready();
      return entityPage(db, parseEntityPage(query));
    },
    async getEntity(id) {
      await ready();
      return getEntity(db, parseEntityId(id));
    },
    async getEntityMentions(query) {
      await ready();
      return entityMentionsPage(db, parseEntityMentions(query));
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
