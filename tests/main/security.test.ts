import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAllowedRequest, isAppUrl, type AppOrigin } from '../../src/main/security';
import { boot } from './boot';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
async function started(env: NodeJS.ProcessEnv = {}) {
  const b = await boot({ deps: { env } });
  cleanups.push(b.tmp.cleanup);
  const session = b.fake.session.defaultSession;
  const call = <T>(listener: ((d: unknown, cb: (r: unknown) => void) => void) | null, details: unknown) =>
    new Promise<T>((resolve) => listener!(details, resolve as (r: unknown) => void));
  return {
    ...b,
    headers: (responseHeaders: Record<string, string[]>) =>
      call<{ responseHeaders: Record<string, string[]> }>(session.webRequest.headersListener, { url: 'file:///x', responseHeaders }),
    request: (url: string) => call<{ cancel: boolean }>(session.webRequest.requestListener, { url }),
    contents: b.fake.BrowserWindow.all[0]!.webContents,
  };
}

describe('Content Security Policy', () => {
  it('is strict: only the app itself, no inline scripts, no plugins, no framing, no forms', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|https?:/);
  });

  it('is set on every response, replacing any policy the response had', async () => {
    const { headers } = await started();
    const r = await headers({ 'content-type': ['text/html'], 'content-security-policy': ['default-src *'] });
    expect(r.responseHeaders).toEqual({ 'content-type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('requests', () => {
  it('cancels every request to a remote origin', async () => {
    const { request } = await started();
    for (const url of ['https://example.com/', 'http://127.0.0.1:8080/api', 'ws://localhost:5173/', 'ftp://x/', 'blob:https://x/1', 'nonsense']) {
      expect((await request(url)).cancel, url).toBe(true);
    }
  });

  it('lets the app load its own files, data: images and devtools', async () => {
    const { request, appPath } = await started();
    for (const url of [pathToFileURL(join(appPath, 'out', 'renderer', 'index.html')).href, 'data:image/png;base64,AAAA', 'devtools://devtools/bundled/x.html']) {
      expect((await request(url)).cancel, url).toBe(false);
    }
  });

  it('lets the dev server and its HMR socket through in development only', async () => {
    const dev = await started({ ELECTRON_RENDERER_URL: 'http://localhost:5173' });
    expect((await dev.request('http://localhost:5173/src/main.ts')).cancel).toBe(false);
    expect((await dev.request('ws://localhost:5173/')).cancel).toBe(false);
    expect((await dev.request('http://localhost:5174/')).cancel).toBe(true);
    const packaged = await boot({ packaged: true, deps: { env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } } });
    cleanups.push(packaged.tmp.cleanup);
    const listener = packaged.fake.session.defaultSession.webRequest.requestListener!;
    const r = await new Promise<{ cancel: boolean }>((resolve) => listener({ url: 'http://localhost:5173/' }, resolve as never));
    expect(r.cancel).toBe(true);
    expect(packaged.fake.BrowserWindow.all[0]!.loaded.file).toBeDefined();
  });

  it('refuses every permission request and check', async () => {
    const { fake } = await started();
    const s = fake.session.defaultSession;
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      const answer = await new Promise<boolean>((resolve) => s.permissionRequestHandler!({}, permission, resolve));
      expect(answer, permission).toBe(false);
      expect(s.permissionCheckHandler!({}, permission)).toBe(false);
    }
  });
});

describe('navigation and new windows', () => {
  it('prevents navigating away from the app and opens http(s) links in the system browser', async () => {
    const { contents, fake } = await started();
    expect(contents.emitPreventable('will-navigate', 'https://example.com/article')).toBe(true);
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://example.com/article');
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share']) {
      expect(contents.emitPreventable('will-navigate', url), url).toBe(true);
    }
    expect(fake.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(contents.emitPreventable('will-redirect', 'https://example.com/')).toBe(true);
  });

  it('allows navigation inside the built renderer', async () => {
    const { contents, appPath } = await started();
    const inside = pathToFileURL(join(appPath, 'out', 'renderer', 'index.html')).href + '#/article/1';
    expect(contents.emitPreventable('will-navigate', inside)).toBe(false);
  });

  it('denies every window.open, handing only http(s) to the system browser', async () => {
    const { contents, fake } = await started();
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it('refuses to attach a <webview>', async () => {
    const { contents } = await started();
    expect(contents.emitPreventable('will-attach-webview', {}, {})).toBe(true);
  });
});

describe('isAppUrl', () => {
  const origin: AppOrigin = { rendererDir: '/app/out/renderer', devServerUrl: null };
  it('accepts files inside the renderer build only', () => {
    expect(isAppUrl('file:///app/out/renderer/index.html', origin)).toBe(true);
    expect(isAppUrl('file:///app/out/renderer/../main/index.js', origin)).toBe(false);
    expect(isAppUrl('file:///app/out/renderer-evil/index.html', origin)).toBe(false);
    expect(isAppUrl('file:///app/out/renderer', origin)).toBe(false);
    expect(isAppUrl('https://example.com/', origin)).toBe(false);
    expect(isAppUrl('not a url', origin)).toBe(false);
  });
  it('accepts the dev server page, not its websocket or another port', () => {
    const dev = { ...origin, devServerUrl: 'http://localhost:5173/' };
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppUrl('ws://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
  });
  it('is what isAllowedRequest builds on for remote schemes', () => {
    expect(isAllowedRequest('https://localhost:5173/', { ...origin, devServerUrl: null })).toBe(false);
  });
});
