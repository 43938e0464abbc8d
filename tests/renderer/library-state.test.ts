import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import type { ArticleId, ListQuery } from '../../src/shared/api';
import { LibraryState, PAGE_ROWS } from '../../src/renderer/src/lib/state/library.svelte';
import { FakeClient, summary } from './fake-client';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `r${String(i).padStart(5, '0')}`);
const shown = (lib: LibraryState, from: number, to: number) => Array.from({ length: to - from }, (_, i) => lib.rowAt(from + i)?.id ?? null);

describe('LibraryState', () => {
  it('loads the first page, with the total, and selects the first row', async () => {
    const client = new FakeClient();
    client.items = ['a', 'b', 'c'].map((id) => summary(id));
    const lib = new LibraryState(client);
    await lib.refresh();
    expect(shown(lib, 0, 3)).toEqual(['a', 'b', 'c']);
    expect(lib.total).toBe(3);
    expect(lib.length).toBe(3);
    expect(lib.selectedId).toBe('a');
    expect(lib.hasLoaded).toBe(true);
  });

  it('loads only the pages on screen, the last one from the end, and neighbours by cursor', async () => {
    const client = new FakeClient();
    client.items = ids(1000).map((id) => summary(id));
    const lib = new LibraryState(client);
    await lib.refresh();
    expect(lib.length).toBe(1000);
    expect(lib.rowAt(999)).toBeNull();
    lib.jump('last');
    await lib.showRange(980, 999);
    expect(lib.rowAt(999)?.id).toBe('r00999');
    expect(lib.selectedId).toBe('r00999');
    const queries = () => client.callsOf('listArticles').map((c) => c.args[0] as ListQuery);
    expect(queries().at(-1)).toMatchObject({ fromEnd: true, limit: 1000 - 9 * PAGE_ROWS });
    await lib.showRange(850, 899);
    expect(queries().at(-1)).toMatchObject({ before: expect.any(String) });
    expect(shown(lib, 895, 905)).toEqual(ids(1000).slice(895, 905));
    await lib.showRange(500, 510);
    expect(queries().at(-1)).toMatchObject({ offset: 500 });
    await lib.showRange(600, 610);
    expect(queries().at(-1)).toMatchObject({ after: expect.any(String) });
    expect(shown(lib, 595, 605)).toEqual(ids(1000).slice(595, 605));
    // Five pages read of ten (0, 9, 8, 5, 6): the rest never asked for.
    expect(queries()).toHaveLength(5);
  });

  it('keeps the selection across a refresh while the row is still there', async () => {
    const client = new FakeClient();
    client.items = [summary('a'), summary('b')];
    const lib = new LibraryState(client);
    await lib.refresh();
    lib.move(1);
    client.items = [summary('new'), summary('a'), summary('b')];
    await lib.refresh();
    expect(lib.selectedId).toBe('b');
    client.items = [summary('new')];
    await lib.refresh();
    expect(lib.selectedId).toBe('new');
  });

  it('keeps a row chosen while a refresh is under way, rather than the one selected when it began', async () => {
    const client = new FakeClient();
    client.items = [summary('a'), summary('b'), summary('c')];
    const lib = new LibraryState(client);
    await lib.refresh();
    expect(lib.selectedId).toBe('a');
    client.items = [summary('new'), summary('a'), summary('b'), summary('c')];
    const reloading = lib.refresh();
    lib.select('c' as ArticleId);
    await reloading;
    expect(lib.selectedId).toBe('c');
    // With no choice meanwhile, the row selected when it began stays selected.
    client.items = [summary('newer'), summary('new'), summary('a'), summary('b'), summary('c')];
    lib.select('a' as ArticleId);
    await lib.refresh();
    expect(lib.selectedId).toBe('a');
  });

  it('moves the selection, by rows and by pages, and stops at either end', async () => {
    const client = new FakeClient();
    client.items = ['a', 'b', 'c'].map((id) => summary(id));
    const lib = new LibraryState(client);
    await lib.refresh();
    lib.move(-1);
    expect(lib.selectedId).toBe('a');
    lib.move(1);
    expect(lib.selectedId).toBe('b');
    lib.move(5);
    expect(lib.selectedIndex).toBe(2);
    lib.jump('first');
    expect(lib.selected?.id).toBe('a');
  });

  it('keeps only the newest of overlapping refreshes', async () => {
    const answers: ((ids: string[]) => void)[] = [];
    const lib = new LibraryState({
      listCopies: async () => [],
      listArticles: () =>
        new Promise((resolve) =>
          answers.push((ids) => resolve({ items: ids.map((id) => summary(id)), total: ids.length, annotationTotal: 0, trashTotal: 0, rows: ids.length, offset: 0, next: null, prev: null })),
        ),
    });
    const older = lib.refresh();
    const newer = lib.refresh();
    answers[1]?.(['fresh']);
    await newer;
    answers[0]?.(['stale']);
    await older;
    expect(shown(lib, 0, 1)).toEqual(['fresh']);
    expect(lib.isLoading).toBe(false);
  });

  it('opens a group of near-identical copies under its row and closes it again', async () => {
    const client = new FakeClient();
    client.items = [summary('a'), summary('h', { copyCount: 2 }), summary('z')];
    client.copies.set('h', ['c1', 'c2']);
    const lib = new LibraryState(client);
    await lib.refresh();
    lib.move(1);
    await lib.toggleGroup();
    expect(lib.length).toBe(5);
    expect(shown(lib, 0, 5)).toEqual(['a', 'h', 'c1', 'c2', 'z']);
    expect([2, 3, 4].map((i) => lib.isCopyRow(i))).toEqual([true, true, false]);
    lib.move(2);
    expect(lib.selectedId).toBe('c2');
    await lib.toggleGroup();
    expect(lib.selectedId).toBe('h');
    expect(shown(lib, 0, 3)).toEqual(['a', 'h', 'z']);
  });

  it('narrows to a story by asking for its reports only', async () => {
    const client = new FakeClient();
    client.items = ['a', 'b', 'c'].map((id) => summary(id));
    const lib = new LibraryState(client);
    await lib.refresh();
    await lib.setStory({ id: 's1', label: 'Story', articleIds: ['b', 'c'] as ArticleId[] });
    expect(client.callsOf('listArticles').at(-1)!.args[0]).toMatchObject({ ids: ['b', 'c'] });
    expect(shown(lib, 0, lib.length)).toEqual(['b', 'c']);
    expect(lib.total).toBe(3);
    await lib.setStory(null);
    expect(lib.length).toBe(3);
  });

  it('changes a loaded row in place', async () => {
    const client = new FakeClient();
    client.items = [summary('a')];
    const lib = new LibraryState(client);
    await lib.refresh();
    lib.patch('a' as ArticleId, { readAt: '2025-01-01' });
    flushSync();
    expect(lib.rowAt(0)?.readAt).toBe('2025-01-01');
  });
});
