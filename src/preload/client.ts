import { IPC_CALL, IPC_COMMAND, IPC_EVENT, type MenuCommand, type ParallaxApi, type ParallaxClient } from '../shared/api';
import { isApiError, type Result } from '../shared/errors';
import type { ParallaxEvent } from '../shared/events';
import { createApiProxy } from '../shared/rpc';
import { IPC_SAVE_PDF, type SavePdfRequest, type SavePdfResult, type ShellCapabilities } from '../shared/shell';

/**
 * What the window sees as `window.parallax` under Electron: the client, menu commands and the
 * shell's window capabilities (save as PDF).
 */
export interface DesktopClient extends ParallaxClient, ShellCapabilities {
  /** Calls `listener` for every app-menu command until the returned function is called. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The part of `ipcRenderer` the client uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** Every `MenuCommand`; a command main sends that is not here is dropped. */
const MENU_COMMANDS = [
  'import',
  'add-text',
  'print',
  'theme-light',
  'theme-dark',
  'theme-system',
  'find',
  'shortcuts',
  'view-library',
  'view-annotations',
  'view-stories',
  'view-timeline',
  'view-people',
] as const satisfies readonly MenuCommand[];
type Unlisted = Exclude<MenuCommand, (typeof MENU_COMMANDS)[number]>;
const allListed: Unlisted extends never ? true : Unlisted = true;
void allListed;

const isMenuCommand = (x: unknown): x is MenuCommand => (MENU_COMMANDS as readonly unknown[]).includes(x);
const isEvent = (x: unknown): x is ParallaxEvent =>
  typeof x === 'object' && x !== null && typeof (x as { type?: unknown }).type === 'string';

/**
 * Builds the object the preload exposes. Every API method is one `invoke(IPC_CALL, …)`
 * through `createApiProxy`; listeners get only the payload, never the IPC event (whose
 * `sender` would hand the page an IPC handle).
 *
 * Rejections are plain `{ name: 'ApiError', code, message, messageCoded? }` objects rather than `ApiError`s:
 * `contextBridge` copies an `Error` as a bare `Error` with only its message, which would drop
 * the `code` the renderer branches on. `isApiError()` accepts the plain shape.
 */
export function createDesktopClient(ipc: IpcRendererLike): DesktopClient {
  const proxy = createApiProxy((method, args) => ipc.invoke(IPC_CALL, method, args) as Promise<Result<unknown>>);
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [method, fn] of Object.entries(proxy as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)) {
    api[method] = (...args) =>
      fn(...args).catch((e: unknown) => {
        throw isApiError(e)
          ? { name: 'ApiError', code: e.code, message: e.message, ...(e.messageCoded ? { messageCoded: e.messageCoded } : {}) }
          : { name: 'ApiError', code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
      });
  }

  // A shell capability: one invoke, the same Result envelope and error shape as the API.
  const savePdf = async (request: SavePdfRequest): Promise<SavePdfResult> => {
    let result: Result<SavePdfResult>;
    try {
      result = (await ipc.invoke(IPC_SAVE_PDF, request)) as Result<SavePdfResult>;
    } catch (e) {
      throw { name: 'ApiError', code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
    }
    if (!result?.ok) throw { name: 'ApiError', code: result?.error?.code ?? 'INTERNAL', message: result?.error?.message ?? 'savePdf: no answer from the shell', ...(result?.error?.messageCoded ? { messageCoded: result.error.messageCoded } : {}) };
    return result.value;
  };

  const subscribe = <T>(channel: string, accept: (x: unknown) => x is T, listener: (value: T) => void) => {
    const handler = (_event: unknown, payload: unknown) => {
      if (accept(payload)) listener(payload);
    };
    ipc.on(channel, handler);
    return () => void ipc.removeListener(channel, handler);
  };

  return {
    ...(api as unknown as ParallaxApi),
    onEvent: (listener) => subscribe(IPC_EVENT, isEvent, listener),
    onCommand: (listener) => subscribe(IPC_COMMAND, isMenuCommand, listener),
    savePdf,
  };
}
