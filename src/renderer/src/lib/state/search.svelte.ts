import type { ParallaxApi } from '../../../../shared/api';
import { isApiError } from '../../../../shared/errors';
import type { ArticleId, ArticleSummary, SavedSearch, SearchHit, SearchPage, SearchSort, Suggestion } from '../../../../shared/api';

/** Suggestions under the search field. */
const SUGGESTIONS_SHOWN = 8;
/** Asked for, so that copies with one title folded into one line still leave `SUGGESTIONS_SHOWN`. */
const SUGGESTIONS_ASKED = 16;
/** Results follow typing after this pause, so each keystroke does not start a search. */
export const SEARCH_DEBOUNCE_MS = 120;
/** How many results one search asks for. */
export const SEARCH_LIMIT = 50;

export type FacetKind = 'outlet' | 'month' | 'lang' | 'tag';

/** A row of the results list: a hit, or one of the near-identical copies opened under one. */
export type ResultRow = { kind: 'hit'; id: ArticleId; hit: SearchHit } | { kind: 'copy'; id: ArticleId; article: ArticleSummary };

export interface SearchDeps {
  api: Pick<ParallaxApi, 'searchArticles' | 'suggest' | 'listSavedSearches' | 'saveSearch' | 'deleteSavedSearch' | 'listCopies'>;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** Quotes a filter value that has spaces or quotes, so `outlet:"Berliner Zeitung"` stays one term. */
function filterValue(value: string): string {
  return /[\s"]/.test(value) ? `"${value.replace(/"/g, '')}"` : value;
}

/** The query terms a facet value stands for: `outlet:x`, `lang:de`, `tag:x`, a month as `from:`/`to:`. */
export function facetTerms(kind: FacetKind, value: string): string[] {
  if (kind === 'month') {
    const [y, m] = value.split('-').map(Number);
    const last = new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).getUTCDate();
    return [`from:${value}-01`, `to:${value}-${String(last).padStart(2, '0')}`];
  }
  return [`${kind}:${filterValue(value)}`];
}

/** Splits a query into terms, keeping quoted phrases (also after `outlet:`) whole. */
export function queryTerms(q: string): string[] {
  return q.match(/(?:[^\s"]*"[^"]*"?|[^\s"]+)/g) ?? [];
}

/**
 * What the reader marks for a page whose last word was read as typed (`SearchPage.typedPrefix`):
 * the words it begins (`Witk*`), and the spellings of the person it began the name of
 * (`(Selen* OR Zelensky)`); else the query as it was.
 */
export function typedHitsQuery(q: string, page: SearchPage | null): string {
  const word = page?.typedPrefix;
  if (!word || !q.endsWith(word)) return q;
  const names = page.also?.find((a) => a.word === word)?.spellings ?? [];
  const typed = names.length ? `(${[`${word}*`, ...names.map((n) => (/\s/.test(n) ? `"${n}"` : n))].join(' OR ')})` : `${word}*`;
  return q.slice(0, q.length - word.length) + typed;
}

/**
 * The search box and its results. Typing searches after a short pause; each search carries a
 * sequence number and only the newest one's answer is shown, so a slow answer to an older
 * query never replaces the results of the newer one. Suggestions follow the same rule.
 */
export class SearchState {
  /** What is in the search field. Non-empty means the results replace the library list. */
  text = $state('');
  sort = $state<SearchSort>('relevance');
  page = $state.raw<SearchPage | null>(null);
  /** The query `page` answers (it lags `text` while a search runs). */
  pageQuery = $state('');
  isSearching = $state(false);
  /** True when the library answered that it cannot search (`UNSUPPORTED`). */
  unavailable = $state(false);
  suggestions = $state.raw<Suggestion[]>([]);
  suggestionsOpen = $state(false);
  activeSuggestion = $state(-1);
  /** Index of the selected result (arrow keys). */
  selected = $state(0);
  saved = $state.raw<SavedSearch[]>([]);
  /** Bumped to ask the search field to take focus (Ctrl/Cmd+K, `/`). */
  focusRequest = $state(0);

  isActive = $derived(this.text.trim() !== '');
  /** The query whose hits the reader marks (`typedHitsQuery`). */
  hitsQuery = $derived(typedHitsQuery(this.pageQuery, this.page));
  hits = $derived(this.page?.hits ?? []);
  /** The copies of one result's near-duplicate group, shown under it. */
  openGroup = $state.raw<{ hitIndex: number; headId: ArticleId; copies: ArticleSummary[] } | null>(null);
  /** What the results list shows (and `selected` indexes): the hits, and the open group's copies. */
  rows = $derived.by<ResultRow[]>(() => {
    const rows: ResultRow[] = this.hits.map((hit) => ({ kind: 'hit', id: hit.article.id, hit }));
    const g = this.openGroup;
    if (g) rows.splice(g.hitIndex + 1, 0, ...g.copies.map((article) => ({ kind: 'copy' as const, id: article.id, article })));
    return rows;
  });

  #deps: Required<SearchDeps>;
  #seq = 0;
  #suggestSeq = 0;
  #timer: unknown = null;
  /** The text was typed in the field (not set from a saved search, a correction or a facet). */
  #typed = false;

  constructor(deps: SearchDeps) {
    this.#deps = {
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      ...deps,
    };
  }

  /** The field changed: search and suggest after a short pause. */
  input(text: string): void {
    this.text = text;
    this.#typed = true;
    this.#cancelTimer();
    if (!text.trim()) {
      this.clear();
      return;
    }
    this.#timer = this.#deps.setTimer(() => {
      this.#timer = null;
      void this.run();
      void this.loadSuggestions();
    }, SEARCH_DEBOUNCE_MS);
  }

  /** Sets the query and searches at once (a saved search, "did you mean", a facet). */
  async setQuery(q: string): Promise<void> {
    // Enter on what was typed keeps reading its last word as typed; a saved search, a
    // correction or a facet is a whole query.
    this.#typed = this.#typed && q === this.text;
    this.text = q;
    this.#cancelTimer();
    this.closeSuggestions();
    if (!q.trim()) return this.clear();
    await this.run();
  }

  /** Runs the current query now. Rejects with the API's error, except `UNSUPPORTED`. */
  async run(): Promise<void> {
    const q = this.text.trim();
    const seq = ++this.#seq;
    if (!q) return;
    this.isSearching = true;
    try {
      // While a word is typed (no space after it yet) it also finds the words it begins.
      const typing = this.#typed && !/\s$/.test(this.text);
      const page = await this.#deps.api.searchArticles({ q, sort: this.sort, limit: SEARCH_LIMIT, ...(typing ? { typing } : {}) });
      if (seq !== this.#seq) return;
      this.page = page;
      this.pageQuery = q;
      this.openGroup = null;
      this.selected = 0;
      this.unavailable = false;
    } catch (e) {
      if (seq !== this.#seq) return;
      if (isApiError(e) && e.code === 'UNSUPPORTED') {
        this.unavailable = true;
        this.page = null;
        this.pageQuery = q;
        return;
      }
      throw e;
    } finally {
      if (seq === this.#seq) this.isSearching = false;
    }
  }

  /** Asks for completions of the current text; an older answer never replaces a newer one. */
  async loadSuggestions(): Promise<void> {
    const text = this.text.trim();
    const seq = ++this.#suggestSeq;
    if (text.length < 2) {
      this.closeSuggestions();
      return;
    }
    try {
      // Copies of one report (wire copy, a page saved twice) share a title: one line each is
      // enough, so more are asked for than are shown.
      const answer = await this.#deps.api.suggest(text, SUGGESTIONS_ASKED);
      if (seq !== this.#suggestSeq || this.text.trim() !== text) return;
      const seen = new Set<string>();
      const list = answer.filter((s) => !seen.has(`${s.kind}\u0000${s.text}`) && !!seen.add(`${s.kind}\u0000${s.text}`)).slice(0, SUGGESTIONS_SHOWN);
      this.suggestions = list;
      this.suggestionsOpen = list.length > 0;
      this.activeSuggestion = -1;
    } catch {
      // Suggestions are a help, not a function: without them the search still works.
      if (seq === this.#suggestSeq) this.closeSuggestions();
    }
  }

  closeSuggestions(): void {
    this.#suggestSeq++;
    this.suggestions = [];
    this.suggestionsOpen = false;
    this.activeSuggestion = -1;
  }

  /** Moves the active suggestion, wrapping through "none" (-1). */
  moveSuggestion(delta: 1 | -1): void {
    const n = this.suggestions.length;
    if (n === 0) return;
    this.suggestionsOpen = true;
    const next = this.activeSuggestion + delta;
    this.activeSuggestion = next >= n ? -1 : next < -1 ? n - 1 : next;
  }

  /**
   * Takes a suggestion: a report title is returned for the caller to open; anything else
   * replaces the word being typed (a tag as `tag:…`) and searches.
   */
  async take(s: Suggestion): Promise<Suggestion | null> {
    this.closeSuggestions();
    if (s.kind === 'title' && s.articleId) return s;
    const terms = queryTerms(this.text);
    terms.pop();
    // A tag becomes the `tag:` filter: it finds the pages' tags and the tags given to highlights,
    // which are no words of the text.
    const word = s.kind === 'tag' ? facetTerms('tag', s.text)[0]! : /\s/.test(s.text) ? `"${s.text}"` : s.text;
    await this.setQuery([...terms, word].join(' '));
    return null;
  }

  setSort(sort: SearchSort): Promise<void> {
    this.sort = sort;
    return this.run();
  }

  /** True when the query filters on this facet value. */
  hasFacet(kind: FacetKind, value: string): boolean {
    const terms = queryTerms(this.text).map((t) => t.toLowerCase());
    return facetTerms(kind, value).every((t) => terms.includes(t.toLowerCase()));
  }

  /** Adds the facet's filter to the query, or takes it out again, and searches. */
  toggleFacet(kind: FacetKind, value: string): Promise<void> {
    const wanted = facetTerms(kind, value);
    const lower = wanted.map((t) => t.toLowerCase());
    const terms = queryTerms(this.text);
    const next = this.hasFacet(kind, value) ? terms.filter((t) => !lower.includes(t.toLowerCase())) : [...terms, ...wanted];
    return this.setQuery(next.join(' '));
  }

  /**
   * Shows the near-identical copies of the result at `index` under it, or hides them (also from
   * one of the copies). Rejects with the API's error.
   */
  async toggleGroup(index = this.selected): Promise<void> {
    const g = this.openGroup;
    if (g && index >= g.hitIndex && index <= g.hitIndex + g.copies.length) {
      this.openGroup = null;
      this.selected = g.hitIndex;
      return;
    }
    const row = this.rows[index];
    if (row?.kind !== 'hit' || row.hit.article.copyCount === 0) return;
    const hitIndex = this.hits.indexOf(row.hit);
    const group = await this.#deps.api.listCopies(row.id);
    this.openGroup = { hitIndex, headId: row.id, copies: group.filter((a) => a.id !== row.id) };
    this.selected = hitIndex;
  }

  /**
   * Selects the result `delta` rows from the open report's (the first when it is not among
   * them) and returns its id; null past either end.
   */
  step(openId: ArticleId | null, delta: number): ArticleId | null {
    const at = openId ? this.rows.findIndex((r) => r.id === openId) : -1;
    const i = at < 0 ? 0 : at + delta;
    const row = this.rows[i];
    if (!row) return null;
    this.selected = i;
    return row.id;
  }

  /** Moves the result selection by `delta`, stopping at either end. */
  move(delta: number): void {
    const n = this.rows.length;
    if (n === 0) return;
    this.selected = Math.min(n - 1, Math.max(0, this.selected + delta));
  }

  /** Empties the field; the library list comes back. Answers still on their way are ignored. */
  clear(): void {
    this.#cancelTimer();
    this.#seq++;
    this.text = '';
    this.page = null;
    this.pageQuery = '';
    this.isSearching = false;
    this.unavailable = false;
    this.selected = 0;
    this.openGroup = null;
    this.closeSuggestions();
  }

  /** Loads the saved searches; `UNSUPPORTED` leaves the list empty. */
  async loadSaved(): Promise<void> {
    try {
      this.saved = await this.#deps.api.listSavedSearches();
    } catch (e) {
      if (isApiError(e) && e.code === 'UNSUPPORTED') return;
      throw e;
    }
  }

  async save(name: string): Promise<SavedSearch> {
    const saved = await this.#deps.api.saveSearch({ name: name.trim() || this.text.trim(), q: this.text.trim() });
    await this.loadSaved();
    return saved;
  }

  async remove(id: number): Promise<void> {
    await this.#deps.api.deleteSavedSearch(id);
    this.saved = this.saved.filter((s) => s.id !== id);
  }

  #cancelTimer(): void {
    if (this.#timer !== null) this.#deps.clearTimer(this.#timer);
    this.#timer = null;
  }
}
