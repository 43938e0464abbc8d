import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LIBRARY_FILE } from '../core/library';

/** Where the shell finds its parts and the library. */
export interface ShellPaths {
  /** The sandboxed preload, built as CommonJS. */
  preload: string;
  /** The built renderer's entry page, and its folder (the only file: pages the app trusts). */
  rendererIndex: string;
  rendererDir: string;
  /** The library worker, built beside main's `index.js`. */
  workerFile: string;
  /** The extraction worker the library starts for large imports. */
  extractWorkerFile: string;
  libraryPath: string;
  /** Reports a new library is filled with. */
  seedDir: string;
  /** better-sqlite3 built for Electron, when one was made; otherwise the package's own build. */
  nativeBinding: string | undefined;
}

/** What `resolveShellPaths` reads from the app and the process. */
export interface PathInputs {
  /** Folder of the built main bundle (`out/main`). */
  mainDir: string;
  /** `app.getAppPath()`: the repo in development, `resources/app.asar` when packaged. */
  appPath: string;
  /** `process.resourcesPath`: where electron-builder's `extraResources` land. */
  resourcesPath: string;
  userData: string;
  isPackaged: boolean;
  /** `--library FILE` or `PARALLAX_LIBRARY`, if given. */
  libraryOverride: string | null;
  exists?: (path: string) => boolean;
}

/** Name of the Electron build of better-sqlite3 made by `scripts/electron-native.mjs`. */
export const ELECTRON_NATIVE_FILE = join('electron-native', 'better_sqlite3.node');

/** Resolves every path the shell needs, in development and when packaged. */
export function resolveShellPaths(p: PathInputs): ShellPaths {
  const exists = p.exists ?? existsSync;
  const out = dirname(p.mainDir);
  const native = p.isPackaged
    ? join(p.resourcesPath, ELECTRON_NATIVE_FILE)
    : join(p.appPath, 'build', ELECTRON_NATIVE_FILE);
  return {
    preload: join(out, 'preload', 'index.cjs'),
    rendererIndex: join(out, 'renderer', 'index.html'),
    rendererDir: join(out, 'renderer'),
    workerFile: join(p.mainDir, 'service-worker.js'),
    extractWorkerFile: join(p.mainDir, 'extract-worker.js'),
    libraryPath: p.libraryOverride ?? join(p.userData, LIBRARY_FILE),
    seedDir: p.isPackaged ? join(p.resourcesPath, 'seeds') : join(p.appPath, 'seeds'),
    nativeBinding: exists(native) ? native : undefined,
  };
}

/** `--library FILE` / `--library=FILE` from the command line, else `PARALLAX_LIBRARY`, else null. */
export function libraryOverrideFrom(argv: readonly string[], env: NodeJS.ProcessEnv): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--library' && argv[i + 1]) return argv[i + 1]!;
    if (arg.startsWith('--library=') && arg.length > '--library='.length) return arg.slice('--library='.length);
  }
  return env.PARALLAX_LIBRARY || null;
}
