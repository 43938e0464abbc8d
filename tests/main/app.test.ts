import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLibrary } from '../../src/core/host';
import { ApiError } from '../../src/shared/errors';
import { IPC_CALL, IPC_COMMAND, IPC_EVENT } from '../../src/shared/api';
import { IPC_SAVE_PDF } from '../../src/shared/shell';
import type { EventListener } from '../../src/shared/events';
import { boot } from './boot';
import { findMenuItem } from './fake-electron';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
async function started(opts: Parameters<typeof boot>[0] = {}) {
  const b = await boot(opts);
  cleanups.push(b.tmp.cleanup);
  return b;
}
const appFrame = (appPath: string) => ({
  url: pathToFileURL(join(appPath, 'out', 'renderer', 'index.html')).href,
  parent: null,
});

describe('app lifecycle', () => {
  it('quits without opening a window or the library when another instance holds the lock', async () => {
    const { fake, startLibrary } = await started({ lock: false });
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.BrowserWindow.all).toHaveLength(0);
    expect(startLibrary).not.toHaveBeenCalled();
  });

  it('brings the first window forward when a second instance starts', async () => {
    const { fake, main } = await started();
    fake.app.emit('second-instance');
    expect(fake.BrowserWindow.getFocusedWindow()).toBe(main.window);
  });

  it('keeps data in a userData folder named Parallax and opens the library on a worker', async () => {
    const { fake, startLibrary, appPath, userData } = await started();
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', userData);
    expect(startLibrary).toHaveBeenCalledWith({
      path: join(userData, 'library.sqlite'),
      seedDir: join(appPath, 'seeds'),
      host: 'electron',
      version: '9.9.9',
      workerFile: join(appPath, 'out', 'main', 'service-worker.js'),
      extractWorkerFile: join(appPath, 'out', 'main', 'extract-worker.js'),
    });
  });

  it('passes the Electron build of better-sqlite3 when one was made', async () => {
    const { startLibrary, appPath } = await started({
      before: (_ud, app) => {
        mkdirSync(join(app, 'build', 'electron-native'), { recursive: true });
        writeFileSync(join(app, 'build', 'electron-native', 'better_sqlite3.node'), '');
      },
    });
    expect(startLibrary.mock.calls[0]![0]).toMatchObject({
      nativeBinding: join(appPath, 'build', 'electron-native', 'better_sqlite3.node'),
    });
  });

  it('leaves userData alone when Chromium was given --user-data-dir', async () => {
    const { fake } = await started({ deps: { argv: ['electron', '.', '--user-data-dir=/tmp/profile'] } });
    expect(fake.app.setPath).not.toHaveBeenCalled();
  });

  it('opens the library named by --library or PARALLAX_LIBRARY instead', async () => {
    const a = await started({ deps: { argv: ['electron', '.', '--library', '/tmp/x/lib.sqlite'] } });
    expect(a.startLibrary.mock.calls[0]![0]).toMatchObject({ path: '/tmp/x/lib.sqlite' });
    const b = await started({ deps: { env: { PARALLAX_LIBRARY: '/tmp/y.sqlite' } } });
    expect(b.startLibrary.mock.calls[0]![0]).toMatchObject({ path: '/tmp/y.sqlite' });
  });

  it('closes the library before the process quits', async () => {
    const { fake, library } = await started();
    const preventDefault = vi.fn();
    fake.app.emit('will-quit', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
    expect(library.closed).toBe(true);
  });

  it('quits when the last window closes, except on macOS', async () => {
    const linux = await started();
    linux.fake.app.emit('window-all-closed');
    expect(linux.fake.app.quit).toHaveBeenCalled();
    const mac = await started({ deps: { platform: 'darwin' } });
    mac.fake.app.emit('window-all-closed');
    expect(mac.fake.app.quit).not.toHaveBeenCalled();
  });
});

