import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/shared/errors';
import type { SearchPage, SearchQuery } from '../../src/shared/api';
import { SEARCH_DEBOUNCE_MS, SearchState, facetTerms, queryTerms, typedHitsQuery } from '../../src/renderer/src/lib/state/search.svelte';
import { FakeClient, summary } from './fake-client';

/** Timers the test fires by hand. */
function manualTimers() {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let next = 1;
  return {
    setTimer: (fn: () => void, ms: number) => (pending.set(next, { fn, ms }), next++),
    clearTimer: (h: unknown) => void pending.delete(h as number),
    fire() {
      const all = [...pending.values()];
      pending.clear();
      all.forEach((t) => t.fn());
    },
    pending,
  };
}

const pageFor = (q: string): SearchPage => ({
  hits: [{ article: summary(q), score: 1, snippets: [], hitCount: 1 }],
  total: 1,
  facets: null,
  didYouMean: null,
  notices: [],
  noticesCoded: [],
  tookMs: 1,
});

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('SearchState.input', () => {
  it('searches once after the pause, not on every keystroke', async () => {
    const client = new FakeClient();
    client.items = [summary('a', { title: 'Gespräche in Moskau' })];
    const timers = manualTimers();
    const search = new SearchState({ api: client, ...timers });
    search.input('g');
    search.input('ge');
    search.input('gesprache');
    expect(timers.pending.size).toBe(1);
    expect([...timers.pending.values()][0]?.ms).toBe(SEARCH_DEBOUNCE_MS);
    timers.fire();
    await flush();
    expect(client.callsOf('searchArticles').map((c) => (c.args[0] as SearchQuery).q)).toEqual(['gesprache']);
    expect(search.hits.map((h) => h.article.id)).toEqual(['a']);
    expect(search.pageQuery).toBe('gesprache');
  });

  it('never lets an older answer replace a newer one', async () => {
    const answers = new Map<string, (p: SearchPage) => void>();
    const client = new FakeClient();
    client.searchHandler = (query) => new Promise((resolve) => answers.set(query.q, resolve));
    const search = new SearchState({ api: client, setTimer: (fn) => (fn(), 0), clearTimer: () => {} });
    search.input('wit');
    search.input('witkoff');
    answers.get('witkoff')?.(pageFor('witkoff'));
    await flush();
    answers.get('wit')?.(pageFor('wit'));
    await flush();
    expect(search.pageQuery).toBe('witkoff');
    expect(search.hits.map((h) => h.article.id)).toEqual(['witkoff']);
    expect(search.isSearching).toBe(false);
  });

  it('drops answers that arrive after the field was cleared', async () => {
    let answer: ((p: SearchPage) => void) | undefined;
    const client = new FakeClient();
    client.searchHandler = () => new Promise((resolve) => (answer = resolve));
    const search = new SearchState({ api: client, setTimer: (fn) => (fn(), 0), clearTimer: () => {} });
    search.input('kreml');
    search.input('');
    answer?.(pageFor('kreml'));
    await flush();
    expect(search.isActive).toBe(false);
    expect(search.page).toBeNull();
  });

  it('says so quietly when the library cannot search yet', async () => {
    const client = new FakeClient();
    client.searchHandler = () => Promise.reject(new ApiError('UNSUPPORTED', 'search: not built yet'));
    const search = new SearchState({ api: client });
    await search.setQuery('putin');
    expect(search.unavailable).toBe(true);
  });
});

describe('SearchState suggestions', () => {
  it('keeps only the newest answer and a title suggestion is handed back to open', async () => {
    const client = new FakeClient();
    client.items = [summary('a', { title: 'Witkoff in Moskau' })];
    const search = new SearchState({ api: client, setTimer: () => 0, clearTimer: () => {} });
    search.text = 'witk';
    await search.loadSuggestions();
    expect(search.suggestionsOpen).toBe(true);
    search.moveSuggestion(1);
    expect(search.activeSuggestion).toBe(0);
    search.moveSuggestion(1);
    expect(search.activeSuggestion).toBe(-1);
    const taken = await search.take(search.suggestions[0]!);
    expect(taken?.articleId).toBe('a');
  });

  it('copies of one report with one title are one suggestion, and eight distinct ones still show', async () => {
    const client = new FakeClient();
    const copies = Array.from({ length: 5 }, (_, i) => summary(`c${i}`, { title: 'Was Mikl-Leitner und Doskozil vereint' }));
    const others = Array.from({ length: 9 }, (_, i) => summary(`o${i}`, { title: `Mikl-Leitner in Folge ${i}` }));
    client.items = [...copies, ...others];
    const search = new SearchState({ api: client, setTimer: () => 0, clearTimer: () => {} });
    search.text = 'mikl';
    await search.loadSuggestions();
    expect(search.suggestions.map((s) => s.text)).toEqual(['Was Mikl-Leitner und Doskozil vereint', ...others.slice(0, 7).map((o) => o.title)]);
    expect(search.suggestions[0]!.articleId).toBe('c0');
  });

  it('a word suggestion replaces the word being typed and searches', async () => {
    const client = new FakeClient();
    const search = new SearchState({ api: client });
    search.text = 'putin Whitkoff';
    await search.take({ text: 'Witkoff', kind: 'person', score: 1 });
    expect(search.text).toBe('putin Witkoff');
    expect(client.callsOf('searchArticles')).toHaveLength(1);
  });

  it('a tag suggestion becomes the tag: filter, quoted when it has a space', async () => {
    const client = new FakeClient();
    const search = new SearchState({ api: client });
    search.text = 'glasgow tag:quel';
    await search.take({ text: 'Quelle prüfen', kind: 'tag', score: 1 });
    expect(search.text).toBe('glasgow tag:"Quelle prüfen"');
    search.text = 'Klimasch';
    await search.take({ text: 'Klimaschutz', kind: 'tag', score: 1 });
    expect(search.text).toBe('tag:Klimaschutz');
  });
});

