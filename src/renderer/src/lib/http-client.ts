import { HTTP_TOKEN_HEADER, type ParallaxClient } from '../../../shared/api';
import type { Result } from '../../../shared/errors';
import type { ParallaxEvent } from '../../../shared/events';
import { createApiProxy } from '../../../shared/rpc';
import { notice } from '../../../shared/api/notices';
import { english } from '../../../shared/i18n';

/**
 * `ParallaxClient` over the HTTP host: `POST /api/<method>` with the arguments as a JSON array
 * and the per-run token in a header; events arrive as server-sent events on `/api/events`.
 * The Svelte code cannot tell it from the Electron preload's client.
 */
export function createHttpClient(baseUrl: string, token: string, fetchImpl: typeof fetch = fetch): ParallaxClient {
  const base = baseUrl.replace(/\/$/, '');
  const api = createApiProxy(async (method, args) => {
    let res: Response;
    try {
      res = await fetchImpl(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: token },
        body: JSON.stringify(args),
      });
    } catch (e) {
      const detail = (e as Error).message;
      const why = notice('http.unreachable', { detail });
      return { ok: false, error: { code: 'INTERNAL', message: `${english(why)} (${detail})`, messageCoded: why } };
    }
    try {
      return (await res.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: `http: bad answer from the host (status ${res.status})` } };
    }
  });
  // One stream per window, whatever the number of listeners: each EventSource holds one of the
  // browser's six connections to the host, and a second stream would see events at other times.
  const listeners = new Set<(event: ParallaxEvent) => void>();
  let source: EventSource | null = null;
  return {
    ...api,
    onEvent(listener) {
      if (typeof EventSource === 'undefined') return () => {};
      listeners.add(listener);
      if (!source) {
        source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
        const tell = (event: ParallaxEvent) => {
          for (const l of [...listeners]) l(event);
        };
        source.onmessage = (m) => tell(JSON.parse(m.data as string) as ParallaxEvent);
        // The stream opens after the window's first reads, and again after a lost connection:
        // what the host said meanwhile (a build landed, a report came) is lost.
        let again = false;
        source.onopen = () => {
          tell({ type: 'eventsResumed', again });
          again = true;
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}
