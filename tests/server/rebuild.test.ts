import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDerivedRebuild } from '../../src/core/derived/background';
import { searchIndexDataset, SEARCH_INDEX_VERSION } from '../../src/core/derived/search-index';
import type { LibraryHandle } from '../../src/core/host';
import { openLibrary } from '../../src/core/library';
import { createParallaxService } from '../../src/core/service';
import { openDb } from '../../src/core/store/db';
import { setDerivedState } from '../../src/core/store/queries/derived-state';
import { HTTP_TOKEN_HEADER } from '../../src/shared/api';
import type { EventListener } from '../../src/shared/events';
import { startHttpHost } from '../../src/server/http-host';
import { SEEDS, tempDir } from '../support/temp';

/**
 * The browser host over a library that rebuilds its search index as it opens (after an
 * update): it answers the list at once, holds search until the index is there, and streams the
 * rebuild's progress to the page.
 */

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function post(port: number, token: string, method: string, args: unknown[]): Promise<{ ok: boolean; value?: unknown }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(args);
    const req = request(
      { host: '127.0.0.1', port, path: `/api/${method}`, method: 'POST', headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: token, host: `127.0.0.1:${port}` } },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve(JSON.parse(text)));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

it('answers the list at once, streams the rebuild, and answers search when its index is there', async () => {
  const path = join(tmp.dir, 'lib.sqlite');
  const old = await openLibrary({ path, seedDir: SEEDS });
  setDerivedState(old, 'search-index', { version: SEARCH_INDEX_VERSION - 1, doneUpTo: null });
  old.close();
  const db = openDb(path);

  const listeners = new Set<EventListener>();
  const waiting: (() => void)[] = [];
  const rebuild = startDerivedRebuild(db, (e) => listeners.forEach((l) => l(e)), {
    pause: () => new Promise<void>((r) => waiting.push(r)),
    batchDocs: 1,
    datasets: [searchIndexDataset],
  });
  const emit = (e: Parameters<EventListener>[0]) => listeners.forEach((l) => l(e));
  const api = createParallaxService({ db, emit, rebuild, host: 'http', libraryPath: path, version: '0' });
  const library: LibraryHandle = { api, onEvent: (l) => (listeners.add(l), () => void listeners.delete(l)), close: async () => void db.close() };
  const rendererDir = join(tmp.dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Parallax</title>');
  const host = await startHttpHost({ library, rendererDir, port: 0 });
  try {
    // The page's event stream.
    let stream = '';
    const events = request({ host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}`, headers: { host: `127.0.0.1:${host.port}` } }, (res) =>
      res.on('data', (c) => (stream += c)),
    );
    events.end();

    const list = (await post(host.port, host.token, 'listArticles', [{}])) as { ok: boolean; value: { items: unknown[] } };
    expect(list.value.items).toHaveLength(5);
    const info = (await post(host.port, host.token, 'getAppInfo', [])) as { value: { rebuilding: unknown } };
    expect(info.value.rebuilding).toEqual({ dataset: 'search-index', done: 0, total: 5 });

    let answered = false;
    const search = post(host.port, host.token, 'searchArticles', [{ q: 'Witkoff' }]).then((r) => ((answered = true), r as { ok: boolean; value: { total: number } }));
    // Two batches later the search still waits, and the list still answers.
    for (let i = 0; i < 2; i++) {
      await expect.poll(() => waiting.length).toBe(1);
      waiting.shift()!();
    }
    await expect.poll(() => stream).toContain('"done":2');
    expect((await post(host.port, host.token, 'listArticles', [{}])).ok).toBe(true);
    expect(answered).toBe(false);

    while (!answered) {
      await expect.poll(() => waiting.length > 0 || answered).toBe(true);
      waiting.shift()?.();
    }
    const found = await search;
    expect(found.ok).toBe(true);
    expect(found.value.total).toBeGreaterThan(0);
    await expect.poll(() => stream).toContain('"type":"rebuildDone"');
    events.destroy();
  } finally {
    await host.close();
    db.close();
  }
});

describe('the rebuild as the library opens in a host', () => {
  it('leaves nothing to wait for once it is done', async () => {
    const db = await openLibrary({ path: join(tmp.dir, 'current.sqlite'), seedDir: SEEDS });
    const api = createParallaxService({ db, emit: () => {}, rebuild: startDerivedRebuild(db, () => {}), host: 'http', libraryPath: 'x', version: '0' });
    expect((await api.getAppInfo()).rebuilding).toBeNull();
    db.close();
  });
});
