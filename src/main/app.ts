import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { IPC_COMMAND, type JobId, type MenuCommand } from '../shared/api';
import { isApiError } from '../shared/errors';
import type { LibraryHandle, StartOptions } from '../core/host';
import type { Electron, ElectronLike } from './electron-like';
import { bindIpc, broadcastEvent, topFrameOf } from './ipc';
import { buildMenuTemplate } from './menu';
import { bindSavePdf } from './pdf';
import { libraryOverrideFrom, resolveShellPaths, type ShellPaths } from './paths';
import { loadPreferences, PREFERENCES_FILE, savePreferences, type Theme } from './preferences';
import { hardenSession, hardenWebContents, isAppUrl, isExternalLink, type AppOrigin } from './security';
import {
  captureWindowState,
  fitToDisplays,
  loadWindowState,
  MIN_HEIGHT,
  MIN_WIDTH,
  saveWindowState,
  WINDOW_STATE_FILE,
} from './window-state';

/** The app's name: the userData folder (shared with the CLI's default library) and menus. */
export const APP_NAME = 'Parallax';

/** What the shell takes from outside Electron; tests pass their own. */
export interface MainDeps {
  /** Folder of the built main bundle (`out/main`). */
  mainDir: string;
  version: string;
  startLibrary(opts: StartOptions): Promise<LibraryHandle>;
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  resourcesPath: string;
  /** Run the library on a worker thread (default). Tests turn it off to stay in one process. */
  useWorker?: boolean;
}

/** The running shell, as `index.ts` and tests see it. */
export interface MainApp {
  /** Starts the app; resolves when the window exists, or once it decided to quit. */
  start(): Promise<void>;
  /** The main window, or null before it opens. */
  readonly window: Electron.BrowserWindow | null;
  readonly paths: ShellPaths;
}

/**
 * The Electron main process: one window over one library. Owns the app lifecycle
 * (single instance, quit closes the library), the window's security settings, the menu and
 * the IPC binding. Everything Electron is reached through `electron`, so the whole of it
 * runs in tests against a fake.
 */
