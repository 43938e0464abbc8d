import type { ParallaxClient } from '../../../shared/api';
import { isApiError } from '../../../shared/errors';
import type { PreloadClient } from '../env';
import { createHttpClient } from './http-client';

/** sessionStorage key that keeps the HTTP host's token across reloads of this tab. */
const TOKEN_KEY = 'parallax.token';

/**
 * The transport the Svelte code talks to. Inside Electron that is `window.parallax` (the
 * preload's client); in a browser it is the HTTP host that served this page, authorised with
 * the `?token=` the host printed. The token is moved from the address bar to sessionStorage
 * so it does not linger in history or screenshots.
 */
export function getClient(): PreloadClient {
  if (window.parallax) return window.parallax;
  return createHttpClient(location.origin, takeToken());
}

/** Reads the token from `?token=` (then hides it) or from this tab's sessionStorage; '' when none. */
export function takeToken(): string {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      sessionStorage.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // Best effort: storage can be disabled; the token then lasts for this page only.
    }
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

/** True when `e` says the host refused our token (missing, stale or mistyped). */
export function isUnauthorized(e: unknown): boolean {
  return isApiError(e) && e.code === 'UNAUTHORIZED';
}


export type { ParallaxClient };
