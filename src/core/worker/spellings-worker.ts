import { entityGroups } from '../explore/views';
import { spellingRows, spellingsData } from '../explore/spellings-lookup';
import { replaceSpellings, spellingsState } from '../store/queries/name-spellings';
import { runLibraryJob, type LibraryJobInit } from './library-job';

/** What the spellings worker is started with (`workerData`). */
export type SpellingsWorkerInit = LibraryJobInit;

/**
 * Entry of the spellings worker: groups the library's names (seconds at 100,000 reports) and
 * stores the lookup search needs in the library (`name_spellings`, migration 14), so the
 * library thread never holds the lookup.
 */
runLibraryJob('spellings-worker', (db) => {
  // Read before the names: a change while they are grouped leaves the lookup stale, to be built again.
  const { changes } = spellingsState(db);
  replaceSpellings(db, spellingRows(spellingsData(entityGroups(db).groups)), changes);
});
