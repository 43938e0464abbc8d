import { describe, expect, it } from 'vitest';
import { LibraryState } from '../../src/renderer/src/lib/state/library.svelte';
import { FakeClient, summary } from './fake-client';

describe('LibraryState', () => {
  it('loads the list and selects the first row', async () => {
    const client = new FakeClient();
    client.items = [summary('a'), summary('b'), summary('c')];
    const lib = new LibraryState(client);
    await lib.refresh();
    expect(lib.items.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(lib.total).toBe(3);
    expect(lib.selectedId).toBe('a');
    expect(lib.hasLoaded).toBe(true);
  });

  it('keeps the selection across a refresh while the row still exists', async () => {
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

  it('moves the selection and stops at either end', async () => {
    const client = new FakeClient();
    client.items = [summary('a'), summary('b'), summary('c')];
    const lib = new LibraryState(client);
    await lib.refresh();
    expect(lib.move(-1)).toBe('a');
    expect(lib.move(1)).toBe('b');
    expect(lib.move(5)).toBe('c');
    expect(lib.selectedIndex).toBe(2);
    lib.jump('first');
    expect(lib.selected?.id).toBe('a');
  });

  it('keeps only the newest of overlapping refreshes', async () => {
    const answers: ((ids: string[]) => void)[] = [];
    const lib = new LibraryState({
      listArticles: () =>
        new Promise((resolve) => answers.push((ids) => resolve({ items: ids.map((id) => summary(id)), total: ids.length, rows: ids.length, offset: 0, next: null, prev: null }))),
    });
    const older = lib.refresh();
    const newer = lib.refresh();
    answers[1]?.(['fresh']);
    await newer;
    answers[0]?.(['stale']);
    await older;
    expect(lib.items.map((a) => a.id)).toEqual(['fresh']);
    expect(lib.isLoading).toBe(false);
  });
});
