import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import type { WriteDb } from '../../../src/core/store/db';
import type { ArticleId, ParallaxApi } from '../../../src/shared/api';
import { bumpCompareVersion, exploreGroupingsDataset, peekView } from '../../../src/core/derived/explore-groupings';
import { observeSlices, setSliceBudget, SLICE_BUDGET_MS } from '../../../src/core/derived/slices';
import { storeViewsNow, storingViews } from '../../../src/core/explore/views-store';
import { runInSlices } from '../../../src/core/derived/slices';
import { SEEDS, tempDir } from '../../support/temp';

afterEach(() => {
  observeSlices(null);
  setSliceBudget(SLICE_BUDGET_MS);
});

const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

async function open(path: string): Promise<{ db: WriteDb; api: ParallaxApi }> {
  const db = await openLibrary({ path, seedDir: null });
  return { db, api: createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: path, version: 'test' }) };
}

/** What a person sees of the views, and an article's dating. */
async function views(api: ParallaxApi, dated: ArticleId) {
  return {
    timeline: await api.getTimeline({ limit: 1000 }),
    page: await api.getTimelinePage({ limit: 20, offset: 1 }),
    entities: await api.listEntities({ limit: 1000 }),
    people: await api.listEntityPage({ limit: 20, offset: 2 }),
    stories: await api.listStories(),
    summaries: await api.listStorySummaries(),
    dating: await api.getArticleDating(dated),
  };
}

/** Counts the slices of builds run while `f` runs (a view served from the store runs none). */
async function slicesIn<T>(f: () => Promise<T>): Promise<{ value: T; slices: number }> {
  setSliceBudget(0);
  let slices = 0;
  observeSlices(() => slices++);
  const value = await f();
  observeSlices(null);
  setSliceBudget(SLICE_BUDGET_MS);
  return { value, slices };
}

/** A library file with every seed but the last, its views built and stored. */
async function storedLibrary(path: string): Promise<{ dated: ArticleId; built: Awaited<ReturnType<typeof views>> }> {
  const { db, api } = await open(path);
  const { added } = await api.ingestPaths(files.slice(0, -1).map((f) => join(SEEDS, f)));
  const dated = added[0]!.articleId;
  const built = await views(api, dated);
  expect(storeViewsNow(db).sort()).toEqual(['entities', 'stories', 'timeline']);
  db.close();
  return { dated, built };
}

