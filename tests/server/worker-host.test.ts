import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLibrary, type LibraryHandle } from '../../src/core/host';
import { startHttpHost, type HttpHost } from '../../src/server/http-host';
import { ROOT, tempDir } from '../support/temp';

// The browser host over a library thread (as `parallax serve` runs it), where requests are read
// and answered on the library's thread (`callJson`), beside the same host over an in-process
// library, where the host parses and answers itself. The worker runs the built bundle
// (out/node/service-worker.js); `npm test` builds first.
const tmp = tempDir();
const sides: { name: string; lib: LibraryHandle; host: HttpHost }[] = [];

beforeAll(async () => {
  const rendererDir = join(tmp.dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Parallax</title>');
  for (const name of ['worker', 'in-process']) {
    const workerFile = name === 'worker' ? join(ROOT, 'out/node/service-worker.js') : undefined;
    const lib = await startLibrary({ path: join(tmp.dir, `${name}.sqlite`), seedDir: null, host: 'http', version: '0.0.0', ...(workerFile ? { workerFile } : {}) });
    sides.push({ name, lib, host: await startHttpHost({ library: lib, rendererDir, port: 0 }) });
  }
});
afterAll(async () => {
  for (const s of sides) {
    await s.host.close();
    await s.lib.close();
  }
  tmp.cleanup();
});

function call(host: HttpHost, method: string, body: string | Buffer) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: `/api/${method}`,
        method: 'POST',
        headers: { host: `127.0.0.1:${host.port}`, 'x-parallax-token': host.token, 'content-type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Sends a JSON Lines file in pieces, as the window does, and imports it. */
async function importInPieces(host: HttpHost, text: string, pieceBytes: number) {
  const bytes = Buffer.from(text, 'utf8');
  const begun = JSON.parse((await call(host, 'beginUpload', JSON.stringify([{ name: 'reports.jsonl', size: bytes.length }]))).body);
  for (let at = 0; at < bytes.length; at += pieceBytes) {
    const piece = bytes.subarray(at, at + pieceBytes).toString('base64');
    expect((await call(host, 'appendUpload', JSON.stringify([begun.value, piece]))).status).toBe(200);
  }
  return call(host, 'ingestUploads', JSON.stringify([[begun.value]]));
}

describe('the browser host over a library thread', () => {
  it('has the library thread read and answer its requests', () => {
    expect(typeof sides.find((s) => s.name === 'worker')!.lib.callJson).toBe('function');
    expect(sides.find((s) => s.name === 'in-process')!.lib.callJson).toBeUndefined();
  });

  it('answers bad calls and bad bodies with the statuses and errors of an in-process library', async () => {
    const cases: [string, string][] = [
      ['nope', '[]'],
      ['getArticle', '["0123456789ab"]'],
      ['getArticle', '{not json'],
      ['listArticles', '{"a":1}'],
      ['beginUpload', '[{"name":"","size":1}]'],
      ['listArticles', ''],
      ['listArticles', '\uFEFF[]'],
    ];
    for (const [method, body] of cases) {
      const [a, b] = await Promise.all(sides.map((s) => call(s.host, method, body)));
      expect(a, `${method} ${body}`).toEqual(b);
    }
  });

  it('imports a file sent in pieces as an in-process library does, unicode split across pieces', async () => {
    const lines = Array.from({ length: 12 }, (_, i) =>
      JSON.stringify({ title: `Bericht ${i}: Müller über Zölle`, text: `Ärger in Köln, Tag ${i}. `.repeat(40) + 'Straße — „Zitat“ 🙂.' }),
    );
    const text = lines.join('\n') + '\n';
    for (const s of sides) {
      // 1,001-byte pieces cut multi-byte characters; the base64 of each is decoded on its own.
      const answer = await importInPieces(s.host, text, 1001);
      expect(answer.status).toBe(200);
      const report = JSON.parse(answer.body);
      expect(report.ok).toBe(true);
      expect(report.value.added).toHaveLength(12);
    }
    const pages = await Promise.all(sides.map(async (s) => JSON.parse((await call(s.host, 'listArticles', '[{"limit":50}]')).body)));
    const titles = pages.map((p) => p.value.items.map((a: { title: string }) => a.title).sort());
    expect(titles[0]).toHaveLength(12);
    expect(titles[0]).toEqual(titles[1]);
  });

  it('takes pieces as large as the window sends (the host collects after each) and goes on answering', async () => {
    const host = sides.find((s) => s.name === 'worker')!.host;
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ title: `Langer Bericht ${i}`, text: `Absatz ${i} über den Hafen von Korvhafen. `.repeat(800) }));
    const text = lines.join('\n') + '\n';
    expect(Buffer.byteLength(text)).toBeGreaterThan(1024 * 1024);
    const answer = await importInPieces(host, text, 1024 * 1024);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).value.added).toHaveLength(40);
    expect((await call(host, 'listArticles', '[{"limit":100}]')).status).toBe(200);
  });
});
