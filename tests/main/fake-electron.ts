import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { ElectronLike } from '../../src/main/electron-like';

/**
 * A stand-in for the `electron` module: enough of app, BrowserWindow, session, ipcMain,
 * ipcRenderer and contextBridge for the main process and the preload to run in Node, and to
 * record what they asked Electron to do.
 */

type Listener = (...args: never[]) => unknown;
type Handler = (event: unknown, ...args: unknown[]) => unknown;

/** A frame as `event.senderFrame` gives it. */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  /** Renders the page as PDF bytes (Electron: with the print stylesheet). */
  printToPDF = vi.fn(async (_options: Record<string, unknown>): Promise<Uint8Array> => new TextEncoder().encode('%PDF-1.7 fake page\n%%EOF\n'));
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  /** Where `send` delivers, when a preload is attached (see `connectRenderer`). */
  deliver: ((channel: string, args: unknown[]) => void) | null = null;
  send(channel: string, ...args: unknown[]) {
    this.sent.push({ channel, args });
    this.deliver?.(channel, args);
  }
  setWindowOpenHandler(h: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = h;
  }
  isDestroyed() {
    return false;
  }
  /** Emits `name` with an event whose `preventDefault` is recorded; returns whether it was prevented. */
  emitPreventable(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Builds a fake electron module. `app` starts with `isPackaged: false`. */
export function createFakeElectron(opts: { appData: string; appPath: string; lock?: boolean }) {
  const paths: Record<string, string> = { appData: opts.appData, userData: `${opts.appData}/Electron`, documents: `${opts.appData}/Documents`, home: opts.appData };
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setPath: vi.fn((name: string, value: string) => void (paths[name] = value)),
    getPath: vi.fn((name: string) => {
      const p = paths[name];
      if (!p) throw new Error(`fake app.getPath: no path "${name}"`);
      return p;
    }),
    getAppPath: () => opts.appPath,
    requestSingleInstanceLock: vi.fn(() => opts.lock ?? true),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    exit: vi.fn(),
  });

  let focused: FakeBrowserWindow | null = null;
  class FakeBrowserWindow extends EventEmitter {
    static readonly all: FakeBrowserWindow[] = [];
    static getAllWindows = () => FakeBrowserWindow.all.filter((w) => !w.destroyed);
    static getFocusedWindow = () => focused;
    static fromWebContents = (contents: unknown) => FakeBrowserWindow.all.find((w) => w.webContents === contents) ?? null;
    readonly webContents = new FakeWebContents();
    readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> };
    loaded: { file?: string; url?: string } = {};
    bounds: Bounds;
    maximized = false;
    destroyed = false;
    visible = false;
    constructor(options: FakeBrowserWindow['options']) {
      super();
      this.options = options;
      this.bounds = {
        x: (options.x as number | undefined) ?? 10,
        y: (options.y as number | undefined) ?? 10,
        width: options.width as number,
        height: options.height as number,
      };
      FakeBrowserWindow.all.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadFile(file: string) {
      this.loaded = { file };
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.loaded = { url };
      return Promise.resolve();
    }
    getNormalBounds() {
      return { ...this.bounds };
    }
    isMaximized() {
      return this.maximized;
    }
    maximize() {
      this.maximized = true;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    show() {
      this.visible = true;
    }
    focus() {
      focused = this;
    }
    isDestroyed() {
      return this.destroyed;
    }
    /** What a user closing the window causes. */
    close() {
      this.emit('close', { preventDefault() {} });
      this.destroyed = true;
      this.emit('closed');
    }
  }

  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, h: Handler) => {
      if (handlers.has(channel)) throw new Error(`fake ipcMain: second handler for ${channel}`);
      handlers.set(channel, h);
    }),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
    handlers,
    /** Calls the handler of `channel` as a renderer in `frame` would. */
    invoke(frame: FakeFrame | null, channel: string, ...args: unknown[]) {
      return ipcMain.invokeFrom({}, frame, channel, ...args);
    },
    /** The same, from the page in `sender` (a window's `webContents`). */
    async invokeFrom(sender: unknown, frame: FakeFrame | null, channel: string, ...args: unknown[]) {
      const h = handlers.get(channel);
      if (!h) throw new Error(`No handler registered for '${channel}'`);
      // IPC copies with structured clone in both directions.
      const result = await h({ senderFrame: frame, sender }, ...structuredClone(args));
      return structuredClone(result);
    },
  };

  const webRequest = {
    headersListener: null as null | ((d: unknown, cb: (r: unknown) => void) => void),
    requestListener: null as null | ((d: unknown, cb: (r: unknown) => void) => void),
    onHeadersReceived(l: (d: unknown, cb: (r: unknown) => void) => void) {
      this.headersListener = l;
    },
    onBeforeRequest(l: (d: unknown, cb: (r: unknown) => void) => void) {
      this.requestListener = l;
    },
  };
  const defaultSession = {
    webRequest,
    permissionRequestHandler: null as null | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheckHandler: null as null | ((...a: unknown[]) => boolean),
    setPermissionRequestHandler(h: (wc: unknown, p: string, cb: (ok: boolean) => void) => void) {
      this.permissionRequestHandler = h;
    },
    setPermissionCheckHandler(h: (...a: unknown[]) => boolean) {
      this.permissionCheckHandler = h;
    },
  };

  const menu = { current: null as null | { template: unknown[] } };
  const displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];

  const fake = {
    app,
    BrowserWindow: FakeBrowserWindow,
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: vi.fn((m: { template: unknown[] } | null) => void (menu.current = m)),
    },
    dialog: {
      showOpenDialog: vi.fn(async (..._a: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
      showErrorBox: vi.fn((_title: string, _content: string) => {}),
      showSaveDialog: vi.fn(async (..._a: unknown[]) => ({ canceled: true, filePath: '' })),
    },
    ipcMain,
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    screen: { getAllDisplays: () => displays, getPrimaryDisplay: () => displays[0]! },
    session: { defaultSession },
    shell: { openExternal: vi.fn(async (_url: string) => {}) },
    // test-side handles
    menu,
    displays,
  };
  return fake;
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** The fake as the type the shell takes. */
export const asElectron = (fake: FakeElectron) => fake as unknown as ElectronLike;

/** Finds a menu item by label anywhere in a template. */
export function findMenuItem(template: unknown[], label: string): Record<string, unknown> | undefined {
  for (const item of template as Record<string, unknown>[]) {
    if (item.label === label) return item;
    if (Array.isArray(item.submenu)) {
      const found = findMenuItem(item.submenu, label);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * A renderer-side `ipcRenderer` wired to a fake main: `invoke` reaches the handler `bindIpc`
 * registered (as the app's top frame), and `webContents.send` reaches `on` listeners.
 */
export function connectRenderer(fake: FakeElectron, contents: FakeWebContents, frame: FakeFrame) {
  const emitter = new EventEmitter();
  contents.deliver = (channel, args) => emitter.emit(channel, { sender: 'ipc-event' }, ...structuredClone(args));
  return {
    invoke: (channel: string, ...args: unknown[]) => fake.ipcMain.invokeFrom(contents, frame, channel, ...args),
    on: (channel: string, l: Listener) => void emitter.on(channel, l as (...a: unknown[]) => void),
    removeListener: (channel: string, l: Listener) => void emitter.removeListener(channel, l as (...a: unknown[]) => void),
    listenerCount: (channel: string) => emitter.listenerCount(channel),
  };
}

/**
 * What `contextBridge` does to a value on its way into the page: functions are wrapped,
 * data is copied, and a thrown or rejected `Error` arrives as a bare `Error` with only its
 * message (Electron rebuilds it in the page's world), while plain objects keep their fields.
 */
export function bridgeCopy(value: unknown): unknown {
  if (typeof value === 'function') {
    return (...args: unknown[]) => {
      const crossError = (e: unknown) => (e instanceof Error ? new Error(e.message) : bridgeCopy(e));
      let out: unknown;
      try {
        out = (value as (...a: unknown[]) => unknown)(...args.map(bridgeCopy));
      } catch (e) {
        throw crossError(e);
      }
      if (out instanceof Promise) {
        return out.then(bridgeCopy, (e: unknown) => {
          throw crossError(e);
        });
      }
      return bridgeCopy(out);
    };
  }
  if (value instanceof Error) return new Error(value.message);
  if (Array.isArray(value)) return value.map(bridgeCopy);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bridgeCopy(v)]));
  }
  return value;
}
