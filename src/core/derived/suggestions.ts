/**
 * The suggestion index (minisearch over titles, names, outlets, tags) as a derived dataset. It
 * is built in memory on first use from the library and saved as a snapshot; ingest keeps it
 * current through `search_changes`, which the search index writes and the next load replays
 * (`search/suggest.ts`). A new version drops the snapshot, so the next use builds it afresh.
 */
import { SUGGEST_VERSION } from '../search/suggest';
import { stmt } from '../store/queries/cache';
import type { DerivedDataset } from './dataset';

/** The suggestion index, declared for `core/derived`. */
export const suggestionsDataset: DerivedDataset = {
  name: 'suggestions',
  version: SUGGEST_VERSION,
  clear(db) {
    stmt(db, "DELETE FROM search_snapshots WHERE name = 'suggest'").run();
  },
};
