import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ParallaxEvent } from '../shared/events';
import type { AppInfo } from '../shared/api';
import { openDb, type OpenOptions, type WriteDb } from './store/db';
import { countArticles } from './store/queries/article-reads';
import { getMeta, setMeta } from './store/queries/meta';
import { ingestPaths } from './ingest/ingest';
import { ensureDerived } from './derived/rebuild';

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
  /** Told as derived data is rebuilt on opening (see `ensureDerived`): done and total articles. */
  onRebuildProgress?: (done: number, total: number) => void;
}

/**
 * Opens a library (creating its folder and file if needed) and, the first time a library is
 * opened empty, fills it with the seed reports. A library that was seeded once is never
 * seeded again, even when its owner has removed every article.
 */
export async function openLibrary(opts: LibraryOptions): Promise<WriteDb> {
  if (opts.path !== ':memory:') mkdirSync(dirname(opts.path), { recursive: true });
  const db = openDb(opts.path, opts);
  // Derived data whose version changed (or that a killed rebuild left half done) is rebuilt
  // before anything reads or writes it.
  ensureDerived(db, undefined, opts.onRebuildProgress ? (_name, done, total) => opts.onRebuildProgress!(done, total) : undefined);
  if (getMeta(db, 'seeded_at') === undefined) {
    if (opts.seedDir && countArticles(db) === 0) {
      await ingestPaths({ db, emit: opts.emit ?? (() => {}), jobId: null, extractWorkerFile: opts.extractWorkerFile }, [opts.seedDir]);
    }
    setMeta(db, 'seeded_at', new Date().toISOString());
  }
  return db;
}

/** Facts every host reports through `getAppInfo`. */
export interface HostFacts {
  host: AppInfo['host'];
  libraryPath: string;
  version: string;
}
