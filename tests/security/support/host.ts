import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type OutgoingHttpHeaders } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { startLibrary, type LibraryHandle } from '../../../src/core/host';
import { startHttpHost, type HttpHost, type HttpHostOptions } from '../../../src/server/http-host';
import { tempDir } from '../../support/temp';

/** A browser host on a library of its own, with a tiny renderer and a secret beside it. */
export interface TestHost {
  host: HttpHost;
  lib: LibraryHandle;
  dir: string;
  /** The address as a browser on this machine would write it. */
  origin: string;
  close(): Promise<void>;
}

/** Text of a file beside the renderer folder, which must never be served. */
export const SECRET = 'outside the renderer: never served';

/** Starts a host with an empty library (no seeds) and a renderer of two files. */
export async function startTestHost(opts: Partial<HttpHostOptions> = {}): Promise<TestHost> {
  const tmp = tempDir('parallax-sec-');
  const rendererDir = join(tmp.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Parallax</title>');
  writeFileSync(join(rendererDir, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(tmp.dir, 'secret.txt'), SECRET);
  const lib = await startLibrary({ path: join(tmp.dir, 'lib.sqlite'), seedDir: null, host: 'http', version: '0.0.0' });
  const host = await startHttpHost({ library: lib, rendererDir, port: 0, ...opts });
  return {
    host,
    lib,
    dir: tmp.dir,
    origin: `http://127.0.0.1:${host.port}`,
    close: async () => {
      await host.close();
      await lib.close();
      tmp.cleanup();
    },
  };
}

/** What came back. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Options of one raw request; the test controls every header, the Host included. */
export interface RawOptions {
  method?: string;
  host?: string;
  headers?: OutgoingHttpHeaders;
  body?: string | Buffer;
}

/** One request with exactly the path and headers given (no normalising by a client library). */
export function raw(port: number, path: string, opts: RawOptions = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: opts.method ?? 'GET',
        agent: false,
        headers: { host: opts.host ?? `127.0.0.1:${port}`, ...opts.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** An API call as our own page makes it: POST, JSON, the token in its header. */
export function apiCall(t: TestHost, method: string, args: unknown[] = [], headers: OutgoingHttpHeaders = {}): Promise<RawResponse> {
  return raw(t.host.port, `/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-parallax-token': t.host.token, ...headers },
    body: JSON.stringify(args),
  });
}

/** Sends raw bytes over a socket and resolves with everything the server answered before closing. */
export function rawSocket(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    let out = '';
    socket.setEncoding('latin1');
    socket.on('data', (c: string) => (out += c));
    socket.on('close', () => resolve(out));
    socket.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' || e.code === 'EPIPE' ? resolve(out) : reject(e)));
  });
}
