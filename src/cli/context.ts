import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultLibraryPath } from '../core/library';

/** Paths the CLI finds relative to its own bundle (`out/node/cli.js`). */
export const PATHS = {
  seeds: fileURLToPath(new URL('../../seeds', import.meta.url)),
  renderer: fileURLToPath(new URL('../renderer', import.meta.url)),
  worker: fileURLToPath(new URL('./service-worker.js', import.meta.url)),
  extractWorker: fileURLToPath(new URL('./extract-worker.js', import.meta.url)),
  compareWorker: fileURLToPath(new URL('./compare-worker.js', import.meta.url)),
};

/** The library file: `--library FILE`, else `PARALLAX_LIBRARY`, else the app's default. */
export function libraryPath(flag: string | undefined): string {
  return flag ?? defaultLibraryPath();
}

/** The seed folder, when this install has one. */
export function seedDir(): string | null {
  return existsSync(PATHS.seeds) ? PATHS.seeds : null;
}

/** An error the CLI prints as one line and exits with `code`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