describe('facets', () => {
  it('toggles filter terms in and out of the query', async () => {
    const client = new FakeClient();
    const search = new SearchState({ api: client });
    await search.setQuery('witkoff');
    await search.toggleFacet('outlet', 'Berliner Zeitung');
    expect(search.text).toBe('witkoff outlet:"Berliner Zeitung"');
    expect(search.hasFacet('outlet', 'Berliner Zeitung')).toBe(true);
    await search.toggleFacet('month', '2025-04');
    expect(search.text).toBe('witkoff outlet:"Berliner Zeitung" from:2025-04-01 to:2025-04-30');
    await search.toggleFacet('outlet', 'Berliner Zeitung');
    expect(search.text).toBe('witkoff from:2025-04-01 to:2025-04-30');
  });

  it('reads quoted phrases as one term', () => {
    expect(queryTerms('"vier Stunden" outlet:"ntv.de" -putin')).toEqual(['"vier Stunden"', 'outlet:"ntv.de"', '-putin']);
    expect(facetTerms('month', '2024-02')).toEqual(['from:2024-02-01', 'to:2024-02-29']);
  });
});

describe('saved searches', () => {
  it('saves, lists and deletes', async () => {
    const client = new FakeClient();
    const search = new SearchState({ api: client });
    await search.setQuery('witkoff putin');
    await search.save('');
    expect(search.saved.map((s) => [s.name, s.q])).toEqual([['witkoff putin', 'witkoff putin']]);
    await search.remove(search.saved[0]!.id);
    expect(search.saved).toEqual([]);
  });
});

describe('SearchState.toggleGroup', () => {
  it('shows a result’s near-identical copies under it, steps through them, and hides them again', async () => {
    const client = new FakeClient();
    client.items = [summary('a', { title: 'Meldung eins' }), summary('h', { title: 'Meldung zwei', copyCount: 2 }), summary('z', { title: 'Meldung drei' })];
    client.copies.set('h', ['c1', 'c2']);
    const search = new SearchState({ api: client });
    await search.setQuery('Meldung');
    expect(search.rows.map((r) => r.id)).toEqual(['a', 'h', 'z']);
    await search.toggleGroup(1);
    expect(search.rows.map((r) => [r.id, r.kind])).toEqual([['a', 'hit'], ['h', 'hit'], ['c1', 'copy'], ['c2', 'copy'], ['z', 'hit']]);
    search.move(2);
    expect(search.rows[search.selected]?.id).toBe('c2');
    await search.toggleGroup();
    expect(search.rows.map((r) => r.id)).toEqual(['a', 'h', 'z']);
    expect(search.selected).toBe(1);
    // A result without copies has nothing to open.
    await search.toggleGroup(0);
    expect(search.openGroup).toBeNull();
  });
});

describe('the word being typed', () => {
  it('is searched as typed while no space follows it; a saved search or a correction is whole', async () => {
    const client = new FakeClient();
    const timers = manualTimers();
    const search = new SearchState({ api: client, ...timers });
    const typing = () => client.callsOf('searchArticles').map((c) => (c.args[0] as SearchQuery).typing ?? false);
    search.input('Witk');
    timers.fire();
    await flush();
    // Enter on the field keeps what was typed as typed.
    await search.setQuery('Witk');
    search.input('Witk ');
    timers.fire();
    await flush();
    search.input('Witk');
    await search.setQuery('Witkoff');
    expect(typing()).toEqual([true, true, false, false]);
  });

  it('lets the reader mark what the typed word begins and the names it completed', () => {
    const base = pageFor('x');
    expect(typedHitsQuery('Gaza Witk', { ...base, typedPrefix: 'Witk' })).toBe('Gaza Witk*');
    expect(typedHitsQuery('Selen', { ...base, typedPrefix: 'Selen', also: [{ word: 'Selen', spellings: ['Zelensky', 'Wolodymyr Zelensky'] }] })).toBe('(Selen* OR Zelensky OR "Wolodymyr Zelensky")');
    expect(typedHitsQuery('Witkoff', base)).toBe('Witkoff');
  });
});