describe('library errors', () => {
  it('shows the error in a native box and quits, without a window or IPC', async () => {
    const { fake } = await started({
      deps: {
        startLibrary: async () => {
          throw new ApiError('DB_FROM_FUTURE', 'store: library "x" was written by a newer Parallax');
        },
      },
    });
    expect(fake.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, text] = fake.dialog.showErrorBox.mock.calls[0]!;
    expect(title).toBe('Parallax cannot open its library');
    expect(text).toContain('written by a newer Parallax');
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(fake.BrowserWindow.all).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('leaves a file that is not a library untouched', async () => {
    const content = 'these are my notes, not a database\n';
    let libFile = '';
    const { fake } = await started({
      before: (userData) => {
        libFile = join(userData, 'library.sqlite');
        writeFileSync(libFile, content);
      },
      deps: { startLibrary, useWorker: false },
    });
    expect(fake.dialog.showErrorBox.mock.calls[0]![1]).toContain('is not a Parallax library');
    expect(readFileSync(libFile, 'utf8')).toBe(content);
    expect(existsSync(`${libFile}-wal`)).toBe(false);
  });
});

describe('window', () => {
  it('is sandboxed, isolated, without Node, with the CommonJS preload', async () => {
    const { fake, appPath } = await started();
    expect(fake.BrowserWindow.all).toHaveLength(1);
    const { webPreferences } = fake.BrowserWindow.all[0]!.options;
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: join(appPath, 'out', 'preload', 'index.cjs'),
    });
  });

  it('loads the built renderer, or the dev server when electron-vite runs one', async () => {
    const built = await started();
    expect(built.fake.BrowserWindow.all[0]!.loaded).toEqual({ file: join(built.appPath, 'out', 'renderer', 'index.html') });
    const dev = await started({ deps: { env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } } });
    expect(dev.fake.BrowserWindow.all[0]!.loaded).toEqual({ url: 'http://localhost:5173' });
  });

  it('remembers its size and position', async () => {
    const first = await started();
    const win = first.fake.BrowserWindow.all[0]!;
    win.bounds = { x: 100, y: 120, width: 1000, height: 700 };
    win.close();
    const saved = JSON.parse(readFileSync(join(first.userData, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ x: 100, y: 120, width: 1000, height: 700, isMaximized: false });
    const second = await started({ before: (ud) => writeFileSync(join(ud, 'window-state.json'), JSON.stringify(saved)) });
    expect(second.fake.BrowserWindow.all[0]!.options).toMatchObject({ x: 100, y: 120, width: 1000, height: 700 });
  });

  it('ignores a broken bounds file and opens at the default size', async () => {
    for (const bad of ['{not json', '[]', '{"width":"big","height":600}', '{"width":50,"height":50}', 'null']) {
      const { fake } = await started({ before: (ud) => writeFileSync(join(ud, 'window-state.json'), bad) });
      const o = fake.BrowserWindow.all[0]!.options;
      expect(o, bad).toMatchObject({ width: 1280, height: 800 });
      expect(o.x, bad).toBeUndefined();
    }
  });

  it('drops a position that is on no attached display', async () => {
    const state = { x: 5000, y: 3000, width: 1000, height: 700, isMaximized: true };
    const { fake } = await started({ before: (ud) => writeFileSync(join(ud, 'window-state.json'), JSON.stringify(state)) });
    const win = fake.BrowserWindow.all[0]!;
    expect(win.options.x).toBeUndefined();
    expect(win.options).toMatchObject({ width: 1000, height: 700 });
    expect(win.maximized).toBe(true);
  });
});

