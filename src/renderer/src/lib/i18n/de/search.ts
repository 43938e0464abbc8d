import type { search as en } from '../en/search';
import type { Widen } from '../widen';

/** Suche: Feld, Vorschläge, Ergebnisse, gespeicherte Suchen. */
export const search: Widen<typeof en> = {
  searchLabel: 'Berichte durchsuchen',
  searchPlaceholder: 'Suchen',
  suggestionsLabel: 'Vorschläge',
  suggestionKind: (kind: string) =>
    (
      ({ title: 'Bericht', person: 'Person', place: 'Ort', organisation: 'Organisation', outlet: 'Medium', tag: 'Schlagwort', term: 'Wort' }) as Record<
        string,
        string
      >
    )[kind] ?? kind,
  suggestionAlso: (spellings: string) => `auch: ${spellings}`,
  snippetIn: (field: string) => (field === 'comments' ? 'in Kommentaren' : field === 'notes' ? 'in Notizen' : field === 'caption' ? 'in einer Bildunterschrift' : ''),
  noticesLabel: 'Wie die Anfrage gelesen wurde',
  didYouMean: 'Meinten Sie',
  alsoSpellings: (word: string, spellings: string) => `${word} — auch: ${spellings}`,
  alsoSpellingsHint: 'Berichte mit der eingegebenen Schreibweise stehen vorn.',
  searchTitle: 'Suche',
  resultsLabel: 'Suchergebnisse',
  resultCount: (n: number) => (n === 1 ? '1 Treffer' : `${n.toLocaleString('de')} Treffer`),
  hitCount: (n: number) => (n === 1 ? '1 Fundstelle' : `${n} Fundstellen`),
  sortLabel: 'Sortierung',
  sortRelevance: 'Beste Treffer',
  sortNewest: 'Neueste zuerst',
  sortOldest: 'Älteste zuerst',
  filtersLabel: 'Filter',
  facetOutlet: 'Medium',
  facetMonth: 'Monat',
  facetLang: 'Sprache',
  facetTag: 'Schlagwort',
  facetToggle: (value: string, count: number) => `${value} ${count} ${count === 1 ? 'Bericht' : 'Berichte'}`,
  noResults: 'Kein Bericht passt.',
  searchUnavailable: 'Die Suche ist in dieser Bibliothek noch nicht verfügbar.',
  searching: 'Suche läuft…',
  clearSearch: 'Suche leeren',
  saveSearch: 'Suche sichern…',
  saveSearchTitle: 'Suche sichern',
  saveSearchIntro: (q: string) => `Legt „${q}“ in der Seitenleiste ab.`,
  savedSearches: 'Gespeicherte Suchen',
  noSavedSearches: 'Gespeicherte Suchen erscheinen hier.',
  deleteSaved: (name: string) => `Gespeicherte Suche „${name}“ löschen`,
  confirmDeleteSaved: (name: string) => `„${name}“ löschen?`,
  delete: 'Löschen',
};
