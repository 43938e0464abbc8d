// A minimal `electron` for running the built main bundle in Node (see built-main.test.ts). When
// main opens its window, it calls the IPC handler as the window's page would, prints the
// result as one JSON line, then quits the way the app does.
import { EventEmitter } from 'node:events';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const paths = { appData: process.env.FAKE_APP_DATA };
const handlers = new Map();
const report = (line) => process.stdout.write(`FAKE ${JSON.stringify(line)}\n`);

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  setPath: (k, v) => void (paths[k] = v),
  getPath: (k) => paths[k],
  getAppPath: () => process.env.FAKE_APP_PATH,
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  quit: () => process.exit(0),
  exit: (code) => process.exit(code),
});

class WebContents extends EventEmitter {
  send() {}
  setWindowOpenHandler() {}
  isDestroyed() {
    return false;
  }
}

export class BrowserWindow extends EventEmitter {
  static all = [];
  static getAllWindows = () => BrowserWindow.all;
  static getFocusedWindow = () => null;
  webContents = new WebContents();
  constructor(options) {
    super();
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
    const rendererIndex = join(dirname(dirname(options.webPreferences.preload)), 'renderer', 'index.html');
    const frame = { url: pathToFileURL(rendererIndex).href, parent: null };
    setImmediate(async () => {
      const call = (method, args) => handlers.get('parallax:call')({ senderFrame: frame }, method, args);
      report({ webPreferences: options.webPreferences });
      report({ list: await call('listArticles', []) });
      report({ info: await call('getAppInfo', []) });
      app.emit('will-quit', { preventDefault() {} });
    });
  }
  loadFile() {
    return Promise.resolve();
  }
  loadURL() {
    return Promise.resolve();
  }
  once(...a) {
    return super.once(...a);
  }
  maximize() {}
  isDestroyed() {
    return false;
  }
}

export const Menu = { buildFromTemplate: (t) => t, setApplicationMenu() {} };
export const dialog = {
  showErrorBox: (title, text) => {
    report({ errorBox: { title, text } });
  },
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
};
export const ipcMain = { handle: (c, h) => void handlers.set(c, h), removeHandler: (c) => void handlers.delete(c) };
export const nativeTheme = { themeSource: 'system', shouldUseDarkColors: false };
const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
export const screen = { getAllDisplays: () => [display], getPrimaryDisplay: () => display };
export const session = {
  defaultSession: {
    webRequest: { onHeadersReceived() {}, onBeforeRequest() {} },
    setPermissionRequestHandler() {},
    setPermissionCheckHandler() {},
  },
};
export const shell = { openExternal: async () => {} };
export default { app, BrowserWindow, Menu, dialog, ipcMain, nativeTheme, screen, session, shell };
