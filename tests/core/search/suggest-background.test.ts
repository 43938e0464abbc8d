import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import { searchEngineFor } from '../../../src/core/search/engine';
import { SEEDS, tempDir } from '../../support/temp';

// The worker runs the built bundle (out/node/suggest-worker.js), as the hosts do.
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const WORKER = join(ROOT, 'out/node/suggest-worker.js');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function host(name: string, suggestWorkerFile = WORKER) {
  const db = await openLibrary({ path: join(tmp.dir, name), seedDir: SEEDS });
  const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: 'x', version: '0', backgroundCompare: true, suggestWorkerFile, syncSuggestMaxArticles: 0 });
  return { db, api };
}

describe('a suggestion index of another version is built on a worker', () => {
  it('answers search at once while it is built, suggests nothing meanwhile, then suggests from it', async () => {
    const { db, api } = await host('stale.sqlite');
    // A library whose snapshot an older release wrote.
    db.prepare("UPDATE search_snapshots SET version = version - 1 WHERE name = 'suggest'").run();
    expect(await api.suggest('Witk', 8)).toEqual([]);
    expect(searchEngineFor(db).suggestions.isBuilding).toBe(true);
    const page = await api.searchArticles({ q: 'Witkoff', limit: 50 });
    expect(page.hits.length).toBeGreaterThan(0);
    await vi.waitFor(async () => {
      // One person once, by the whole name (`search/suggest-people.ts`).
      expect((await api.suggest('Witk', 8)).map((s) => s.text)).toContain('Steve Witkoff');
    }, { timeout: 30_000, interval: 50 });
    db.close();
  });

  it('builds it on the library thread when the worker fails, with the same suggestions', async () => {
    const { db, api } = await host('broken.sqlite', join(tmp.dir, 'missing-worker.js'));
    db.prepare("DELETE FROM search_snapshots WHERE name = 'suggest'").run();
    await vi.waitFor(async () => {
      // One person once, by the whole name (`search/suggest-people.ts`).
      expect((await api.suggest('Witk', 8)).map((s) => s.text)).toContain('Steve Witkoff');
    }, { timeout: 30_000, interval: 50 });
    db.close();
  });
});
