import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import { bumpCompareVersion } from '../../../src/core/derived/explore-groupings';
import { storeViewsNow } from '../../../src/core/explore/views-store';
import { HTTP_TOKEN_HEADER, type ParallaxApi } from '../../../src/shared/api';
import { fillers } from '../../support/filler-reports';
import { ROOT, SEEDS, tempDir } from '../../support/temp';

/**
 * kill -9 of a host (`parallax serve`, the built app) while one more report is folded into a
 * reopened library's stored views, at each moment that matters: right after the ingest's answer,
 * right after the page that shows it, and at the first write to the library after that (the
 * views stored again). The library then opened serves views equal to a whole rebuild: a stored
 * view is the old one (stale, built again) or the new one, never a mix, and the report is there.
 */

const BIN = join(ROOT, 'bin/parallax.mjs');
const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const tmp = tempDir('parallax-fold-kill-');
const stored = join(tmp.dir, 'stored.sqlite');
/** A host's start, warm-up and fold on a loaded 2-core machine. */
const SLOW_MS = 240_000;

async function service(path: string): Promise<{ close(): void; api: ParallaxApi; db: Awaited<ReturnType<typeof openLibrary>> }> {
  const db = await openLibrary({ path, seedDir: null });
  const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: path, version: 'test', backgroundCompare: false });
  return { db, api, close: () => db.close() };
}

/** What a person sees of the views (pages of the three, the first event whole). */
async function shown(api: ParallaxApi) {
  const page = await api.getTimelinePage({ limit: 1000 });
  return { page, people: await api.listEntityPage({ limit: 1000 }), stories: await api.listStorySummaries(), event: await api.getTimelineEvent(page.events[0]!.id) };
}

beforeAll(async () => {
  const cli = await service(stored);
  for (const f of fillers(120)) await cli.api.ingestText(f);
  await cli.api.ingestPaths(files.slice(0, -1).map((f) => join(SEEDS, f)));
  await shown(cli.api);
  expect(storeViewsNow(cli.db)).toHaveLength(3);
  cli.close();
}, SLOW_MS);
afterAll(() => tmp.cleanup());

interface Host {
  child: ChildProcess;
  call<T>(method: string, ...args: unknown[]): Promise<T>;
}

async function serve(library: string): Promise<Host> {
  const child = spawn(process.execPath, [BIN, 'serve', '--library', library, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
      if (m) resolve(new URL(m[0]));
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${out}`)));
  });
  const headers = { [HTTP_TOKEN_HEADER]: url.searchParams.get('token')!, 'content-type': 'application/json' };
  return {
    child,
    async call<T>(method: string, ...args: unknown[]) {
      const res = await fetch(`${url.origin}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(args) });
      const body = (await res.json()) as { value: T };
      return body.value;
    },
  };
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const gone = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGKILL');
  return gone;
}

/** Resolves at the first change of the library's write-ahead log from now (checked every few milliseconds). */
async function nextWrite(library: string): Promise<void> {
  const size = () => {
    try {
      return `${statSync(`${library}-wal`).size}:${statSync(`${library}-wal`).mtimeMs}`;
    } catch {
      return '';
    }
  };
  const was = size();
  while (size() === was) await new Promise((r) => setTimeout(r, 5));
}

type Moment = 'after the ingest' | 'after the page showing it' | 'at the next write (the views stored)';

describe('a host killed while a new report is folded into stored views', () => {
  it.each<Moment>(['after the ingest', 'after the page showing it', 'at the next write (the views stored)'])(
    'leaves views that are the old or the new, never a mix: killed %s',
    async (moment) => {
      const library = join(tmp.dir, `${moment.replace(/\W+/g, '-')}.sqlite`);
      copyFileSync(stored, library);
      const host = await serve(library);
      let articleId = '';
      try {
        await host.call('getTimelinePage', { limit: 10 });
        const report = await host.call<{ added: { articleId: string }[] }>('ingestPaths', [join(SEEDS, files.at(-1)!)]);
        articleId = report.added[0]!.articleId;
        if (moment !== 'after the ingest') {
          await host.call('getTimelinePage', { limit: 10 });
          if (moment !== 'after the page showing it') await nextWrite(library);
        }
      } finally {
        await kill(host.child);
      }
      const reopened = await service(library);
      const served = await shown(reopened.api);
      expect((await reopened.api.getArticle(articleId as never)).id).toBe(articleId);
      reopened.close();
      const fresh = await service(library);
      bumpCompareVersion(fresh.db);
      const rebuilt = await shown(fresh.api);
      fresh.close();
      expect(served).toEqual(rebuilt);
      expect(JSON.stringify(rebuilt.page)).toContain(articleId);
    },
    SLOW_MS,
  );
});

