import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchOtherWriters } from '../../src/core/other-writers';
import { openDb } from '../../src/core/store/db';
import { createParallaxService } from '../../src/core/service';
import type { ParallaxEvent } from '../../src/shared/events';
import { tempDir } from '../support/temp';

let tmp = tempDir();
afterEach(() => {
  tmp.cleanup();
  tmp = tempDir();
});

describe('watchOtherWriters', () => {
  it('tells the windows when another process changed the list (a command-line trash), not for its own writes or other tables', async () => {
    const path = join(tmp.dir, 'lib.sqlite');
    const host = openDb(path);
    const hostApi = createParallaxService({ db: host, emit: () => {}, host: 'http', libraryPath: path, version: '0' });
    await hostApi.ingestText({ name: 'Genf', text: 'Der Gipfel in Genf endete ohne Einigung, sagte ein Sprecher am Abend.' });
    await hostApi.ingestText({ name: 'Wien', text: 'In Wien beriet der Rat am Montag über den Hafen und die Lage dort.' });
    const events: ParallaxEvent[] = [];
    const stop = watchOtherWriters(host, (e) => events.push(e), 10);
    // As `parallax` does: a connection of its own, in another process.
    const cli = openDb(path);
    try {
      const cliApi = createParallaxService({ db: cli, emit: () => {}, host: 'cli', libraryPath: path, version: '0' });
      const [a, b] = (await cliApi.listArticles()).items;
      // A write of another table (a saved search) changes no list: nothing is told.
      await cliApi.saveSearch({ name: 'Genf', q: 'genf' });
      await cliApi.trashArticles([a!.id]);
      await vi.waitFor(() => expect(events).toHaveLength(1), { timeout: 10_000 });
      expect(events[0]).toEqual({ type: 'libraryChanged' });
      // The host's own change was told by its call: not again.
      await hostApi.trashArticles([b!.id]);
      await cliApi.restoreArticles([a!.id]);
      await vi.waitFor(() => expect((events as unknown[]).length).toBeGreaterThanOrEqual(2), { timeout: 10_000 });
      expect(events).toHaveLength(2);
    } finally {
      stop();
      cli.close();
      host.close();
    }
  });
});
