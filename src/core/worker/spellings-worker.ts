import { collectGarbageNow } from '../heap';
import { personGroups } from '../explore/views';
import { writeSpellings } from '../explore/spellings-lookup';
import { replaceSpellings, spellingsState } from '../store/queries/name-spellings';
import { setSkeletonCacheWords } from '../text/transliteration';
import { runLibraryJob, type LibraryJobInit } from './library-job';

/** What the spellings worker is started with (`workerData`). */
export type SpellingsWorkerInit = LibraryJobInit;

/**
 * SQLite page cache of the worker's connection, in KiB (the library's default is 16 MB): the
 * grouping reads the names once, then a few mentions of a name at a time, and its one write
 * needs no large cache. At 100,000 reports ~20 MB less of the host's resident set.
 */
const CACHE_KIB = 2048;

/**
 * Skeletons this thread caches per generation (the name finder's threads: 100,000). The grouping
 * asks for a name's words while it compares the name with its candidates, and each name's joined
 * letters are kept with its group: at 100,000 reports 10,000 words cost it no CPU that shows
 * (5.0 against 5.3 s, medians of four, one process) and hold ~12 MB less of its heap.
 */
const SKELETON_CACHE_WORDS = 10_000;

/**
 * Entry of the spellings worker: groups the library's names (seconds at 100,000 reports) and
 * stores the lookup search needs in the library (`name_spellings`, migration 14), so the
 * library thread never holds the lookup.
 */
runLibraryJob('spellings-worker', (db) => {
  db.pragma(`cache_size = -${CACHE_KIB}`);
  setSkeletonCacheWords(SKELETON_CACHE_WORDS);
  // Read before the names: a change while they are grouped leaves the lookup stale, to be built again.
  const { changes } = spellingsState(db);
  // The people's groups only, and the lookup written as it is made: the grouping's blocking keys
  // are collected before the rows are written, and no copy of the whole lookup is held.
  const groups = personGroups(db);
  // The grouper is garbage now (its blocking keys ~11 MB off the heap, ~20 MB on it): collected
  // before the write, whose own garbage then fills its room rather than growing the heap past it.
  // At 100k the write phase no longer adds to the worker's peak (147–149 MB against 147–159 in
  // a probe of its steps); one full collection, not a compaction, which itself grew RSS by 30 MB.
  collectGarbageNow();
  replaceSpellings(db, (sink) => writeSpellings(groups, sink), changes);
});
