import type { WriteDb } from '../../src/core/store/db';
import { openLibrary } from '../../src/core/library';
import { createParallaxService } from '../../src/core/service';
import type { ParallaxApi } from '../../src/shared/api';

/** An empty library in memory (no seeds) and the service over it, as a contract test uses them. */
export async function memoryService(): Promise<{ db: WriteDb; api: ParallaxApi }> {
  const db = await openLibrary({ path: ':memory:', seedDir: null });
  const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: ':memory:', version: 'test' });
  return { db, api };
}
