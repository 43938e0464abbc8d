import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import type { WriteDb } from '../../../src/core/store/db';
import type { ArticleId, ParallaxApi } from '../../../src/shared/api';
import type { ParallaxEvent } from '../../../src/shared/events';
import { bumpCompareVersion, peekView } from '../../../src/core/derived/explore-groupings';
import { settleViews } from '../../../src/core/explore/views-settle';
import { storeViewsNow } from '../../../src/core/explore/views-store';
import { SEEDS, tempDir } from '../../support/temp';

/**
 * Stale while revalidate: a host's views that hold a last answer they cannot fold new changes
 * into (stored views behind the library, views settled at 100k) serve it marked as updating while
 * they are built again, and the host is told when the build lands. The command line waits.
 */

const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

interface Opened {
  db: WriteDb;
  api: ParallaxApi;
  events: ParallaxEvent[];
  /** Resolves at the next `viewsUpdated`. */
  landed(): Promise<void>;
}

/** The library at `path` opened as a host opens it (`host`) or as the command line does. */
async function open(path: string, host: boolean): Promise<Opened> {
  const db = await openLibrary({ path, seedDir: null });
  const events: ParallaxEvent[] = [];
  const waiting: (() => void)[] = [];
  const emit = (e: ParallaxEvent) => {
    events.push(e);
    if (e.type === 'viewsUpdated') waiting.splice(0).forEach((f) => f());
  };
  const api = createParallaxService({ db, emit, host: 'test', libraryPath: path, version: 'test', backgroundCompare: host });
  return { db, api, events, landed: () => new Promise<void>((resolve) => waiting.push(resolve)) };
}

/** What the window reads of the views: a page of each, an event and an entity whole. */
async function shown(api: ParallaxApi) {
  const page = await api.getTimelinePage({ limit: 1000 });
  const people = await api.listEntityPage({ limit: 1000 });
  const stories = await api.listStorySummaries();
  return { page, people, stories, event: await api.getTimelineEvent(page.events[0]!.id), entity: await api.getEntity(people.items[0]!.id) };
}

const plain = <T extends { updating?: true }>(p: T): Omit<T, 'updating'> => {
  const { updating: _, ...rest } = p;
  return rest;
};

/** A library file with every seed but the last, its views built and stored; then `change` made by the command line. */
async function staleLibrary(path: string, change: (api: ParallaxApi) => Promise<unknown>): Promise<Awaited<ReturnType<typeof shown>>> {
  const cli = await open(path, false);
  await cli.api.ingestPaths(files.slice(0, -1).map((f) => join(SEEDS, f)));
  const before = await shown(cli.api);
  expect(storeViewsNow(cli.db).sort()).toEqual(['entities', 'stories', 'timeline']);
  await change(cli.api);
  cli.db.close();
  return before;
}

/** The views as a fresh build of the library at `path` gives them. */
async function fresh(path: string): Promise<Awaited<ReturnType<typeof shown>>> {
  const cli = await open(path, false);
  bumpCompareVersion(cli.db);
  const views = await shown(cli.api);
  cli.db.close();
  return views;
}

