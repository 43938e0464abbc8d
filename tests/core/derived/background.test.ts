import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDerivedRebuild } from '../../../src/core/derived/background';
import { searchIndexDataset, SEARCH_INDEX_VERSION } from '../../../src/core/derived/search-index';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import { openDb, type WriteDb } from '../../../src/core/store/db';
import { getDerivedState, setDerivedState } from '../../../src/core/store/queries/derived-state';
import type { ParallaxEvent } from '../../../src/shared/events';
import { SEEDS, tempDir } from '../../support/temp';

/** Pauses between batches that the test lets go one at a time. */
function steps() {
  const waiting: (() => void)[] = [];
  return {
    pause: () => new Promise<void>((resolve) => waiting.push(resolve)),
    /** Lets the rebuild go on by one batch; false when it is not waiting. */
    async next(): Promise<boolean> {
      for (let i = 0; i < 20 && waiting.length === 0; i++) await new Promise((r) => setImmediate(r));
      const go = waiting.shift();
      go?.();
      return go !== undefined;
    },
  };
}

const settled = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
};

const tmp = tempDir();
let db: WriteDb | null = null;
afterEach(() => {
  db?.close();
  db = null;
});

/** The five seeds, with the search index of an older version, opened again (as after an update). */
async function updatedLibrary(name: string): Promise<WriteDb> {
  const path = join(tmp.dir, name);
  const old = await openLibrary({ path, seedDir: SEEDS });
  setDerivedState(old, 'search-index', { version: SEARCH_INDEX_VERSION - 1, doneUpTo: null });
  old.close();
  db = openDb(path);
  return db;
}

describe('startDerivedRebuild', () => {
  it('reports each batch, then the end, and leaves the dataset current', async () => {
    const lib = await updatedLibrary('progress.sqlite');
    const events: ParallaxEvent[] = [];
    const s = steps();
    const rebuild = startDerivedRebuild(lib, (e) => events.push(e), { pause: s.pause, batchDocs: 2 });
    expect(rebuild.isReady('search-index')).toBe(false);
    expect(rebuild.status).toEqual({ dataset: 'search-index', done: 0, total: 5 });
    while (await s.next());
    await rebuild.done;
    const progress = events.filter((e) => e.type === 'rebuildProgress').map((e) => (e.type === 'rebuildProgress' ? e.done : -1));
    expect(progress).toEqual([0, 2, 4, 5]);
    expect(events.at(-1)).toEqual({ type: 'rebuildDone' });
    expect(rebuild.status).toBeNull();
    expect(rebuild.isReady('search-index')).toBe(true);
    expect(getDerivedState(lib, 'search-index')).toEqual({ version: SEARCH_INDEX_VERSION, doneUpTo: null });
  });

  it('does nothing, and says nothing, when every dataset is current', async () => {
    const lib = await openLibrary({ path: join(tmp.dir, 'current.sqlite'), seedDir: SEEDS });
    db = lib;
    const events: ParallaxEvent[] = [];
    const rebuild = startDerivedRebuild(lib, (e) => events.push(e));
    await rebuild.done;
    expect(rebuild.status).toBeNull();
    expect(events).toEqual([]);
  });

  it('goes on after a kill from the last committed batch, and says so from there', async () => {
    const path = join(tmp.dir, 'killed.sqlite');
    const lib = await updatedLibrary('killed.sqlite');
    const s = steps();
    const before: number[] = [];
    const first = startDerivedRebuild(lib, (e) => e.type === 'rebuildProgress' && before.push(e.done), { pause: s.pause, batchDocs: 2 });
    await s.next();
    await s.next();
    await settled();
    // Two batches of two were committed, and said so.
    expect(before).toEqual([0, 2, 4]);
    lib.close(); // killed while it waits for the next batch
    db = null;
    await s.next();
    await expect(first.done).rejects.toThrow(/not open/);
    expect(first.isReady('search-index')).toBe(false);

    db = openDb(path);
    expect(getDerivedState(db, 'search-index')).toEqual({ version: SEARCH_INDEX_VERSION, doneUpTo: expect.any(Number) });
    const events: ParallaxEvent[] = [];
    const again = startDerivedRebuild(db, (e) => events.push(e), { batchDocs: 2 });
    await again.done;
    const first2 = events.find((e) => e.type === 'rebuildProgress');
    expect(first2).toMatchObject({ dataset: 'search-index', done: 4, total: 5 });
    expect(getDerivedState(db, 'search-index')).toEqual({ version: SEARCH_INDEX_VERSION, doneUpTo: null });
    expect(db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(5);
  });
});

describe('a library answering while it rebuilds', () => {
  it('lists and opens reports at once; search waits for its index and then finds', async () => {
    const lib = await updatedLibrary('answering.sqlite');
    const s = steps();
    const rebuild = startDerivedRebuild(lib, () => {}, { pause: s.pause, batchDocs: 1, datasets: [searchIndexDataset] });
    const api = createParallaxService({ db: lib, emit: () => {}, rebuild, host: 'test', libraryPath: 'x', version: '0' });

    const page = await api.listArticles({});
    expect(page.items).toHaveLength(5);
    expect((await api.getArticle(page.items[0]!.id)).title).toBe(page.items[0]!.title);
    expect((await api.getAppInfo()).rebuilding).toEqual({ dataset: 'search-index', done: 0, total: 5 });

    let found: number | null = null;
    const search = api.searchArticles({ q: 'Witkoff' }).then((p) => (found = p.total));
    await s.next();
    await s.next();
    await settled();
    expect(found).toBeNull();
    expect((await api.getAppInfo()).rebuilding).toMatchObject({ dataset: 'search-index', done: 2 });
    while (await s.next());
    await search;
    expect(found).toBeGreaterThan(0);
    expect((await api.getAppInfo()).rebuilding).toBeNull();
  });
});