describe('the views stored in the library', () => {
  it('are served on reopening without a build, as they were built', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'library.sqlite');
      const { dated, built } = await storedLibrary(path);
      expect(built.timeline.length).toBeGreaterThan(0);
      expect(built.stories.length).toBeGreaterThan(0);
      const { db, api } = await open(path);
      const { value, slices } = await slicesIn(() => views(api, dated));
      expect(slices).toBe(0);
      expect(peekView(db, 'timeline')?.settled).toBe(true);
      expect(value).toEqual(built);
      // Nothing changed: nothing to store again.
      expect(storeViewsNow(db)).toEqual([]);
      // Built afresh, they are the same.
      bumpCompareVersion(db);
      expect(await views(api, dated)).toEqual(built);
      db.close();
    } finally {
      cleanup();
    }
  });

  it('go stale with a report ingested after them, also when the process ends before storing again', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'library.sqlite');
      const { dated } = await storedLibrary(path);
      const first = await open(path);
      await first.api.ingestPaths([join(SEEDS, files.at(-1)!)]);
      const withIt = await views(first.api, dated);
      first.db.close(); // killed before the views were stored again
      const { db, api } = await open(path);
      const { value, slices } = await slicesIn(() => views(api, dated));
      expect(slices).toBeGreaterThan(0);
      expect(value).toEqual(withIt);
      expect(value.stories.flatMap((s) => s.articleIds)).toContain(withIt.stories.flatMap((s) => s.articleIds).at(-1));
      // Stored now, they are served on the next open.
      expect(storeViewsNow(db).sort()).toEqual(['entities', 'stories', 'timeline']);
      db.close();
      const again = await open(path);
      const served = await slicesIn(() => views(again.api, dated));
      expect(served.slices).toBe(0);
      expect(served.value).toEqual(withIt);
      again.db.close();
    } finally {
      cleanup();
    }
  });

  it('go stale on a trash, a merge and a title edit, and are built again on reopening as a fresh build gives them', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'library.sqlite');
      const { dated, built } = await storedLibrary(path);
      const changes: ((api: ParallaxApi) => Promise<unknown>)[] = [
        (api) => api.trashArticles([built.stories[0]!.articleIds.find((id) => id !== dated)!]),
        async (api) => {
          const people = (await api.listEntities({ limit: 1000, kind: 'person' })).slice(0, 2);
          return api.mergeEntities(people.map((p) => p.id));
        },
        (api) => api.updateArticleMetadata(built.timeline[0]!.articleIds[0]!, { title: 'Ein ganz anderer Titel der Meldung' }),
      ];
      for (const change of changes) {
        const { db, api } = await open(path);
        await views(api, dated);
        await change(api);
        db.close(); // ended before the views were stored again
        const reopened = await open(path);
        const { value, slices } = await slicesIn(() => views(reopened.api, dated));
        expect(slices).toBeGreaterThan(0);
        bumpCompareVersion(reopened.db);
        expect(value).toEqual(await views(reopened.api, dated));
        expect(storeViewsNow(reopened.db).length).toBe(3);
        reopened.db.close();
      }
      const { db, api } = await open(path);
      const last = await views(api, dated);
      expect(last.timeline.flatMap((e) => e.mentions.map((m) => m.articleTitle))).toContain('Ein ganz anderer Titel der Meldung');
      // Folded in by the running app, a trash is stored; the views held after a title edit still
      // show the old title (as they always did until rebuilt), so they are not stored.
      await api.trashArticles([last.stories[0]!.articleIds.find((id) => id !== dated)!]);
      const folded = await views(api, dated);
      expect(storeViewsNow(db).length).toBe(3);
      await api.updateArticleMetadata(dated, { title: 'Noch ein anderer Titel' });
      await views(api, dated);
      expect(storeViewsNow(db)).toEqual([]);
      db.close();
      const again = await open(path);
      const rebuilt = await slicesIn(() => views(again.api, dated));
      expect(rebuilt.slices).toBeGreaterThan(0);
      expect(rebuilt.value.stories).toEqual(folded.stories);
      again.db.close();
    } finally {
      cleanup();
    }
  });

  it('of another version of the groupings are never served, and are dropped on opening', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'library.sqlite');
      const { dated, built } = await storedLibrary(path);
      const { db: raw } = await open(path);
      raw.prepare('UPDATE explore_views SET version = version - 1').run();
      raw.prepare("UPDATE derived_state SET version = ? WHERE name = 'explore-groupings'").run(exploreGroupingsDataset.version - 1);
      raw.close();
      const { db, api } = await open(path);
      expect(db.prepare('SELECT count(*) FROM explore_views').pluck().get()).toBe(0);
      const { value, slices } = await slicesIn(() => views(api, dated));
      expect(slices).toBeGreaterThan(0);
      expect(value).toEqual(built);
      db.close();
    } finally {
      cleanup();
    }
  });

  it('are stored in slices as at once, and not at all when the rows changed meanwhile', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'library.sqlite');
      await storedLibrary(path);
      const { db, api } = await open(path);
      const body = (): unknown[] => db.prepare('SELECT view, body FROM explore_views ORDER BY view').all();
      const atOnce = body();
      db.prepare('DELETE FROM explore_views').run();
      bumpCompareVersion(db);
      const dated = (await api.listArticles({ limit: 1 })).items[0]!.id;
      await views(api, dated);
      setSliceBudget(0);
      let slices = 0;
      observeSlices(() => slices++);
      expect((await runInSlices(storingViews(db))).sort()).toEqual(['entities', 'stories', 'timeline']);
      expect(slices).toBeGreaterThan(3);
      expect(body()).toEqual(atOnce);

      // A report trashed while the bodies are made: what was made is not current, nothing is written.
      db.prepare('DELETE FROM explore_views').run();
      bumpCompareVersion(db);
      const shown = await views(api, dated);
      const storing = runInSlices(storingViews(db));
      await api.trashArticles([shown.stories[0]!.articleIds.find((id) => id !== dated)!]);
      expect(await storing).toEqual([]);
      expect(body()).toEqual([]);
      db.close();
    } finally {
      cleanup();
    }
  });
});
