import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Electron } from './electron-like';

import { CONTENT_SECURITY_POLICY } from '../shared/csp';

export { CONTENT_SECURITY_POLICY };

/** Where the app's own pages come from. */
export interface AppOrigin {
  /** The folder of the built renderer (`out/renderer`); file: pages must lie inside it. */
  rendererDir: string;
  /** The electron-vite dev server (`ELECTRON_RENDERER_URL`) in development; null when packaged or previewed. */
  devServerUrl: string | null;
}

/** Schemes a window may load from at all; every other (http:, https:, ftp:, ws: …) is remote. */
const LOCAL_SCHEMES = new Set(['file:', 'devtools:', 'data:']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when `url` is on the dev server's host and port (http or its HMR websocket). */
function isDevServer(url: URL, devServerUrl: string | null): boolean {
  const dev = devServerUrl ? parse(devServerUrl) : null;
  if (!dev) return false;
  const schemes = ['http:', 'https:', 'ws:', 'wss:'];
  return schemes.includes(url.protocol) && url.host === dev.host;
}

/**
 * Decides `session.webRequest.onBeforeRequest`: local resources and the dev server pass, every
 * request to another origin is cancelled. The reader is offline by design; an article's text
 * can never make the app phone home.
 */
export function isAllowedRequest(url: string, origin: AppOrigin): boolean {
  const u = parse(url);
  if (!u) return false;
  return LOCAL_SCHEMES.has(u.protocol) || isDevServer(u, origin.devServerUrl);
}

/**
 * True for a page of the app itself: a file inside the renderer build, or the dev server.
 * Navigation and IPC are allowed only from such pages.
 */
export function isAppUrl(url: string, origin: AppOrigin): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === 'file:') {
    let path: string;
    try {
      path = fileURLToPath(u);
    } catch {
      return false;
    }
    const rel = relative(origin.rendererDir, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  }
  return isDevServer(u, origin.devServerUrl) && (u.protocol === 'http:' || u.protocol === 'https:');
}

/** True for a link that may be handed to the system browser: plain http(s) with a host. */
export function isExternalLink(url: string): boolean {
  const u = parse(url);
  return !!u && (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
}

/**
 * Locks down a session: the CSP on every response, remote requests cancelled, every
 * permission (camera, notifications, clipboard-read, …) refused.
 */
export function hardenSession(session: Electron.Session, origin: AppOrigin): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...(details.responseHeaders ?? {}) };
    // Drop any policy a dev server sent, whatever its casing, so ours is the only one.
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, origin) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Locks down every web contents the app creates: no navigation away from the app, no new
 * windows, no <webview>. An http(s) link the reader clicks opens in the system browser.
 */
export function hardenWebContents(
  contents: Electron.WebContents,
  origin: AppOrigin,
  openExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, origin)) return;
    event.preventDefault();
    if (isExternalLink(url)) openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, origin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) openExternal(url);
    return { action: 'deny' };
  });
}
