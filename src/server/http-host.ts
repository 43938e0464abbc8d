import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HTTP_TOKEN_HEADER } from '../shared/api';
import { ApiError, httpStatusFor, type Result } from '../shared/errors';
import { dispatch } from '../shared/rpc';
import type { LibraryHandle } from '../core/host';
import { isLoopbackHost, newToken, SECURITY_HEADERS, tokenMatches } from './security';
import { serveStatic } from './static';

/** What `startHttpHost` takes. */
export interface HttpHostOptions {
  library: LibraryHandle;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** Default: a new random token. */
  token?: string;
}

/** A running HTTP host. */
export interface HttpHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Largest API request body. An upload of the largest article file (32 MB) is about 43 MB as
 * base64; beyond that the request is refused before it is read whole.
 */
const MAX_BODY_BYTES = 48 * 1024 * 1024;

/** Server-sent-event heartbeat, so proxies and browsers keep an idle stream open. */
const HEARTBEAT_MS = 25_000;

/**
 * Serves the renderer and the contract on 127.0.0.1 only. Every API call needs the per-run
 * token; every request needs a loopback Host header.
 *
 * @throws ApiError `CONFLICT` when the port is in use; `BAD_INPUT` when the renderer is not built.
 */
export async function startHttpHost(opts: HttpHostOptions): Promise<HttpHost> {
  if (!existsSync(opts.rendererDir)) {
    throw new ApiError('BAD_INPUT', `serve: the app is not built (${opts.rendererDir} is missing); run "npm run build" first`);
  }
  const token = opts.token ?? newToken();
  const streams = new Set<ServerResponse>();
  let port = 0;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: String((e as Error)?.message ?? e) } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLoopbackHost(req, port)) {
      res.writeHead(403, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
      res.end('Forbidden: Parallax answers only requests addressed to 127.0.0.1 or localhost');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === '/api/events') return openEventStream(req, res, url);
    if (url.pathname.startsWith('/api/')) return callApi(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...SECURITY_HEADERS, allow: 'GET, HEAD' });
      res.end();
      return;
    }
    serveStatic(opts.rendererDir, url.pathname, res, SECURITY_HEADERS);
  }

  async function callApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      return send(res, 405, { ok: false, error: { code: 'BAD_INPUT', message: 'http: API calls must be POST' } });
    }
    const given = req.headers[HTTP_TOKEN_HEADER];
    if (!tokenMatches(Array.isArray(given) ? given[0] : given, token)) {
      req.resume();
      return send(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'http: missing or wrong token; open the URL that "parallax serve" printed' } });
    }
    let args: unknown;
    try {
      const body = await readBody(req);
      args = body.length === 0 ? [] : JSON.parse(body);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError('BAD_INPUT', 'http: the request body is not valid JSON');
      return send(res, httpStatusFor(err.code), { ok: false, error: err.toData() });
    }
    const result = await dispatch(opts.library.api, method, args);
    send(res, result.ok ? 200 : httpStatusFor(result.error.code), result);
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (!tokenMatches(url.searchParams.get('token'), token)) {
      return send(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'http: missing or wrong token' } });
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    const beat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(beat);
      streams.delete(res);
    });
  }

  const unsubscribe = opts.library.onEvent((event) => {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const s of streams) s.write(line);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') {
        reject(new ApiError('CONFLICT', `serve: port ${opts.port} is already in use; choose another with --port N (or --port 0 for any free port)`));
      } else if (e.code === 'EACCES') {
        reject(new ApiError('BAD_INPUT', `serve: not allowed to listen on port ${opts.port}; choose a port above 1023`));
      } else reject(e);
    });
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const s of streams) s.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      reject(new ApiError('TOO_LARGE', `http: request of ${declared} bytes is over the limit of ${MAX_BODY_BYTES}`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ApiError('TOO_LARGE', `http: request is over the limit of ${MAX_BODY_BYTES} bytes`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
