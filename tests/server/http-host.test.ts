import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLibrary, type LibraryHandle } from '../../src/core/host';
import { startHttpHost, type HttpHost } from '../../src/server/http-host';
import { tempDir } from '../support/temp';

const tmp = tempDir();
let lib: LibraryHandle;
let host: HttpHost;

beforeAll(async () => {
  const rendererDir = join(tmp.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Parallax</title>');
  writeFileSync(join(rendererDir, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(tmp.dir, 'secret.txt'), 'outside the renderer');
  lib = await startLibrary({ path: join(tmp.dir, 'lib.sqlite'), seedDir: null, host: 'http', version: '0.0.0' });
  host = await startHttpHost({ library: lib, rendererDir, port: 0 });
});
afterAll(async () => {
  await host.close();
  await lib.close();
  tmp.cleanup();
});

/** A raw request, so the test controls the Host header and the path exactly. */
function raw(path: string, opts: { method?: string; host?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: opts.method ?? 'GET', headers: { host: opts.host ?? `127.0.0.1:${host.port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('startHttpHost', () => {
  it('binds to 127.0.0.1 and prints a URL with a long random token', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[A-Za-z0-9_-]{40,}$`));
  });

  it('serves the renderer with a strict CSP', async () => {
    const r = await raw('/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>Parallax</title>');
    expect(String(r.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await raw('/assets/app-1234.js')).headers['content-type']).toContain('javascript');
  });

  it('refuses requests whose Host is not loopback (DNS rebinding)', async () => {
    expect((await raw('/', { host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await raw('/', { host: `localhost:${host.port}` })).status).toBe(200);
    expect((await raw('/', { host: 'localhost:1' })).status).toBe(403);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/%2e%2e%2fsecret.txt']) {
      const r = await raw(p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('outside the renderer');
    }
  });

  it('requires the token on every API call', async () => {
    const call = (headers: Record<string, string>) => raw('/api/getAppInfo', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '[]' });
    const none = await call({});
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect((await call({ 'x-parallax-token': host.token.slice(0, -1) + 'x' })).status).toBe(401);
    const ok = await call({ 'x-parallax-token': host.token });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { name: 'Parallax', host: 'http' } });
    expect((await raw(`/api/events?token=wrong`)).status).toBe(401);
  });

  it('maps errors to HTTP statuses and refuses bad bodies', async () => {
    const h = { 'x-parallax-token': host.token, 'content-type': 'application/json' };
    expect((await raw('/api/nope', { method: 'POST', headers: h, body: '[]' })).status).toBe(404);
    expect((await raw('/api/getArticle', { method: 'POST', headers: h, body: '["0123456789ab"]' })).status).toBe(404);
    expect((await raw('/api/getArticle', { method: 'POST', headers: h, body: '{not json' })).status).toBe(400);
    expect((await raw('/api/listArticles', { method: 'POST', headers: h, body: '{"a":1}' })).status).toBe(400);
    expect((await raw('/api/getAppInfo', { method: 'GET', headers: h })).status).toBe(405);
  });
});

describe('startHttpHost errors', () => {
  it('says clearly when the port is in use', async () => {
    await expect(startHttpHost({ library: lib, rendererDir: join(tmp.dir, 'renderer'), port: host.port })).rejects.toThrow(
      `serve: port ${host.port} is already in use`,
    );
  });
  it('says clearly when the app is not built', async () => {
    await expect(startHttpHost({ library: lib, rendererDir: join(tmp.dir, 'missing'), port: 0 })).rejects.toThrow('run "npm run build" first');
  });
});
