import type { ArticleHits, SearchPage, Suggestion } from '../../shared/api';
import type { WriteDb } from '../store/db';
import { articleHits } from './hits';
import type { NameSpellings } from './name-spellings';
import { searchArticles, type SearchRequest } from './search';
import { DEFAULT_SUGGESTIONS, SuggestIndex } from './suggest';
import { groupPeople } from './suggest-people';
import { highlightTagSuggestions, typedTagFilter, withTags } from './tag-suggestions';

/** Results of the index read for page tags after `tag:` (most are other kinds). */
const TAG_CANDIDATES = 50;
/** Highlight tags shown among other suggestions for a plain word (after `tag:` they may fill the list). */
const OWN_TAGS_MIXED = 3;
/** Suggestions read beyond the limit, so that a person's spellings made one still leave the list full. */
const PEOPLE_SLACK = 4;

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

  /**
   * Suggestions for typed text, with the tags a person gave highlights (read from the
   * annotations, not the index). After `tag:` only tags: the pages' and the highlights'. With
   * `spellings` (search by entity's lookup, asked for only when two people are offered), one
   * person's spellings are one suggestion (`suggest-people.ts`).
   */
  suggest(text: string, limit = DEFAULT_SUGGESTIONS, spellings?: () => NameSpellings | null): Suggestion[] {
    const tagTyped = typedTagFilter(text);
    if (tagTyped !== null) {
      // The index's words fold `tag:` away; asked for the value alone and kept to its tags.
      const pages = tagTyped.trim() ? this.suggestions.suggest(tagTyped, TAG_CANDIDATES).filter((s) => s.kind === 'tag') : [];
      return withTags(highlightTagSuggestions(this.db, tagTyped, limit), pages, limit);
    }
    const last = text.trim().split(/\s+/).pop() ?? '';
    // A tag is offered for the word being typed only once it has two letters, as the window asks.
    const own = last.length >= 2 && !last.includes(':') ? highlightTagSuggestions(this.db, last, OWN_TAGS_MIXED) : [];
    const found = spellings ? groupPeople(this.suggestions.suggest(text, limit + PEOPLE_SLACK), spellings).slice(0, limit) : this.suggestions.suggest(text, limit);
    return withTags(own, found, limit);
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
