/**
 * Full-text search, suggestions, hits inside one article, saved searches.
 * Plain JSON-able objects only: no classes, no Dates (dates travel as ISO-8601 strings of the
 * precision the source states).
 */
import type { ArticleId } from './extraction';
import type { ArticleSummary } from './library';
import type { Notice } from './notices';

/** Sort orders of search results. */
export type SearchSort = 'relevance' | 'date-desc' | 'date-asc';

/** What `searchArticles` takes. */
export interface SearchQuery {
  /**
   * The query in Parallax's language: words (all must match), `"phrases"`, `OR`, `-exclude`,
   * `prefix*`, and filters `outlet:`, `lang:`, `tag:`, `from:YYYY-MM-DD`, `to:`, `has:note`,
   * `has:highlight`, `in:notes`, `in:comments`. Never passed raw to SQLite.
   */
  q: string;
  /** Default `relevance`. */
  sort?: SearchSort;
  /** Default 20, at most 200. */
  limit?: number;
  /** Default 0. */
  offset?: number;
  /** Compute facet counts over all matches. Default true. */
  facets?: boolean;
  /**
   * Near-identical copies collapse into their best-ranked report, whose `copyCount` says how
   * many more its group has (`listCopies` gives them). Default true; `total` counts every report.
   */
  groupCopies?: boolean;
  /**
   * The last word is still being typed (the search field asks this while keys are pressed): when
   * the query ends in a plain word of 4+ letters, that word also finds the words it begins
   * (`Witk` finds `Witkoff`), ranked below the reports holding it whole. Default false.
   */
  typing?: boolean;
}

/**
 * A run of text with the matched words marked as `[start, end)` offsets into `text`. `caption`:
 * a photo caption, given only when no word of the title, kicker, dek or body matched.
 */
export interface Snippet {
  field: 'title' | 'dek' | 'body' | 'comments' | 'notes' | 'caption';
  text: string;
  highlights: [number, number][];
}

/** One search result. */
export interface SearchHit {
  article: ArticleSummary;
  /** Higher is better; comparable within one result page only. */
  score: number;
  snippets: Snippet[];
  /** Matched words in the article (all fields searched). */
  hitCount: number;
}

/** One value of a facet and how many matching articles have it. */
export interface FacetValue {
  value: string;
  count: number;
}

/** Facet counts over every match of a query (not just the page). */
export interface SearchFacets {
  outlet: FacetValue[];
  /** `YYYY-MM` of the publication date. */
  month: FacetValue[];
  lang: FacetValue[];
  tag: FacetValue[];
}

/** A page of search results. */
export interface SearchPage {
  hits: SearchHit[];
  total: number;
  facets: SearchFacets | null;
  /** A corrected query when this one found nothing and a close one would, else null. */
  didYouMean: string | null;
  /** How the query was read, in English (e.g. "unclosed quote: read as a phrase to the end"). */
  notices: string[];
  /** The same notices as codes (`search.unclosed-quote`, …), for each host to word. */
  noticesCoded: Notice[];
  /**
   * Names searched in all their spellings: per typed word (`Dmitriew`), the other spellings of
   * that person the library holds (`Dmitrijew`, `Dmitriev`). Reports with the typed spelling
   * come first. Absent when no word of the query was widened.
   */
  also?: { word: string; spellings: string[] }[];
  /**
   * With `typing`: the last word as typed when it was also read as the start of longer words
   * (`Witk`); the hits mark what `Witk*` marks. Absent otherwise.
   */
  typedPrefix?: string;
  tookMs: number;
}

/** What a suggestion is. */
export type SuggestionKind = 'title' | 'person' | 'place' | 'organisation' | 'outlet' | 'tag' | 'term';

/** A completion or correction for what a person is typing. */
export interface Suggestion {
  text: string;
  kind: SuggestionKind;
  /** For titles: the article it opens. */
  articleId?: ArticleId;
  /**
   * For a person: the other spellings of the same person that matched the typed text, offered as
   * this one suggestion (`Steve Witkoff`, also `Witkoff`). Absent when there are none.
   */
  also?: string[];
  score: number;
}

/** Where a query matches inside one article: offsets into `Article.text`, in order. */
export interface ArticleHits {
  ranges: [number, number][];
}

/** A search a person saved, shown in the sidebar. */
export interface SavedSearch {
  id: number;
  name: string;
  q: string;
  createdAt: string;
}

/** The search part of `ParallaxApi`. */
export interface SearchApi {
  /**
   * Full-text search with snippets and facets. A malformed query is read as sensibly as
   * possible (with `notices`); only an impossible one rejects, with `BAD_QUERY`.
   */
  searchArticles(query: SearchQuery): Promise<SearchPage>;
  /** Completions and corrections (titles, names, outlets, tags) for typed text; fuzzy. */
  suggest(text: string, limit?: number): Promise<Suggestion[]>;
  /** Every place `q` matches in one article, for highlighting and next/previous hit. */
  getArticleHits(id: ArticleId, q: string): Promise<ArticleHits>;
  /** Saved searches, oldest first. */
  listSavedSearches(): Promise<SavedSearch[]>;
  /** Saves a search under a name. */
  saveSearch(input: { name: string; q: string }): Promise<SavedSearch>;
  /** Removes a saved search; `NOT_FOUND` if there is none with that id. */
  deleteSavedSearch(id: number): Promise<void>;
}

/** The method names of `SearchApi`, in the order the allowlist lists them. */
export const SEARCH_METHODS = ['searchArticles', 'suggest', 'getArticleHits', 'listSavedSearches', 'saveSearch', 'deleteSavedSearch'] as const satisfies readonly (keyof SearchApi)[];
