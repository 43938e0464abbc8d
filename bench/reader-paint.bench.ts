import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { report, summarise } from './lib/measure';
import { ROOT, tempDir } from './lib/paths';

const CHROMIUM = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const RUNS = 15;
const ANNOTATIONS = 200;
const TKP_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';
const TOKEN_HEADER = 'x-parallax-token';

interface Host {
  child: ChildProcess;
  url: string;
  origin: string;
  token: string;
}

/**
 * Issue 5's figure: opening the TKP report with 200 annotations until it is painted with
 * every highlight, in Chromium against `parallax serve`: the renderer's script time (CDP
 * `Performance.getMetrics` ScriptDuration, before the click → after the frame that shows all
 * 200 marks), and the wall time of the same span. Baseline in the same run: opening the same
 * report with no annotations. Each open comes from another report, so the reader renders anew.
 */
export async function run(): Promise<void> {
  const tmp = tempDir();
  const host = await startServe(join(tmp.dir, 'library.sqlite'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const items = (await call<{ items: { id: string; title: string }[] }>(host, 'listArticles', [{}])).items;
    const tkp = items.find((a) => a.title.includes(TKP_TITLE));
    const other = items.find((a) => a !== tkp);
    if (!tkp || !other) throw new Error('reader-paint: the seeded library has no TKP report');

    await page.goto(host.url);
    await page.locator('[role="listbox"] [role="option"]').first().waitFor();
    const base = await measure(page, cdp, tkp.title, other.title, 0);

    await addAnnotations(host, tkp.id, ANNOTATIONS);
    await page.reload();
    await page.locator('[role="listbox"] [role="option"]').first().waitFor();
    const ours = await measure(page, cdp, tkp.title, other.title, ANNOTATIONS);

    const b = summarise(base.script);
    report({
      scenario: 'reader-paint',
      metric: `open report, ${ANNOTATIONS} highlights painted: script`,
      ...summarise(ours.script),
      unit: 'ms',
      baseline: { name: 'same report, no annotations', median: b.median },
      goal: '< 50 ms',
    });
    const bw = summarise(base.wall);
    report({
      scenario: 'reader-paint',
      metric: `open report, ${ANNOTATIONS} highlights painted: wall`,
      ...summarise(ours.wall),
      unit: 'ms',
      baseline: { name: 'same report, no annotations', median: bw.median },
    });
  } finally {
    await browser.close();
    host.child.kill('SIGTERM');
    await new Promise((r) => host.child.once('exit', r));
    tmp.cleanup();
  }
}

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
}

/** Opens `title` RUNS times (after one warm-up), each time from `from`; script and wall ms. */
async function measure(page: Page, cdp: CDPSession, title: string, from: string, marks: number): Promise<{ script: number[]; wall: number[] }> {
  const script: number[] = [];
  const wall: number[] = [];
  const list = page.locator('[role="listbox"][aria-label="Reports"]');
  const heading = page.locator('#reader h1');
  for (let i = -1; i < RUNS; i++) {
    await list.locator('[role="option"]', { hasText: from }).click();
    await heading.filter({ hasText: from }).waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
    const before = await scriptSeconds(cdp);
    // Click in the page and wait there for the frame that shows every mark, so the timing
    // includes no round trips of the test driver.
    const ms = await page.evaluate(
      ({ title, marks }) =>
        new Promise<number>((resolve, reject) => {
          const row = [...document.querySelectorAll('[role="option"]')].find((o) => o.textContent?.includes(title)) as HTMLElement | undefined;
          if (!row) return reject(new Error('no row'));
          const t0 = performance.now();
          row.click();
          const check = () => {
            const h = document.querySelector('#reader h1');
            const n = document.querySelectorAll('#reader article.column mark[data-annotation-id]').length;
            const ids = new Set([...document.querySelectorAll('#reader article.column mark[data-annotation-id]')].map((m) => m.getAttribute('data-annotation-id')));
            if (h?.textContent?.includes(title) && ids.size >= marks && (marks > 0 || n === 0)) {
              // The frame after the one that laid it out: painted.
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
            } else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
      { title, marks },
    );
    const after = await scriptSeconds(cdp);
    if (i >= 0) {
      script.push((after - before) * 1000);
      wall.push(ms);
    }
  }
  return { script, wall };
}

/** `count` highlights spread over the report's body paragraphs, one word or two each. */
async function addAnnotations(host: Host, articleId: string, count: number): Promise<void> {
  const article = await call<{ text: string; blocks: { kind: string; region: string; start: number; end: number }[] }>(host, 'getArticle', [articleId]);
  const words: [number, number][] = [];
  for (const b of article.blocks) {
    if (b.region !== 'body' || b.kind !== 'paragraph') continue;
    const re = /\p{L}[\p{L}\p{N}-]*/gu;
    const slice = article.text.slice(b.start, b.end);
    for (let m = re.exec(slice); m; m = re.exec(slice)) words.push([b.start + m.index, b.start + m.index + m[0].length]);
  }
  if (words.length < count * 2) throw new Error(`reader-paint: only ${words.length} words in the body`);
  const step = Math.floor(words.length / count);
  const colors = ['yellow', 'green', 'blue', 'pink', 'purple'];
  for (let i = 0; i < count; i++) {
    const [start] = words[i * step]!;
    const [, end] = words[i * step + (i % 3 === 0 ? 1 : 0)]!;
    await call(host, 'addAnnotation', [{ articleId, start, end, color: colors[i % 5], ...(i % 7 === 0 ? { note: `Note ${i}` } : {}) }]);
  }
}

async function call<T>(host: Host, method: string, args: unknown[]): Promise<T> {
  const res = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify(args),
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value as T;
}

async function startServe(library: string): Promise<Host> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/parallax.mjs'), 'serve', '--library', library, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const m = await new Promise<RegExpExecArray>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const found = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+)/.exec(out);
      if (found) resolve(found);
    });
    child.once('exit', () => reject(new Error(`serve exited: ${out}`)));
  });
  return { child, url: m[0], origin: `http://127.0.0.1:${m[1]}`, token: m[2]! };
}
