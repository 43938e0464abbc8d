import type { ArticleHits, SearchPage, Suggestion } from '../../shared/api';
import type { WriteDb } from '../store/db';
import { articleHits } from './hits';
import type { NameSpellings } from './name-spellings';
import { searchArticles, type SearchRequest } from './search';
import { SuggestIndex } from './suggest';

/**
 * Search for one open library: the FTS5 index and the suggestion index, created on first use.
 * One per connection, so the worker thread and the CLI each have their own. Both indexes are
 * derived data, brought to their versions when the library opens (`core/derived`).
 */
export class SearchEngine {
  readonly suggestions: SuggestIndex;

  constructor(private readonly db: WriteDb) {
    this.suggestions = new SuggestIndex(db);
  }

  /**
   * See `searchArticles` in `search.ts`; "did you mean" comes from the suggestion index, other
   * spellings of names from `spellings` (the library's people, which search does not group).
   */
  search(req: SearchRequest, spellings?: NameSpellings): SearchPage {
    // Asked only when a search finds nothing, so a search that finds something never reads the snapshot table.
    const speller = (w: string) => (this.suggestions.isAvailable() ? this.suggestions.spell(w) : null);
    return searchArticles(this.db, req, speller, spellings);
  }

  /** Suggestions for typed text. */
  suggest(text: string, limit?: number): Suggestion[] {
    return this.suggestions.suggest(text, limit);
  }

  /** Hits of a query in one article, names widened as `search` widens them; undefined for an unknown article. */
  hits(id: string, q: string, spellings?: NameSpellings): ArticleHits | undefined {
    return articleHits(this.db, id, q, spellings);
  }
}

const engines = new WeakMap<WriteDb, SearchEngine>();

/** The search engine of a library connection (made on first call). */
export function searchEngineFor(db: WriteDb): SearchEngine {
  let e = engines.get(db);
  if (!e) {
    e = new SearchEngine(db);
    engines.set(db, e);
  }
  return e;
}