export function createMainApp(electron: ElectronLike, deps: MainDeps): MainApp {
  const { app, BrowserWindow, Menu, dialog, ipcMain, nativeTheme, screen, session, shell } = electron;
  const isMac = deps.platform === 'darwin';

  // Before anything reads userData (the single-instance lock does): the same folder name as
  // `defaultLibraryPath()` in core, so the CLI and the app open the same library. Chromium's
  // `--user-data-dir=DIR` (tests, a second profile) wins, as it does in any Electron app.
  if (!deps.argv.some((a) => a.startsWith('--user-data-dir='))) {
    app.setPath('userData', join(app.getPath('appData'), APP_NAME));
  }
  const userData = app.getPath('userData');
  const paths = resolveShellPaths({
    mainDir: deps.mainDir,
    appPath: app.getAppPath(),
    resourcesPath: deps.resourcesPath,
    userData,
    isPackaged: app.isPackaged,
    libraryOverride: libraryOverrideFrom(deps.argv, deps.env),
  });
  const origin: AppOrigin = {
    rendererDir: paths.rendererDir,
    devServerUrl: !app.isPackaged && deps.env.ELECTRON_RENDERER_URL ? deps.env.ELECTRON_RENDERER_URL : null,
  };
  const stateFile = join(userData, WINDOW_STATE_FILE);
  const prefsFile = join(userData, PREFERENCES_FILE);
  let prefs = loadPreferences(prefsFile);
  let library: LibraryHandle | null = null;
  let mainWindow: Electron.BrowserWindow | null = null;

  const openExternal = (url: string) => {
    if (isExternalLink(url)) void shell.openExternal(url);
  };

  const targetWindow = () => BrowserWindow.getFocusedWindow() ?? mainWindow;

  const send = (command: MenuCommand) => {
    const win = targetWindow();
    if (win && !win.isDestroyed()) win.webContents.send(IPC_COMMAND, command);
  };

  const setMenu = () => {
    const template = buildMenuTemplate({
      platform: deps.platform,
      appName: APP_NAME,
      theme: prefs.theme,
      isDev: !app.isPackaged,
      importPaths: (folders) => void importPaths(folders),
      setTheme,
      send,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  function setTheme(theme: Theme): void {
    nativeTheme.themeSource = theme;
    prefs = { ...prefs, theme };
    try {
      savePreferences(prefsFile, prefs);
    } catch (e) {
      // Best effort: the theme still applies for this run.
      console.error(`main: could not save preferences to "${prefsFile}": ${String(e)}`);
    }
    setMenu();
    send(`theme-${theme}`);
  }

  async function importPaths(folders: boolean): Promise<void> {
    if (!library) return;
    const properties: Electron.OpenDialogOptions['properties'] = folders
      ? ['openDirectory', 'multiSelections']
      : isMac
        ? ['openFile', 'openDirectory', 'multiSelections']
        : ['openFile', 'multiSelections'];
    const options: Electron.OpenDialogOptions = {
      title: folders ? 'Import folders' : 'Import reports',
      buttonLabel: 'Import',
      properties,
      filters: folders
        ? []
        : [
            { name: 'Reports', extensions: ['txt', 'text', 'html', 'htm', 'md', 'markdown', 'json', 'jsonl'] },
            { name: 'All files', extensions: ['*'] },
          ],
    };
    const win = targetWindow();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    if (result.canceled || result.filePaths.length === 0) return;
    try {
      // Progress and the report reach the window as ingestProgress / ingestDone events of this
      // job, which the window takes up as its own import (shown, and stoppable by its id).
      await library.api.ingestPaths(result.filePaths, { jobId: randomUUID() as JobId });
    } catch (e) {
      dialog.showErrorBox('Import failed', messageOf(e));
    }
  }

  function createWindow(): Electron.BrowserWindow {
    const state = fitToDisplays(loadWindowState(stateFile), screen.getAllDisplays(), screen.getPrimaryDisplay());
    const win = new BrowserWindow({
      ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
      width: state.width,
      height: state.height,
      minWidth: MIN_WIDTH,
      minHeight: MIN_HEIGHT,
      show: false,
      title: APP_NAME,
      // Matches the renderer's page colour, so the first frame does not flash.
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1c1e' : '#ffffff',
      webPreferences: {
        preload: paths.preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
      },
    });
    if (state.isMaximized) win.maximize();
    win.once('ready-to-show', () => win.show());
    win.on('close', () => {
      try {
        saveWindowState(stateFile, captureWindowState(win));
      } catch (e) {
        // Best effort: the next run opens at the default size.
        console.error(`main: could not save window state to "${stateFile}": ${String(e)}`);
      }
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    if (origin.devServerUrl) void win.loadURL(origin.devServerUrl);
    else void win.loadFile(paths.rendererIndex);
    mainWindow = win;
    return win;
  }

  async function start(): Promise<void> {
    if (!app.requestSingleInstanceLock()) {
      // Another Parallax has the library open; it was told to come forward (second-instance).
      app.quit();
      return;
    }
    app.on('second-instance', () => {
      const win = mainWindow;
      if (!win) return;
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    });
    app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origin, openExternal));
    app.on('window-all-closed', () => {
      if (!isMac) app.quit();
    });
    let closing = false;
    app.on('will-quit', (event) => {
      if (!library || closing) return;
      // Let the worker finish its transaction and checkpoint the WAL before the process ends.
      event.preventDefault();
      closing = true;
      void library.close().finally(() => {
        library = null;
        app.quit();
      });
    });

    await app.whenReady();
    hardenSession(session.defaultSession, origin);
    nativeTheme.themeSource = prefs.theme;

    try {
      library = await deps.startLibrary({
        path: paths.libraryPath,
        seedDir: paths.seedDir,
        host: 'electron',
        version: deps.version,
        ...(paths.nativeBinding ? { nativeBinding: paths.nativeBinding } : {}),
        ...(deps.useWorker === false ? {} : { workerFile: paths.workerFile, extractWorkerFile: paths.extractWorkerFile }),
      });
    } catch (e) {
      dialog.showErrorBox('Parallax cannot open its library', libraryErrorMessage(e, paths, app.isPackaged));
      app.exit(1);
      return;
    }
    const isAppFrame = topFrameOf((url) => isAppUrl(url, origin));
    bindIpc(ipcMain, library.api, isAppFrame);
    bindSavePdf({ app, BrowserWindow, dialog, ipcMain }, isAppFrame);
    library.onEvent((event) => broadcastEvent(BrowserWindow.getAllWindows(), event));
    setMenu();
    createWindow();
    app.on('activate', () => {
      // macOS: clicking the dock icon with no window open opens one.
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  }

  return {
    start,
    get window() {
      return mainWindow;
    },
    paths,
  };
}

function messageOf(e: unknown): string {
  return isApiError(e) || e instanceof Error ? e.message : String(e);
}

/**
 * The text of the error box shown when the library cannot be opened. The file is left as it
 * is (core never rewrites a file it does not recognise); the box says where it is.
 */
export function libraryErrorMessage(e: unknown, paths: ShellPaths, isPackaged: boolean): string {
  let text = messageOf(e);
  // A better-sqlite3 built for Node, loaded into Electron: say how to make the right build.
  if (!isPackaged && /NODE_MODULE_VERSION|different Node\.js version/.test(text)) {
    text += '\n\nbetter-sqlite3 is built for Node, not Electron. Run "node scripts/electron-native.mjs" and start again.';
  }
  return `${text}\n\nLibrary: ${paths.libraryPath}`;
}
