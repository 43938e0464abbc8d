import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ParallaxEvent } from '../shared/events';
import type { AppInfo } from '../shared/api';
import { openDb, type OpenOptions, type WriteDb } from './store/db';
import { beginSealRun, closeSealed, takeMark } from './store/seal';
import { countArticles } from './store/queries/article-reads';
import { getMeta, setMeta } from './store/queries/meta';
import { ingestPaths } from './ingest/ingest';
import { ensureDerived } from './derived/rebuild';
import { startDerivedRebuild, type DerivedRebuild } from './derived/background';

/** The library file's name inside the app's data folder. */
export const LIBRARY_FILE = 'library.sqlite';

/**
 * Where Electron keeps the app's data (`app.getPath('userData')` for an app named Parallax),
 * computed without Electron so the CLI and the HTTP host open the same library by default.
 * `PARALLAX_LIBRARY` overrides it.
 */
export function defaultLibraryPath(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.PARALLAX_LIBRARY) return env.PARALLAX_LIBRARY;
  const home = homedir();
  let appData: string;
  if (platform === 'darwin') appData = join(home, 'Library', 'Application Support');
  else if (platform === 'win32') appData = env.APPDATA ?? join(home, 'AppData', 'Roaming');
  else appData = env.XDG_CONFIG_HOME ?? join(home, '.config');
  return join(appData, 'Parallax', LIBRARY_FILE);
}

/** What `openLibrary` takes. */
export interface LibraryOptions extends OpenOptions {
  path: string;
  /** Folder of reports to fill a new, empty library with; null for none. */
  seedDir?: string | null;
  emit?: (event: ParallaxEvent) => void;
  extractWorkerFile?: string | undefined;
}

/**
 * Opens a library (creating its folder and file if needed), ready to use: derived data whose
 * version changed, or that a killed rebuild left half done, is rebuilt first (with
 * `rebuildProgress` events to `emit`). The first time a library is opened empty it is filled
 * with the seed reports; a library that was seeded once is never seeded again, even when its
 * owner has removed every article.
 */
export async function openLibrary(opts: LibraryOptions): Promise<WriteDb> {
  const { db, rebuild } = await openLibraryLive(opts);
  try {
    await rebuild.done;
  } catch (e) {
    closeLibrary(db);
    throw e;
  }
  return db;
}

/**
 * Opens a library for a host that answers while derived data is rebuilt: it returns as soon as
 * the schema is current (and a new library is seeded), with the rebuild running in the
 * background a batch at a time (`core/derived/background.ts`); pass `rebuild` to the service,
 * whose calls then wait only for the datasets they read.
 */
export async function openLibraryLive(opts: LibraryOptions): Promise<{ db: WriteDb; rebuild: DerivedRebuild }> {
  const onDisk = opts.path !== ':memory:' && opts.path !== '';
  if (onDisk) mkdirSync(dirname(opts.path), { recursive: true });
  // Read before SQLite opens (and may write) the file: is it as a sound run left it? (`store/seal.ts`)
  const marked = onDisk && takeMark(opts.path);
  const db = openDb(opts.path, opts);
  if (onDisk) beginSealRun(db, opts.path, marked);
  const emit = opts.emit ?? (() => {});
  if (getMeta(db, 'seeded_at') === undefined) {
    if (opts.seedDir && countArticles(db) === 0) {
      // An empty library's derived data is built in no time, and the seeds are written into it.
      ensureDerived(db);
      await ingestPaths({ db, emit, jobId: null, extractWorkerFile: opts.extractWorkerFile }, [opts.seedDir]);
    }
    setMeta(db, 'seeded_at', new Date().toISOString());
  }
  return { db, rebuild: startDerivedRebuild(db, emit) };
}

/**
 * Closes a library opened by `openLibrary`/`openLibraryLive`, marking the file unchanged when this
 * run found it sound (marked as it opened, or checked whole) and nothing but SQLite wrote to it
 * meanwhile: its next open then skips the full damage check (`store/seal.ts`).
 */
export function closeLibrary(db: WriteDb): void {
  closeSealed(db);
}

/** Facts every host reports through `getAppInfo`. */
export interface HostFacts {
  host: AppInfo['host'];
  libraryPath: string;
  version: string;
}
