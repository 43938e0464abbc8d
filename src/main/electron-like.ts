import type * as Electron from 'electron';

/**
 * The parts of the `electron` module the shell uses. `index.ts` passes the real module; tests
 * pass a fake with the same names, so the whole main process runs without an Electron binary.
 * Only types are imported here: loading `electron` outside Electron would try to download it.
 */
export type ElectronLike = Pick<
  typeof Electron,
  'app' | 'BrowserWindow' | 'Menu' | 'dialog' | 'ipcMain' | 'nativeTheme' | 'screen' | 'session' | 'shell'
>;

export type { Electron };
