/** Search: field, suggestions, results, saved searches. */
export const search = {
  searchLabel: 'Search reports',
  searchPlaceholder: 'Search',
  suggestionsLabel: 'Suggestions',
  suggestionKind: (kind: string) =>
    (
      ({ title: 'report', person: 'person', place: 'place', organisation: 'organisation', outlet: 'outlet', tag: 'tag', term: 'word' }) as Record<
        string,
        string
      >
    )[kind] ?? kind,
  /** A person's other spellings beside the one suggestion for them (`Steve Witkoff` · also: Witkoff). */
  suggestionAlso: (spellings: string) => `also: ${spellings}`,
  snippetIn: (field: string): string => (field === 'comments' ? 'in comments' : field === 'notes' ? 'in notes' : field === 'caption' ? 'in a caption' : ''),
  didYouMean: 'Did you mean',
  alsoSpellings: (word: string, spellings: string) => `${word} — also: ${spellings}`,
  alsoSpellingsHint: 'Reports with the spelling as typed come first.',
  noticesLabel: 'How the query was read',
  searchTitle: 'Search',
  resultsLabel: 'Search results',
  resultCount: (n: number) => (n === 1 ? '1 result' : `${n.toLocaleString('en')} results`),
  hitCount: (n: number) => (n === 1 ? '1 hit' : `${n} hits`),
  sortLabel: 'Sort',
  sortRelevance: 'Best match',
  sortNewest: 'Newest first',
  sortOldest: 'Oldest first',
  filtersLabel: 'Filters',
  facetOutlet: 'Outlet',
  facetMonth: 'Month',
  facetLang: 'Language',
  facetTag: 'Tag',
  /** A facet chip's name: what it shows first (WCAG 2.5.3, label in name), the group names the facet. */
  facetToggle: (value: string, count: number) => `${value} ${count} ${count === 1 ? 'report' : 'reports'}`,
  noResults: 'No reports match.',
  searchUnavailable: 'Search is not available in this library yet.',
  searching: 'Searching…',
  clearSearch: 'Clear search',
  saveSearch: 'Save search…',
  saveSearchTitle: 'Save search',
  saveSearchIntro: (q: string) => `Saves “${q}” in the sidebar.`,
  savedSearches: 'Saved searches',
  noSavedSearches: 'Save a search to find it here.',
  deleteSaved: (name: string) => `Delete saved search “${name}”`,
  confirmDeleteSaved: (name: string) => `Delete “${name}”?`,
  delete: 'Delete',
} as const;
