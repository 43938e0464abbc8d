import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, screen, session, shell } from 'electron';
import { startLibrary } from '../core/host';
import { APP_VERSION } from '../core/version';
import { createMainApp } from './app';

// The only file that touches the real `electron` module; everything else is in app.ts.
const main = createMainApp(
  { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, screen, session, shell },
  {
    mainDir: import.meta.dirname,
    version: APP_VERSION,
    startLibrary,
    argv: process.argv,
    env: process.env,
    platform: process.platform,
    resourcesPath: process.resourcesPath,
  },
);

main.start().catch((e: unknown) => {
  dialog.showErrorBox('Parallax could not start', e instanceof Error ? (e.stack ?? e.message) : String(e));
  app.exit(1);
});