describe('the views served while they are built again', () => {
  it('a reopened library whose stored views are behind serves them marked as updating, then the views of the library as it stands', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'library.sqlite');
      const before = await staleLibrary(path, (api) => api.ingestPaths([join(SEEDS, files.at(-1)!)]));
      const host = await open(path, true);
      const landed = host.landed();
      // The first read: the timeline as stored. (The reads after it may find a view built already.)
      const stale = await host.api.getTimelinePage({ limit: 1000 });
      expect(stale.updating).toBe(true);
      expect(plain(stale)).toEqual(before.page);
      expect(host.events.filter((e) => e.type === 'viewsUpdating')).toHaveLength(1);
      await landed;
      const now = await shown(host.api);
      expect(now.page.updating).toBeUndefined();
      expect(now.people.updating).toBeUndefined();
      const want = await fresh(path);
      expect(now).toEqual(want);
      expect(JSON.stringify(now)).not.toBe(JSON.stringify(before));
      // The build's progress went to the windows, and the new views are stored once quiet.
      expect(host.events.some((e) => e.type === 'taskProgress' && e.task === 'views')).toBe(true);
      expect(storeViewsNow(host.db).sort()).toEqual(['entities', 'stories', 'timeline']);
      host.db.close();
    } finally {
      cleanup();
    }
  });

  it('a report trashed since stays on a stale row until the build lands, and opening it says it is in the trash', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'library.sqlite');
      let gone: ArticleId | null = null;
      await staleLibrary(path, async (api) => {
        const page = await api.getTimelinePage({ limit: 1000 });
        gone = page.events[0]!.chips[0]!.mention.articleId;
        await api.trashArticles([gone]);
      });
      const host = await open(path, true);
      const landed = host.landed();
      const stale = await host.api.getTimelinePage({ limit: 1000 });
      expect(stale.updating).toBe(true);
      expect(stale.events.flatMap((e) => e.chips.map((c) => c.mention.articleId))).toContain(gone);
      expect((await host.api.getArticle(gone!)).trashedAt).not.toBeNull();
      await landed;
      const now = await host.api.getTimelinePage({ limit: 1000 });
      expect(now.events.flatMap((e) => e.chips.map((c) => c.mention.articleId))).not.toContain(gone);
      host.db.close();
    } finally {
      cleanup();
    }
  });

  it('a merge and a date edit the person made show at once: the read after them waits for the build', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'library.sqlite');
      await staleLibrary(path, (api) => api.ingestPaths([join(SEEDS, files.at(-1)!)]));
      const host = await open(path, true);
      const landed = host.landed();
      expect((await host.api.listEntityPage({ limit: 1000 })).updating).toBe(true);
      await landed;
      const people = (await host.api.listEntities({ limit: 1000, kind: 'person' })).slice(0, 2);
      const merged = await host.api.mergeEntities(people.map((p) => p.id));
      const after = await host.api.listEntityPage({ limit: 1000 });
      expect(after.updating).toBeUndefined();
      expect(after.items.find((e) => e.id === merged.id)?.variants.length).toBeGreaterThan(1);
      const page = await host.api.getTimelinePage({ limit: 1000 });
      const id = page.events[0]!.chips[0]!.mention.articleId;
      await host.api.updateArticleMetadata(id, { published: '2019-02-03' });
      const dated = await host.api.getTimelinePage({ limit: 1000 });
      expect(dated.updating).toBeUndefined();
      expect(dated).toEqual((await fresh(path)).page);
      expect(host.events.filter((e) => e.type === 'viewsUpdating')).toHaveLength(1);
      host.db.close();
    } finally {
      cleanup();
    }
  });

  it('views settled in a running host serve their last answer after a new report, then the report', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'library.sqlite');
      const host = await open(path, true);
      await host.api.ingestPaths(files.slice(0, -1).map((f) => join(SEEDS, f)));
      const before = await shown(host.api);
      expect(settleViews(host.db)).toBe(true);
      const { added } = await host.api.ingestPaths([join(SEEDS, files.at(-1)!)]);
      const landed = host.landed();
      const stale = await host.api.getTimelinePage({ limit: 1000 });
      expect(stale.updating).toBe(true);
      expect(plain(stale)).toEqual(before.page);
      await landed;
      expect(peekView(host.db, 'timeline')?.current).toBe(true);
      const now = await shown(host.api);
      expect(now.stories.flatMap((s) => s.firstIds)).toContain(added[0]!.articleId);
      host.db.close();
      expect(now).toEqual(await fresh(path));
    } finally {
      cleanup();
    }
  });

  it('the command line waits for the build and never serves a stale answer', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'library.sqlite');
      await staleLibrary(path, (api) => api.ingestPaths([join(SEEDS, files.at(-1)!)]));
      const cli = await open(path, false);
      const views = await shown(cli.api);
      expect(views.page.updating).toBeUndefined();
      expect(cli.events.filter((e) => e.type === 'viewsUpdating' || e.type === 'viewsUpdated')).toEqual([]);
      cli.db.close();
      expect(views).toEqual(await fresh(path));
    } finally {
      cleanup();
    }
  });
});
