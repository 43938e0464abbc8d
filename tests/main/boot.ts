import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { createMainApp, type MainDeps } from '../../src/main/app';
import { API_METHODS, type ParallaxApi } from '../../src/shared/api';
import type { LibraryHandle, StartOptions } from '../../src/core/host';
import { tempDir } from '../support/temp';
import { asElectron, createFakeElectron } from './fake-electron';

/** A stub library whose every method resolves with its own name and arguments. */
export function stubLibrary(): LibraryHandle & { closed: boolean } {
  const api = Object.fromEntries(API_METHODS.map((m) => [m, vi.fn(async (...args: unknown[]) => ({ method: m, args }))]));
  const handle = {
    api: api as unknown as ParallaxApi,
    onEvent: () => () => {},
    closed: false,
    close: async () => void (handle.closed = true),
  };
  return handle;
}

/**
 * Starts the real main process against a fake electron in a temp folder: appData under it,
 * the repo layout (out/main, out/renderer, seeds) under `appPath`.
 */
export async function boot(opts: { lock?: boolean; packaged?: boolean; deps?: Partial<MainDeps>; before?: (userData: string, appPath: string) => void } = {}) {
  const tmp = tempDir('parallax-main-');
  const appPath = join(tmp.dir, 'app');
  const appData = join(tmp.dir, 'appData');
  mkdirSync(join(appPath, 'out', 'main'), { recursive: true });
  mkdirSync(join(appData, 'Parallax'), { recursive: true });
  opts.before?.(join(appData, 'Parallax'), appPath);
  const fake = createFakeElectron({ appData, appPath, lock: opts.lock ?? true });
  fake.app.isPackaged = opts.packaged ?? false;
  const library = stubLibrary();
  const startLibrary = vi.fn(async (_opts: StartOptions) => library);
  const main = createMainApp(asElectron(fake), {
    mainDir: join(appPath, 'out', 'main'),
    version: '9.9.9',
    startLibrary,
    argv: ['electron', '.'],
    env: {},
    platform: 'linux',
    resourcesPath: join(tmp.dir, 'resources'),
    ...opts.deps,
  });
  await main.start();
  return { fake, main, library, startLibrary, tmp, appPath, userData: join(appData, 'Parallax') };
}
