import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import { CompareRowsOut, compareRowCells } from '../../../src/core/store/queries/compare-writes';
import { SEEDS, tempDir } from '../../support/temp';

// The worker runs the built bundle (out/node/spellings-worker.js), as the hosts do.
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const WORKER = join(ROOT, 'out/node/spellings-worker.js');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A host's service over the seeds, grouping names on the worker however small the library. */
async function host(name: string, workerFile = WORKER) {
  const db = await openLibrary({ path: join(tmp.dir, name), seedDir: SEEDS });
  const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: 'x', version: '0', backgroundCompare: true, spellingsWorkerFile: workerFile, syncSpellingsMaxArticles: 0 });
  return { db, api };
}

const codes = (page: { noticesCoded: { code: string }[] }) => page.noticesCoded.map((n) => n.code);

/** Waits until a search for `Dmitriew` also finds `Dmitrijew` with no "names pending" notice: the names are grouped. */
async function namesGrouped(api: Awaited<ReturnType<typeof host>>['api']): Promise<void> {
  await vi.waitFor(async () => {
    const page = await api.searchArticles({ q: 'Dmitriew', limit: 50 });
    expect(page.also).toEqual([{ word: 'Dmitriew', spellings: ['Dmitrijew'] }]);
    expect(codes(page)).not.toContain('search.names-pending');
  }, { timeout: 30_000, interval: 50 });
}

describe('search by entity while the names are grouped on a worker', () => {
  it('answers at once and says the names are pending, then finds the spellings once they are grouped', async () => {
    const { db, api } = await host('pending.sqlite');
    const first = await api.searchArticles({ q: 'Dmitriew', limit: 50 });
    expect(first.hits.length).toBeGreaterThan(0);
    // Spellings of one skeleton come from the search index itself (`search/name-words.ts`), so
    // only the grouping's other spellings wait.
    expect(first.also ?? []).toEqual([{ word: 'Dmitriew', spellings: ['Dmitrijew'] }]);
    expect(codes(first)).toContain('search.names-pending');
    expect(first.notices).toContain("not every other spelling of names is searched yet: the library's names are still being grouped");
    await namesGrouped(api);
    db.close();
  });

  it('groups the names on the library thread when the worker fails, with the same answer', async () => {
    const { db, api } = await host('broken.sqlite', join(tmp.dir, 'missing-worker.js'));
    await namesGrouped(api);
    db.close();
  });

  it('keeps the grouped names in the library: opened again, a search finds the spellings at once, with no worker', async () => {
    const built = await host('kept.sqlite');
    await vi.waitFor(async () => {
      expect(codes(await built.api.searchArticles({ q: 'Dmitriew', limit: 50 }))).not.toContain('search.names-pending');
    }, { timeout: 30_000, interval: 50 });
    built.db.close();
    // A worker that cannot start would leave the first search pending: none is needed.
    const { db, api } = await host('kept.sqlite', join(tmp.dir, 'missing-worker.js'));
    const page = await api.searchArticles({ q: 'Dmitriew', limit: 50 });
    expect(page.also).toEqual([{ word: 'Dmitriew', spellings: ['Dmitrijew'] }]);
    expect(codes(page)).not.toContain('search.names-pending');
    // A changed person's name makes the kept lookup stale: it answers while the next is grouped.
    const id = db.prepare('SELECT id FROM articles LIMIT 1').pluck().get() as string;
    const out = new CompareRowsOut(db);
    out.add(id, compareRowCells([{ kind: 'person', name: 'Zed Zzyzx', start: 0, end: 9, sentenceStart: 0, sentenceEnd: 40 }], [], null, ''));
    out.flush();
    const stale = await api.searchArticles({ q: 'Dmitriew', limit: 50 });
    expect(stale.also).toEqual([{ word: 'Dmitriew', spellings: ['Dmitrijew'] }]);
    expect(codes(stale)).toContain('search.names-pending');
    db.close();
  });
});
