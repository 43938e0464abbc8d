import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMainApp } from '../../src/main/app';
import { startLibrary } from '../../src/core/host';
import type { DesktopClient } from '../../src/preload/client';
import type { ParallaxEvent } from '../../src/shared/events';
import { IPC_CALL } from '../../src/shared/api';
import { asElectron, bridgeCopy, connectRenderer, createFakeElectron, type FakeElectron } from '../main/fake-electron';
import { SEEDS, tempDir } from '../support/temp';
import { expectApiError, runContractSuite } from './api.contract';

/**
 * The Electron binding end to end, minus Electron: the real main process (`createMainApp`,
 * `bindIpc`) over a real library, and the real preload, whose `ipcRenderer.invoke` reaches the
 * handler main registered and whose exposed object is copied the way `contextBridge` copies.
 */

const bridge = vi.hoisted(() => ({
  ipc: null as null | { invoke(...a: unknown[]): Promise<unknown>; on(...a: unknown[]): void; removeListener(...a: unknown[]): void },
  exposed: new Map<string, unknown>(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void bridge.exposed.set(key, api) },
  ipcRenderer: {
    invoke: (...a: unknown[]) => bridge.ipc!.invoke(...a),
    on: (...a: unknown[]) => bridge.ipc!.on(...a),
    removeListener: (...a: unknown[]) => bridge.ipc!.removeListener(...a),
  },
}));

interface Running {
  client: DesktopClient;
  fake: FakeElectron;
  appPath: string;
  close(): Promise<void>;
}

async function startElectronPair(): Promise<Running> {
  const tmp = tempDir('parallax-electron-');
  const appPath = join(tmp.dir, 'app');
  mkdirSync(join(appPath, 'out', 'main'), { recursive: true });
  // The repo's seeds, but not its build/ folder: an Electron build of better-sqlite3 there
  // would not load in Node.
  symlinkSync(SEEDS, join(appPath, 'seeds'));
  const fake = createFakeElectron({ appData: join(tmp.dir, 'appData'), appPath });
  const main = createMainApp(asElectron(fake), {
    mainDir: join(appPath, 'out', 'main'),
    version: '0.0.0',
    startLibrary,
    argv: [],
    env: {},
    platform: process.platform,
    resourcesPath: join(tmp.dir, 'resources'),
    useWorker: false,
  });
  await main.start();
  const win = fake.BrowserWindow.all[0];
  if (!win) throw new Error(`main did not open a window: ${JSON.stringify(fake.dialog.showErrorBox.mock.calls)}`);
  const frame = { url: pathToFileURL(main.paths.rendererIndex).href, parent: null };
  bridge.ipc = connectRenderer(fake, win.webContents, frame);
  bridge.exposed.clear();
  vi.resetModules();
  await import('../../src/preload/index');
  const client = bridgeCopy(bridge.exposed.get('parallax')) as DesktopClient;
  return {
    client,
    fake,
    appPath,
    close: async () => {
      fake.app.emit('will-quit', { preventDefault() {} });
      await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
      tmp.cleanup();
    },
  };
}

runContractSuite('Electron main + preload (electron faked)', async () => {
  const running = await startElectronPair();
  const events: ParallaxEvent[] = [];
  running.client.onEvent((e) => events.push(e));
  return { api: running.client, events, close: running.close };
});

describe('Electron binding specifics', () => {
  let r: Running;
  beforeAll(async () => {
    r = await startElectronPair();
  });
  afterAll(() => r.close());

  it('exposes window.parallax only', () => {
    expect([...bridge.exposed.keys()]).toEqual(['parallax']);
  });

  it('lists the five seeds and answers an unknown id with NOT_FOUND', async () => {
    expect((await r.client.listArticles()).items).toHaveLength(5);
    await expectApiError(r.client.getArticle('0123456789ab' as never), 'NOT_FOUND');
  });

  it('reports the electron host', async () => {
    expect((await r.client.getAppInfo()).host).toBe('electron');
  });

  it('refuses the same call from a subframe', async () => {
    const top = { url: pathToFileURL(join(r.appPath, 'out', 'renderer', 'index.html')).href, parent: null };
    const res = await r.fake.ipcMain.invoke({ url: top.url, parent: top }, IPC_CALL, 'listArticles', []);
    expect(res).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });
});
