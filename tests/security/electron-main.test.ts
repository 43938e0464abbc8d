import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { IPC_CALL } from '../../src/shared/api';
import { IPC_SAVE_PDF } from '../../src/shared/shell';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';
import { boot } from '../main/boot';
import { FakeWebContents } from '../main/fake-electron';

/**
 * The Electron main process as an attacker inside a hostile article would probe it, asserted
 * against the fake `electron` (no Electron binary runs here): the window's isolation, every
 * way to navigate or open a window, what reaches the system browser, who may call over IPC
 * and with what names, and permissions.
 */

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
async function started() {
  const b = await boot();
  cleanups.push(b.tmp.cleanup);
  const page = pathToFileURL(join(b.appPath, 'out', 'renderer', 'index.html')).href;
  return { ...b, page, top: { url: page, parent: null }, contents: b.fake.BrowserWindow.all[0]!.webContents };
}

const HOSTILE_URLS = [
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'file://server/share/x.exe',
  'smb://evil.example/share',
  'ms-msdt:/id PCWDiagnostic',
  'search-ms:query=x',
  'mailto:a@evil.example',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'about:blank',
  'blob:https://evil.example/1',
  'not a url',
];

describe('the window', () => {
  it('is isolated and sandboxed, without Node in the page, its workers or frames, and without <webview>', async () => {
    const { fake } = await started();
    for (const win of fake.BrowserWindow.all) {
      expect(win.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
      });
      expect(win.options.webPreferences).not.toHaveProperty('enableRemoteModule', true);
      expect(win.options.webPreferences).not.toHaveProperty('experimentalFeatures', true);
    }
  });

  it('sets the strict CSP on every response, replacing any the response brought', async () => {
    const { fake } = await started();
    const listener = fake.session.defaultSession.webRequest.headersListener!;
    for (const headers of [{}, { 'Content-Security-Policy': ["script-src 'unsafe-inline' *"] }, { 'content-security-policy': ['default-src *'], 'CONTENT-SECURITY-POLICY': ['x'] }]) {
      const r = await new Promise<{ responseHeaders: Record<string, string[]> }>((resolve) => listener({ url: 'file:///x', responseHeaders: headers }, resolve as never));
      const csp = Object.entries(r.responseHeaders).filter(([k]) => k.toLowerCase() === 'content-security-policy');
      expect(csp).toEqual([['Content-Security-Policy', [CONTENT_SECURITY_POLICY]]]);
    }
  });
});

describe('navigation, new windows and the system browser', () => {
  it('never navigates the window to a hostile URL and hands none of them to the system browser', async () => {
    const { contents, fake } = await started();
    for (const url of HOSTILE_URLS) {
      expect(contents.emitPreventable('will-navigate', url), url).toBe(true);
      expect(contents.emitPreventable('will-redirect', url), url).toBe(true);
      expect(contents.windowOpenHandler!({ url }), url).toEqual({ action: 'deny' });
    }
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens only plain http(s) links outside, and never inside the app', async () => {
    const { contents, fake } = await started();
    for (const url of ['https://www.tagesspiegel.de/politik/x.html', 'http://example.com/', 'HTTPS://EXAMPLE.COM/a']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
      expect(contents.emitPreventable('will-navigate', url)).toBe(true);
    }
    const opened = fake.shell.openExternal.mock.calls.map((c: unknown[]) => new URL(String(c[0])).protocol);
    expect(opened.length).toBeGreaterThan(0);
    expect(new Set(opened)).toEqual(new Set(['https:', 'http:']));
  });

  it('hardens web contents created later too (a devtools pane, a frame): same guards', async () => {
    const { fake } = await started();
    const later = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, later);
    expect(later.emitPreventable('will-navigate', 'https://evil.example/')).toBe(true);
    expect(later.emitPreventable('will-attach-webview', {}, {})).toBe(true);
    expect(later.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
  });

  it('refuses every permission a page can ask for', async () => {
    const { fake } = await started();
    const s = fake.session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'hid', 'serial', 'usb', 'idle-detection', 'window-management', 'unknown']) {
      const answer = await new Promise<boolean>((resolve) => s.permissionRequestHandler!({}, permission, resolve));
      expect(answer, permission).toBe(false);
      expect(s.permissionCheckHandler!({}, permission), permission).toBe(false);
    }
  });

  it('cancels every request that would leave the machine', async () => {
    const { fake } = await started();
    const listener = fake.session.defaultSession.webRequest.requestListener!;
    for (const url of ['https://evil.example/pixel.gif', 'http://127.0.0.1:5314/api/listArticles', 'ws://evil.example/', 'wss://x/', 'ftp://x/', 'https://fonts.googleapis.com/css']) {
      const r = await new Promise<{ cancel: boolean }>((resolve) => listener({ url }, resolve as never));
      expect(r.cancel, url).toBe(true);
    }
  });
});

describe('IPC', () => {
  it('answers only the app page itself: not a frame in it, another page, a file beside it, or a gone frame', async () => {
    const { fake, library, top, appPath } = await started();
    const renderer = join(appPath, 'out', 'renderer');
    const frames = [
      { url: top.url, parent: top },
      { url: 'https://evil.example/', parent: null },
      { url: 'about:blank', parent: null },
      { url: 'data:text/html,x', parent: null },
      { url: 'devtools://devtools/bundled/inspector.html', parent: null },
      { url: pathToFileURL(join(renderer, '..', 'main', 'index.js')).href, parent: null },
      { url: `${pathToFileURL(renderer).href}-evil/index.html`, parent: null },
      { url: pathToFileURL('/etc/passwd').href, parent: null },
      null,
    ];
    for (const frame of frames) {
      for (const channel of [IPC_CALL, IPC_SAVE_PDF]) {
        const r = await fake.ipcMain.invoke(frame, channel, ...(channel === IPC_CALL ? ['deleteAnnotation', ['x']] : [{ suggestedName: 'x.pdf' }]));
        expect(r, `${channel} from ${frame?.url}`).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      }
    }
    expect(library.api.deleteAnnotation).not.toHaveBeenCalled();
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('calls only methods of the contract, whatever the name', async () => {
    const { fake, top } = await started();
    for (const m of ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then', 'close', 'onEvent', 'require', 'process', ' getAppInfo', 'getAppInfo\u0000', '', 0, {}, ['getAppInfo'], null, undefined]) {
      const r = await fake.ipcMain.invoke(top, IPC_CALL, m, []);
      expect(r, String(m)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    for (const args of [{ length: 1, 0: 'x' }, 'x', null, 42]) {
      expect(await fake.ipcMain.invoke(top, IPC_CALL, 'getAppInfo', args)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(await fake.ipcMain.invoke(top, IPC_CALL, 'getAppInfo', [])).toMatchObject({ ok: true });
  });
});
