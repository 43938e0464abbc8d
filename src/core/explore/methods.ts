import type { ExploreApi } from '../../shared/api';
import type { ParallaxEvent } from '../../shared/events';
import type { WriteDb } from '../store/db';
import type { CompareIndexer } from '../derived/compare-rows/catch-up';
import { parseArticleId } from '../validate';
import { parseEntityFilter, parseEntityId, parseEntityMentions, parseEntityPage, parseMergeIds, parseStoryId, parseTimelineEventId, parseTimelineFilter, parseTimelinePage, parseVariants } from './validate';
import { entityPage, storyById, storySummaries, timelineEvent, timelinePage } from './pages';
import { entityMentionsPage } from './mention-pages';
import { getArticleDating, getEntity, getTimeline, listEntities, listStories, mergeEntities, splitEntity, viewsReady, type ViewName } from './views';

/**
 * The explore part of the service: timeline, people & places, stories. Every argument is
 * validated here; merges and splits are written before the call returns.
 */
export function exploreMethods(db: WriteDb, emit: (e: ParallaxEvent) => void, indexer: CompareIndexer): ExploreApi {
  // Every view first indexes what an import or an edit left waiting (nothing, usually: one
  // cheap query), or waits for the catch-up under way.
  // A person waits for the view: its catch-up runs at full speed unless an import runs.
  // Then the grouped views it reads are built in slices, so a search typed meanwhile is answered.
  // Its stages go to the windows, whose bar then has a known end.
  const ready = async (view: ViewName) => {
    await indexer.catchUp({ urgent: true });
    await viewsReady(db, view, (step, done, total) => emit({ type: 'taskProgress', task: 'views', step, done, total }));
  };
  return {
    async getTimeline(filter) {
      await ready('timeline');
      return getTimeline(db, parseTimelineFilter(filter));
    },
    async getTimelinePage(query) {
      await ready('timeline');
      return timelinePage(db, parseTimelinePage(query));
    },
    async getTimelineEvent(id) {
      const eventId = parseTimelineEventId(id);
      await ready('timeline');
      return timelineEvent(db, eventId);
    },
    async getArticleDating(id) {
      await ready('timeline');
      return getArticleDating(db, parseArticleId(id));
    },
    async listEntities(filter) {
      await ready('entities');
      return listEntities(db, parseEntityFilter(filter));
    },
    async listEntityPage(query) {
      await ready('entities');
      return entityPage(db, parseEntityPage(query));
    },
    async getEntity(id) {
      await ready('entities');
      return getEntity(db, parseEntityId(id));
    },
    async getEntityMentions(query) {
      await ready('entities');
      return entityMentionsPage(db, parseEntityMentions(query));
    },
    async mergeEntities(ids) {
      await ready('entities');
      const s = mergeEntities(db, parseMergeIds(ids));
      emit({ type: 'libraryChanged' });
      return s;
    },
    async splitEntity(id, variants) {
      await ready('entities');
      const s = splitEntity(db, parseEntityId(id), parseVariants(variants));
      emit({ type: 'libraryChanged' });
      return s;
    },
    async listStories() {
      await ready('stories');
      return listStories(db);
    },
    async listStorySummaries() {
      await ready('stories');
      return storySummaries(db);
    },
    async getStory(id) {
      const storyId = parseStoryId(id);
      await ready('stories');
      return storyById(db, storyId);
    },
  };
}