describe('IPC', () => {
  it('handles exactly two channels: IPC_CALL for the library, IPC_SAVE_PDF for the window', async () => {
    const { fake } = await started();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([IPC_CALL, IPC_SAVE_PDF].sort());
  });

  it('dispatches a call from the app page to the library', async () => {
    const { fake, library, appPath } = await started();
    const r = await fake.ipcMain.invoke(appFrame(appPath), IPC_CALL, 'listArticles', [{ limit: 2 }]);
    expect(r).toEqual({ ok: true, value: { method: 'listArticles', args: [{ limit: 2 }] } });
    expect(library.api.listArticles).toHaveBeenCalledWith({ limit: 2 });
  });

  it('answers an unknown method with UNKNOWN_METHOD and bad arguments with BAD_INPUT', async () => {
    const { fake, appPath } = await started();
    const frame = appFrame(appPath);
    for (const m of ['deleteEverything', 'constructor', '__proto__', 42, null]) {
      const r = await fake.ipcMain.invoke(frame, IPC_CALL, m, []);
      expect(r, String(m)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    const r = await fake.ipcMain.invoke(frame, IPC_CALL, 'listArticles', { limit: 1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('refuses calls from a subframe, a foreign page or a gone frame', async () => {
    const { fake, library, appPath } = await started();
    const top = appFrame(appPath);
    const frames = [
      { url: top.url, parent: top },
      { url: 'https://evil.example/', parent: null },
      { url: pathToFileURL('/etc/passwd').href, parent: null },
      null,
    ];
    for (const frame of frames) {
      const r = await fake.ipcMain.invoke(frame, IPC_CALL, 'getAppInfo', []);
      expect(r, JSON.stringify(frame?.url)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(library.api.getAppInfo).not.toHaveBeenCalled();
  });

  it('forwards library events to every window on IPC_EVENT', async () => {
    const b = await boot();
    cleanups.push(b.tmp.cleanup);
    const listeners: EventListener[] = [];
    const lib = { ...b.library, onEvent: (l: EventListener) => (listeners.push(l), () => {}) };
    const c = await started({ deps: { startLibrary: async () => lib } });
    listeners[0]!({ type: 'libraryChanged' });
    expect(c.fake.BrowserWindow.all[0]!.webContents.sent).toContainEqual({ channel: IPC_EVENT, args: [{ type: 'libraryChanged' }] });
  });
});

describe('menu', () => {
  it('has File › Import… on CmdOrCtrl+O that ingests the chosen paths', async () => {
    const { fake, library } = await started();
    const item = findMenuItem(fake.menu.current!.template, 'Import…')!;
    expect(item.accelerator).toBe('CmdOrCtrl+O');
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a.txt', '/b'] });
    (item.click as () => void)();
    // Under a job id of its own, which the window's progress line takes up.
    await vi.waitFor(() => expect(library.api.ingestPaths).toHaveBeenCalledWith(['/a.txt', '/b'], { jobId: expect.stringMatching(/^[0-9a-f-]{36}$/) }));
    const opts = fake.dialog.showOpenDialog.mock.calls[0]!.at(-1) as { properties: string[] };
    expect(opts.properties).toEqual(['openFile', 'multiSelections']);
    expect(findMenuItem(fake.menu.current!.template, 'Import Folder…')).toBeDefined();
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { fake, library } = await started();
    (findMenuItem(fake.menu.current!.template, 'Import…')!.click as () => void)();
    await vi.waitFor(() => expect(fake.dialog.showOpenDialog).toHaveBeenCalled());
    expect(library.api.ingestPaths).not.toHaveBeenCalled();
  });

  it('sends Add Text… to the window as a menu command', async () => {
    const { fake } = await started();
    const item = findMenuItem(fake.menu.current!.template, 'Add Text…')!;
    expect(item.accelerator).toBe('CmdOrCtrl+N');
    (item.click as () => void)();
    expect(fake.BrowserWindow.all[0]!.webContents.sent).toContainEqual({ channel: IPC_COMMAND, args: ['add-text'] });
  });

  it('sends Print / Save as PDF… (Ctrl/Cmd+P) to the window, which saves a comparison or prints', async () => {
    const { fake } = await started();
    const item = findMenuItem(fake.menu.current!.template, 'Print / Save as PDF…')!;
    expect(item.accelerator).toBe('CmdOrCtrl+P');
    (item.click as () => void)();
    expect(fake.BrowserWindow.all[0]!.webContents.sent).toContainEqual({ channel: IPC_COMMAND, args: ['print'] });
  });

  it('lists the sidebar’s views first in View, on CmdOrCtrl+1..5 as the window’s keys, each sent to the window', async () => {
    const { fake } = await started();
    const view = findMenuItem(fake.menu.current!.template, 'View')!.submenu as { label?: string; accelerator?: string; click?: () => void }[];
    const goTo = view.slice(0, 5);
    expect(goTo.map((i) => [i.label, i.accelerator])).toEqual([
      ['All Reports', 'CmdOrCtrl+1'],
      ['Annotations', 'CmdOrCtrl+2'],
      ['Stories', 'CmdOrCtrl+3'],
      ['Timeline', 'CmdOrCtrl+4'],
      ['People and Places', 'CmdOrCtrl+5'],
    ]);
    for (const item of goTo) item.click!();
    const sent = fake.BrowserWindow.all[0]!.webContents.sent.filter((s: { channel: string }) => s.channel === IPC_COMMAND);
    expect(sent.map((s: { args: unknown[] }) => s.args[0])).toEqual(['view-library', 'view-annotations', 'view-stories', 'view-timeline', 'view-people']);
  });

  it('switches the theme, tells the window and remembers it', async () => {
    const first = await started();
    (findMenuItem(first.fake.menu.current!.template, 'Dark')!.click as () => void)();
    expect(first.fake.nativeTheme.themeSource).toBe('dark');
    expect(first.fake.BrowserWindow.all[0]!.webContents.sent).toContainEqual({ channel: IPC_COMMAND, args: ['theme-dark'] });
    expect(findMenuItem(first.fake.menu.current!.template, 'Dark')!.checked).toBe(true);
    const prefs = readFileSync(join(first.userData, 'preferences.json'), 'utf8');
    const second = await started({ before: (ud) => writeFileSync(join(ud, 'preferences.json'), prefs) });
    expect(second.fake.nativeTheme.themeSource).toBe('dark');
  });

  it('follows the platform: an app menu on macOS, Quit under File elsewhere', async () => {
    const linux = await started();
    const linuxTop = linux.fake.menu.current!.template as { label?: string; submenu?: { role?: string }[] }[];
    expect(linuxTop.map((m) => m.label)).toEqual(['File', 'Edit', 'View', undefined]);
    expect(linuxTop[0]!.submenu!.map((i) => i.role)).toContain('quit');
    const mac = await started({ deps: { platform: 'darwin' } });
    const macTop = mac.fake.menu.current!.template as { label?: string; role?: string; submenu?: { role?: string }[] }[];
    expect(macTop[0]!.label).toBe('Parallax');
    expect(macTop[0]!.submenu!.map((i) => i.role)).toContain('quit');
    expect(macTop[1]!.submenu!.map((i) => i.role)).not.toContain('quit');
    expect(macTop.map((m) => m.role)).toContain('windowMenu');
    const view = findMenuItem(macTop, 'View')!.submenu as { role?: string }[];
    expect(view.map((i) => i.role)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
  });
});


describe('packaged app', () => {
  it('takes seeds and the native build from resources, and hides developer menu items', async () => {
    const { startLibrary, tmp, fake } = await started({
      packaged: true,
      before: (_ud, app) => {
        const native = join(app, '..', 'resources', 'electron-native');
        mkdirSync(native, { recursive: true });
        writeFileSync(join(native, 'better_sqlite3.node'), '');
      },
    });
    expect(startLibrary.mock.calls[0]![0]).toMatchObject({
      seedDir: join(tmp.dir, 'resources', 'seeds'),
      nativeBinding: join(tmp.dir, 'resources', 'electron-native', 'better_sqlite3.node'),
    });
    expect(findMenuItem(fake.menu.current!.template, 'View')!.submenu).not.toContainEqual({ role: 'toggleDevTools' });
  });
});
