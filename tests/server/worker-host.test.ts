import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLibrary, type LibraryHandle } from '../../src/core/host';
import { startHttpHost, type HttpHost } from '../../src/server/http-host';
import { HTTP_TOKEN_HEADER } from '../../src/shared/api';
import type { ParallaxEvent } from '../../src/shared/events';
import { ROOT, tempDir } from '../support/temp';

// The browser host over a library on its own thread (the built bundle, as `parallax serve`
// runs it; `npm test` builds first). An import's answer and its `ingestDone` list every report
// it added (some 2 MB at 10,000): the host writes them out as the library thread wrote them,
// never holding them as objects of its own.

const tmp = tempDir();
let lib: LibraryHandle;
let host: HttpHost;

beforeAll(async () => {
  const rendererDir = join(tmp.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Parallax</title>');
  lib = await startLibrary({ path: join(tmp.dir, 'lib.sqlite'), seedDir: null, host: 'http', version: '0.0.0', workerFile: join(ROOT, 'out/node/service-worker.js') });
  host = await startHttpHost({ library: lib, rendererDir, port: 0 });
});
afterAll(async () => {
  await host.close();
  await lib.close();
  tmp.cleanup();
});

function post(method: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path: `/api/${method}`, method: 'POST', headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: host.token } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The event stream as a window reads it: every `data:` line, parsed. */
function openStream(): Promise<{ events: ParallaxEvent[]; close: () => void }> {
  return new Promise((resolve, reject) => {
    const events: ParallaxEvent[] = [];
    const req = request({ host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}` }, (res) => {
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        buf += c;
        let end: number;
        while ((end = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, end);
          buf = buf.slice(end + 2);
          if (block.startsWith('data: ')) events.push(JSON.parse(block.slice('data: '.length)) as ParallaxEvent);
        }
      });
      resolve({ events, close: () => req.destroy() });
    });
    req.on('error', reject);
    req.end();
  });
}

const REPORTS = ['Der Hafen von Triest blieb am Montag geschlossen. Die Behörden nannten Sturm als Grund.', 'Im Hafen von Triest ruhte die Arbeit, weil ein Sturm über die Adria zog.'];

describe('the browser host over the library thread', () => {
  it('answers an import and tells every window its report with every added report, written as the library thread wrote them', async () => {
    const stream = await openStream();
    const progressOnly: ParallaxEvent[] = [];
    const all: ParallaxEvent[] = [];
    const offProgress = lib.onEvent((e) => progressOnly.push(e), ['ingestProgress']);
    const offAll = lib.onEvent((e) => all.push(e));
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      const jobId = 'job-text';
      const answers = [];
      for (const [i, text] of REPORTS.entries()) {
        const r = await post('ingestText', JSON.stringify([{ text, name: `triest-${i}.txt` }, { jobId: `${jobId}-${i}` }]));
        expect(r.status).toBe(200);
        answers.push(JSON.parse(r.body) as { ok: true; value: { added: { name: string; title: string }[] } });
      }
      expect(answers.map((a) => a.value.added.map((x) => x.name))).toEqual([['triest-0.txt'], ['triest-1.txt']]);
      // The window hears the same report, and a listener that asked for progress only does not.
      await vi.waitFor(() => expect(stream.events.filter((e) => e.type === 'ingestDone')).toHaveLength(2));
      const done = stream.events.filter((e) => e.type === 'ingestDone') as Extract<ParallaxEvent, { type: 'ingestDone' }>[];
      expect(done.map((e) => e.report.added)).toEqual(answers.map((a) => a.value.added));
      await vi.waitFor(() => expect(all.filter((e) => e.type === 'ingestDone')).toHaveLength(2));
      expect(progressOnly.length).toBeGreaterThan(0);
      expect(progressOnly.every((e) => e.type === 'ingestProgress')).toBe(true);
      // The host wrote neither the answers nor the events from objects of its own.
      const written = stringify.mock.calls.map((c) => c[0] as { type?: string; value?: { added?: unknown } } | undefined);
      expect(written.filter((x) => x?.type === 'ingestDone' || x?.value?.added !== undefined)).toEqual([]);
    } finally {
      stringify.mockRestore();
      offProgress();
      offAll();
      stream.close();
    }
  });

  it('answers a refused call with its error and status as before', async () => {
    const unknown = await post('dropEverything', '[]');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const bad = await post('getArticle', JSON.stringify([42]));
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});
