import type { ExploreApi } from '../../shared/api';
import type { ParallaxEvent } from '../../shared/events';
import type { WriteDb } from '../store/db';
import type { CompareIndexer } from '../derived/compare-rows/catch-up';
import { parseArticleId } from '../validate';
import { parseEntityFilter, parseEntityId, parseEntityPage, parseMergeIds, parseTimelineFilter, parseTimelinePage, parseVariants } from './validate';
import { entityPage, timelinePage } from './pages';
import { getArticleDating, getEntity, getTimeline, listEntities, listStories, mergeEntities, splitEntity } from './views';

/**
 * The explore part of the service: timeline, people & places, stories. Every argument is
 * validated here; merges and splits are written before the call returns.
 */
export function exploreMethods(db: WriteDb, emit: (e: ParallaxEvent) => void, indexer: CompareIndexer, groups: (withViews: boolean) => Promise<void> = async () => {}): ExploreApi {
  // Every view first indexes what an import or an edit left waiting (nothing, usually: one
  // cheap query), or waits for the catch-up under way; then has the names grouped on a worker
  // when they are to be grouped afresh in a large library (`groups-background.ts`).
  // A person waits for the view: its catch-up runs at full speed unless an import runs.
  const ready = async () => {
    await indexer.catchUp({ urgent: true });
    await groups(false);
  };
  // The timeline and the stories, built afresh, need the groups: grouped on the worker meanwhile.
  const readyToGroup = async () => {
    await indexer.catchUp({ urgent: true });
    await groups(true);
  };
  return {
    async getTimeline(filter) {
      await readyToGroup();
      return getTimeline(db, parseTimelineFilter(filter));
    },
    async getTimelinePage(query) {
      await readyToGroup();
      return timelinePage(db, parseTimelinePage(query));
    },
    async getArticleDating(id) {
      await readyToGroup();
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
      await readyToGroup();
      return listStories(db);
    },
  };
}
