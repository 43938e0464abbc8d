import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, IPC_CALL, IPC_COMMAND, IPC_EVENT } from '../../src/shared/api';
import { IPC_SAVE_PDF } from '../../src/shared/shell';
import { isApiError } from '../../src/shared/errors';
import type { DesktopClient } from '../../src/preload/client';
import { bridgeCopy } from './fake-electron';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
  return {
    exposed: [] as [string, unknown][],
    replies: [] as unknown[],
    listeners,
    ipcRenderer: {
      invoke: (..._args: unknown[]): Promise<unknown> => Promise.resolve(electron.replies.shift()),
      on: (channel: string, l: (...a: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(l);
      },
      removeListener: (channel: string, l: (...a: unknown[]) => void) => void listeners.get(channel)?.delete(l),
      send: () => {},
    },
    emit(channel: string, payload: unknown) {
      for (const l of listeners.get(channel) ?? []) l({ sender: 'an IpcRenderer handle' }, payload);
    },
  };
});
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.push([key, api]) },
  ipcRenderer: electron.ipcRenderer,
}));

let client: DesktopClient;
beforeAll(async () => {
  await import('../../src/preload/index');
  client = bridgeCopy(electron.exposed[0]![1]) as DesktopClient;
});

describe('preload', () => {
  it('exposes one object, window.parallax: the API methods, onEvent, onCommand and savePdf, no IPC handle', () => {
    expect(electron.exposed.map(([k]) => k)).toEqual(['parallax']);
    const api = electron.exposed[0]![1] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'onCommand', 'onEvent', 'savePdf'].sort());
    for (const value of Object.values(api)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(electron.ipcRenderer.invoke);
    }
  });

  it('sends each call as invoke(IPC_CALL, method, args) and unwraps the result', async () => {
    const invoke = vi.spyOn(electron.ipcRenderer, 'invoke');
    electron.replies.push({ ok: true, value: { items: [], total: 0 } });
    await expect(client.listArticles({ limit: 3 })).resolves.toEqual({ items: [], total: 0 });
    expect(invoke).toHaveBeenCalledWith(IPC_CALL, 'listArticles', [{ limit: 3 }]);
  });

  it('rejects with an error whose code survives the context bridge', async () => {
    electron.replies.push({ ok: false, error: { code: 'NOT_FOUND', message: 'library: no article with id "x"' } });
    const e = await client.getArticle('x' as never).catch((err: unknown) => err);
    expect(isApiError(e)).toBe(true);
    expect(e).toEqual({ name: 'ApiError', code: 'NOT_FOUND', message: 'library: no article with id "x"' });
  });

  it('turns a failed transport into INTERNAL', async () => {
    vi.spyOn(electron.ipcRenderer, 'invoke').mockRejectedValueOnce(new Error('channel closed'));
    await expect(client.getAppInfo()).rejects.toEqual({ name: 'ApiError', code: 'INTERNAL', message: 'channel closed' });
  });

  it('sends savePdf as invoke(IPC_SAVE_PDF, request); a refusal keeps its code, a cancel is no error', async () => {
    const invoke = vi.spyOn(electron.ipcRenderer, 'invoke');
    const request = { suggestedName: 'x.pdf', landscape: true };
    electron.replies.push({ ok: true, value: { saved: true, path: '/home/a/x.pdf' } });
    await expect(client.savePdf(request)).resolves.toEqual({ saved: true, path: '/home/a/x.pdf' });
    expect(invoke).toHaveBeenLastCalledWith(IPC_SAVE_PDF, request);
    electron.replies.push({ ok: true, value: { saved: false } });
    await expect(client.savePdf(request)).resolves.toEqual({ saved: false });
    electron.replies.push({ ok: false, error: { code: 'BAD_INPUT', message: 'savePdf: suggestedName must be a string' } });
    await expect(client.savePdf(request)).rejects.toEqual({ name: 'ApiError', code: 'BAD_INPUT', message: 'savePdf: suggestedName must be a string' });
    invoke.mockRejectedValueOnce(new Error('channel closed'));
    await expect(client.savePdf(request)).rejects.toEqual({ name: 'ApiError', code: 'INTERNAL', message: 'channel closed' });
  });

  it('passes events and menu commands to listeners without the IPC event, until unsubscribed', () => {
    const events: unknown[] = [];
    const commands: unknown[] = [];
    const offEvent = client.onEvent((e) => events.push(e));
    const offCommand = client.onCommand((c) => commands.push(c));
    electron.emit(IPC_EVENT, { type: 'libraryChanged' });
    electron.emit(IPC_COMMAND, 'add-text');
    electron.emit(IPC_COMMAND, 'view-stories');
    electron.emit(IPC_COMMAND, 'format-disk');
    electron.emit(IPC_EVENT, 'not an event');
    offEvent();
    offCommand();
    electron.emit(IPC_EVENT, { type: 'libraryChanged' });
    electron.emit(IPC_COMMAND, 'find');
    expect(events).toEqual([{ type: 'libraryChanged' }]);
    expect(commands).toEqual(['add-text', 'view-stories']);
    expect(electron.listeners.get(IPC_EVENT)?.size).toBe(0);
  });
});
