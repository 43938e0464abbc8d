import { groupLibraryNames } from '../explore/views';
import { answerFromLibrary, type LibraryJobInit } from './library-job';
import type { EntityGroup } from '../explore/entity-groups';

/** What the groups worker is started with (`workerData`). */
export type GroupsWorkerInit = LibraryJobInit;

/** What it posts: the library's entity groups, and how many names they were made from. */
export interface GroupsWorkerReply {
  groups: EntityGroup[];
  builtFrom: number;
}

/**
 * Entry of the groups worker: groups the library's names on its own connection while the
 * library thread builds the parts of the timeline and the stories that need no entity groups
 * (`explore/groups-background.ts`).
 */
answerFromLibrary('groups-worker', (db): GroupsWorkerReply => {
  const { stats, groups } = groupLibraryNames(db);
  return { groups, builtFrom: stats.length };
});
