import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { pendingCompareCount } from '../../../src/core/derived/compare-rows/rows';
import { backgroundSpellings } from '../../../src/core/explore/spellings-background';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import { queueCompareBetween } from '../../../src/core/store/queries/compare';
import type { ParallaxEvent } from '../../../src/shared/events';
import { SEEDS, tempDir } from '../../support/temp';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const WORKER = join(ROOT, 'out/node/spellings-worker.js');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('the names are not grouped while the compare rows are still being written', () => {
  it('starts no grouping while reports wait (a search stays pending on the last lookup), and groups them after', async () => {
    const db = await openLibrary({ path: join(tmp.dir, 'names.sqlite'), seedDir: SEEDS });
    let waiting = true;
    // A worker that cannot start falls back to grouping on this thread: that this has not
    // happened shows that no grouping was started.
    const spellings = backgroundSpellings(db, { workerFile: join(tmp.dir, 'missing-worker.js'), path: db.name, syncMaxArticles: 0, waitWhile: () => waiting });
    db.prepare('UPDATE name_spellings_state SET changes = changes + 1').run();
    expect(spellings.lookup().pending).toBe(true);
    await spellings.idle();
    expect(spellings.lookup().pending).toBe(true);
    waiting = false;
    spellings.warm();
    await vi.waitFor(async () => {
      await spellings.idle();
      expect(spellings.lookup().pending).toBe(false);
    });
    db.close();
  });

  it('a host opening a library whose reports wait for the compare rows (a version bump) groups the names once they are written, unasked', async () => {
    const path = join(tmp.dir, 'bumped.sqlite');
    const first = await openLibrary({ path, seedDir: SEEDS });
    queueCompareBetween(first, 0, Number.MAX_SAFE_INTEGER);
    expect(pendingCompareCount(first)).toBeGreaterThan(0);
    first.close();
    const db = await openLibrary({ path });
    const events: ParallaxEvent[] = [];
    const api = createParallaxService({ db, emit: (e) => events.push(e), host: 'test', libraryPath: 'x', version: '0', backgroundCompare: true, spellingsWorkerFile: WORKER, syncSpellingsMaxArticles: 0 });
    await vi.waitFor(() => expect(events.some((e) => e.type === 'libraryChanged')).toBe(true), { timeout: 30_000, interval: 50 });
    expect(pendingCompareCount(db)).toBe(0);
    // No search asks for it: the lookup stands for the names as the catch-up left them.
    const state = () => db.prepare('SELECT built_at = changes FROM name_spellings_state').pluck().get();
    await vi.waitFor(() => expect(state()).toBe(1), { timeout: 30_000, interval: 50 });
    const page = await api.searchArticles({ q: 'Dmitriew', limit: 50 });
    expect(page.noticesCoded.map((n) => n.code)).not.toContain('search.names-pending');
    db.close();
  });
});
