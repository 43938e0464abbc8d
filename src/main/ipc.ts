import { IPC_CALL, IPC_EVENT, type ParallaxApi } from '../shared/api';
import type { ParallaxEvent } from '../shared/events';
import type { Result } from '../shared/errors';
import { dispatch } from '../shared/rpc';
import type { Electron } from './electron-like';

/** Decides whether an IPC message comes from the app's own top-level page. */
export type SenderCheck = (frame: Electron.WebFrameMain | null) => boolean;

/**
 * Binds the whole API to one channel: `invoke(IPC_CALL, method, args)` answers with a
 * `Result`, never a thrown error (Electron would flatten it to a message). The method is
 * checked against `API_METHODS` by `dispatch`; the sender frame by `isTrusted`, so a
 * subframe or a page that somehow got loaded from elsewhere cannot call the library.
 *
 * @returns a function that removes the handler.
 */
export function bindIpc(ipcMain: Electron.IpcMain, api: ParallaxApi, isTrusted: SenderCheck): () => void {
  ipcMain.handle(IPC_CALL, async (event, method: unknown, args: unknown): Promise<Result<unknown>> => {
    const frame = event.senderFrame;
    if (!isTrusted(frame)) {
      return {
        ok: false,
        error: { code: 'UNAUTHORIZED', message: `ipc: call refused from frame ${JSON.stringify(frame?.url ?? null)}` },
      };
    }
    return dispatch(api, method, args);
  });
  return () => ipcMain.removeHandler(IPC_CALL);
}

/**
 * A sender check that accepts only a main frame (no parent) whose URL passes `isAppUrl`.
 * `senderFrame` is null when the frame navigated or was destroyed before the message arrived.
 */
export function topFrameOf(isAppUrl: (url: string) => boolean): SenderCheck {
  return (frame) => frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** Sends one library event to every open window. */
export function broadcastEvent(windows: Electron.BrowserWindow[], event: ParallaxEvent): void {
  for (const win of windows) {
    if (!win.isDestroyed() && !win.webContents.isDestroyed()) win.webContents.send(IPC_EVENT, event);
  }
}
