import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import type { WriteDb } from '../../../src/core/store/db';
import type { ParallaxApi } from '../../../src/shared/api';
import type { ParallaxEvent } from '../../../src/shared/events';
import { bumpCompareVersion, peekView } from '../../../src/core/derived/explore-groupings';
import { setSettleClock } from '../../../src/core/explore/views-settle';
import { storeViewsNow } from '../../../src/core/explore/views-store';
import { viewsWarmed } from '../../../src/core/explore/views-ready';
import { fillers } from '../../support/filler-reports';
import { SEEDS, tempDir } from '../../support/temp';

/**
 * A reopened library's stored views fold new reports in: a host serves them as stored, builds
 * their indexes behind them (below the size at which views settle), and the reports imported
 * after that are in the very next page, not behind an "Updating…" of a whole rebuild; what it
 * shows is what a whole rebuild of the library gives.
 */

const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

async function open(path: string, host: boolean): Promise<{ db: WriteDb; api: ParallaxApi; events: ParallaxEvent[] }> {
  const db = await openLibrary({ path, seedDir: null });
  const events: ParallaxEvent[] = [];
  const api = createParallaxService({ db, emit: (e) => events.push(e), host: 'test', libraryPath: path, version: 'test', backgroundCompare: host });
  return { db, api, events };
}

/** What the window reads of the views: a page of each, an event and an entity whole. */
async function shown(api: ParallaxApi) {
  const page = await api.getTimelinePage({ limit: 1000 });
  const people = await api.listEntityPage({ limit: 1000 });
  const stories = await api.listStorySummaries();
  return { page, people, stories, event: await api.getTimelineEvent(page.events[0]!.id), entity: await api.getEntity(people.items[0]!.id) };
}

/** A generated library and every seed but the last, its three views built and stored by the command line. */
async function storedLibrary(path: string): Promise<void> {
  const cli = await open(path, false);
  for (const f of fillers(120)) await cli.api.ingestText(f);
  await cli.api.ingestPaths(files.slice(0, -1).map((f) => join(SEEDS, f)));
  await shown(cli.api);
  expect(storeViewsNow(cli.db).sort()).toEqual(['entities', 'stories', 'timeline']);
  cli.db.close();
}

/** The views as a whole rebuild of the library at `path` gives them. */
async function rebuilt(path: string): Promise<Awaited<ReturnType<typeof shown>>> {
  const cli = await open(path, false);
  bumpCompareVersion(cli.db);
  const views = await shown(cli.api);
  cli.db.close();
  return views;
}

afterEach(() => setSettleClock(null));

describe('new reports in a reopened library', () => {
  it('are folded into its stored views: the next page shows them, as a whole rebuild does', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'library.sqlite');
      await storedLibrary(path);
      const host = await open(path, true);
      const stored = await host.api.getTimelinePage({ limit: 1000 });
      expect(stored.updating).toBeUndefined();
      await viewsWarmed(host.db);
      // The last seed: it joins the seeds' events and stories.
      const { added } = await host.api.ingestPaths([join(SEEDS, files.at(-1)!)]);
      const now = await shown(host.api);
      expect(now.page.updating).toBeUndefined();
      expect(now.people.updating).toBeUndefined();
      expect(host.events.filter((e) => e.type === 'viewsUpdating')).toEqual([]);
      expect(now.page.events.flatMap((e) => e.chips.map((c) => c.mention.articleId))).toContain(added[0]!.articleId);
      host.db.close();
      expect(now).toEqual(await rebuilt(path));
    } finally {
      cleanup();
    }
  });

  it('of a size whose views settle are served from the stored views while they are built again', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'library.sqlite');
      await storedLibrary(path);
      setSettleClock(null, 100);
      const host = await open(path, true);
      expect((await host.api.getTimelinePage({ limit: 1000 })).updating).toBeUndefined();
      await viewsWarmed(host.db);
      // Nothing warmed: the stored views hold no index (what settling keeps at 100k).
      expect(peekView(host.db, 'timeline')?.settled).toBe(true);
      await host.api.ingestPaths([join(SEEDS, files.at(-1)!)]);
      expect((await host.api.getTimelinePage({ limit: 1000 })).updating).toBe(true);
      host.db.close();
    } finally {
      cleanup();
    }
  });
});
