import type { ExploreApi } from '../../shared/api';
import type { ParallaxEvent } from '../../shared/events';
import type { WriteDb } from '../store/db';
import type { CompareIndexer } from '../derived/compare-rows/catch-up';
import { parseArticleId } from '../validate';
import { parseEntityFilter, parseEntityId, parseEntityMentions, parseEntityPage, parseMergeIds, parseStoryId, parseTimelineEventId, parseTimelineFilter, parseTimelinePage, parseVariants } from './validate';
import { entityPage, storyById, storySummaries, timelineEvent, timelinePage } from './pages';
import { entityMentionsPage } from './mention-pages';
import { getArticleDating, getEntity, getTimeline, listEntities, listStories, mergeEntities, splitEntity } from './views';
import { viewsReady, type ViewName } from './views-ready';
import { readingStale } from '../derived/explore-groupings';

/**
 * The explore part of the service: timeline, people & places, stories. Every argument is
 * validated here; merges and splits are written before the call returns.
 */
export function exploreMethods(db: WriteDb, emit: (e: ParallaxEvent) => void, indexer: CompareIndexer, staleWhileBuilt = false): ExploreApi {
  // Every view first indexes what an import or an edit left waiting (nothing, usually: one
  // cheap query), or waits for the catch-up under way.
  // A person waits for the view: its catch-up runs at full speed unless an import runs.
  // Then the grouped views it reads are built in slices, so a search typed meanwhile is answered.
  // Its stages go to the windows, whose bar then has a known end.
  const progress = (step: ViewName, done: number, total: number) => emit({ type: 'taskProgress', task: 'views', step, done, total });
  const ready = async (view: ViewName) => {
    await indexer.catchUp({ urgent: true });
    await viewsReady(db, view, progress);
  };
  // A host's views serve their last answer while they are built again (`views-ready.ts`); the
  // windows read them again on `viewsUpdated`. The CLI (no events after it exits) waits.
  const revalidate = staleWhileBuilt ? { started: () => emit({ type: 'viewsUpdating' }), landed: () => emit({ type: 'viewsUpdated' }) } : undefined;
  /** `read` once the views up to `view` are ready, or their last answer while they are built again (`updating`). */
  const served = async <T>(view: ViewName, read: () => T): Promise<{ value: T; updating: boolean }> => {
    await indexer.catchUp({ urgent: true });
    const updating = await viewsReady(db, view, progress, revalidate);
    return { value: updating ? readingStale(db, read) : read(), updating };
  };
  const marked = <T extends object>(r: { value: T; updating: boolean }): T => (r.updating ? { ...r.value, updating: true } : r.value);
  return {
    async getTimeline(filter) {
      await ready('timeline');
      return getTimeline(db, parseTimelineFilter(filter));
    },
    async getTimelinePage(query) {
      const q = parseTimelinePage(query);
      return marked(await served('timeline', () => timelinePage(db, q)));
    },
    async getTimelineEvent(id) {
      const eventId = parseTimelineEventId(id);
      return (await served('timeline', () => timelineEvent(db, eventId))).value;
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
      const q = parseEntityPage(query);
      return marked(await served('entities', () => entityPage(db, q)));
    },
    async getEntity(id) {
      const entityId = parseEntityId(id);
      return (await served('entities', () => getEntity(db, entityId))).value;
    },
    async getEntityMentions(query) {
      const q = parseEntityMentions(query);
      return (await served('entities', () => entityMentionsPage(db, q))).value;
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
      return (await served('stories', () => storySummaries(db))).value;
    },
    async getStory(id) {
      const storyId = parseStoryId(id);
      return (await served('stories', () => storyById(db, storyId))).value;
    },
  };
}
