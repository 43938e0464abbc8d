import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HTTP_TOKEN_HEADER } from '../shared/api';
import { ApiError, httpStatusFor, type ApiErrorData, type Result } from '../shared/errors';
import { dispatch } from '../shared/rpc';
import type { LibraryHandle } from '../core/host';
import { isCrossSite, isJsonRequest, isLoopbackHost, isOwnOrigin, newToken, SECURITY_HEADERS, tokenMatches } from './security';
import { serveStatic } from './static';
import { notice } from '../shared/api/notices';
import { codedError } from '../shared/i18n';

/** What `startHttpHost` takes. */
export interface HttpHostOptions {
  library: LibraryHandle;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** Default: a new random token. */
  token?: string;
  /** Largest request body in bytes. Default `MAX_BODY_BYTES`. */
  maxBodyBytes?: number;
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
 * A client that has not sent its headers by then is dropped. Node's default (60 s) lets a
 * few hundred idle half-open connections linger; ours come from the same machine at once.
 */
const HEADERS_TIMEOUT_MS = 15_000;

/** A whole request, body included; the largest upload over loopback takes a second or two. */
const REQUEST_TIMEOUT_MS = 120_000;

/**
 * Serves the renderer and the contract on 127.0.0.1 only. Every API call needs the per-run
 * token; every request needs a loopback Host header.
 *
 * @throws ApiError `CONFLICT` when the port is in use; `BAD_INPUT` when the renderer is not built.
 */
export async function startHttpHost(opts: HttpHostOptions): Promise<HttpHost> {
  if (!existsSync(opts.rendererDir)) {
    throw codedError('BAD_INPUT', notice('serve.not-built', { dir: opts.rendererDir }));
  }
  const token = opts.token ?? newToken();
  const maxBody = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const streams = new Set<ServerResponse>();
  let port = 0;
  const server: Server = createServer({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS }, (req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: String((e as Error)?.message ?? e) } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLoopbackHost(req, port)) {
      return refuse(req, res, 403, { code: 'UNAUTHORIZED', message: 'http: Parallax answers only requests addressed to 127.0.0.1 or localhost' });
    }
    if (!isOwnOrigin(req, port)) {
      return refuse(req, res, 403, { code: 'UNAUTHORIZED', message: 'http: requests from other web pages are refused' });
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === '/api/events') return openEventStream(req, res, url);
    if (url.pathname.startsWith('/api/')) return callApi(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return refuse(req, res, 405, { code: 'BAD_INPUT', message: 'http: the app is read with GET' });
    }
    serveStatic(opts.rendererDir, url.pathname, res, SECURITY_HEADERS);
  }

  async function callApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    // Every refusal is decided from the headers alone, before a byte of the body is read.
    if (req.method !== 'POST') {
      return refuse(req, res, 405, { code: 'BAD_INPUT', message: 'http: API calls must be POST' });
    }
    if (isCrossSite(req)) {
      return refuse(req, res, 403, { code: 'UNAUTHORIZED', message: 'http: requests from other web pages are refused' });
    }
    const given = req.headers[HTTP_TOKEN_HEADER];
    if (!tokenMatches(Array.isArray(given) ? given[0] : given, token)) {
      return refuse(req, res, 401, { code: 'UNAUTHORIZED', message: 'http: missing or wrong token; open the URL that "parallax serve" printed' });
    }
    if (!isJsonRequest(req)) {
      return refuse(req, res, 415, { code: 'BAD_INPUT', message: 'http: API calls must send Content-Type: application/json' });
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBody) {
      return refuse(req, res, 413, codedError('TOO_LARGE', notice('http.too-large', { limit: maxBody, size: declared })).toData());
    }
    let args: unknown;
    try {
      const body = await readBody(req, maxBody);
      args = body.length === 0 ? [] : JSON.parse(body);
    } catch (e) {
      const err = e instanceof ApiError ? e : codedError('BAD_INPUT', notice('http.body-not-json'));
      return refuse(req, res, httpStatusFor(err.code), err.toData());
    }
    const result = await dispatch(opts.library.api, method, args);
    send(res, result.ok ? 200 : httpStatusFor(result.error.code), result);
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse, url: URL): void {
    // EventSource cannot send headers, so this one route takes the token in the query.
    if (req.method !== 'GET' || isCrossSite(req) || !tokenMatches(url.searchParams.get('token'), token)) {
      return refuse(req, res, 401, { code: 'UNAUTHORIZED', message: 'http: missing or wrong token' });
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
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
        reject(codedError('CONFLICT', notice('serve.port-in-use', { port: opts.port ?? 0 })));
      } else if (e.code === 'EACCES') {
        reject(codedError('BAD_INPUT', notice('serve.port-forbidden', { port: opts.port ?? 0 })));
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

/**
 * Answers a request refused on its headers and closes the connection, so a body that was sent
 * anyway (perhaps gigabytes of it) is never read.
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, error: ApiErrorData): void {
  const body = JSON.stringify({ ok: false, error });
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', connection: 'close' });
  res.end(body, () => req.socket.destroy());
}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        // A body without a declared length (chunked) is cut off here, at the cap.
        req.removeAllListeners('data');
        req.pause();
        chunks.length = 0;
        reject(codedError('TOO_LARGE', notice('http.too-large', { limit: max, size: null })));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
