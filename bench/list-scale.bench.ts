import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Browser, type Page } from 'playwright-core';
import { LATEST_VERSION } from '../src/core/store/migrations/index';
import { corpusFile } from './lib/corpus';
import { now, quantile, report, summarise } from './lib/measure';
import { ROOT } from './lib/paths';
import { memoryOf, parallaxPeak, startServe } from './lib/process';
import { HTTP_TOKEN_HEADER } from '../src/shared/api';

const CHROMIUM = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const RUNS = 3;
const SEARCHES = ['Regierung', 'Wien Bürgermeister', 'Fußball', 'Gespräch*'];

interface Figures {
  open: number;
  end: number;
  frameP95: number;
  rssMb: number;
  settledMb: number;
  peakMb: number;
}

/** Issue 13's ceiling for the host's resident set at 100,000 reports. */
const RSS_GOAL_MB = 300;

/**
 * Issue 13's list figures at 100,000 reports in the browser host: from opening the page (the
 * host running) to the first rows painted, End to the last row painted, the p95 frame time while
 * scrolling, and the host's resident set after that browsing and four searches, again once the
 * library's names are grouped (a worker that runs for seconds after opening), and at its peak; a
 * settled figure over the goal is printed as such. It checks on
 * the way that the whole library's count is shown and that End paints the last row. The library
 * is built once by `parallax ingest` and kept in bench/.cache (about 15 minutes on 2 cores).
 * Baseline in the same run: the same steps on a library of the 1,028 real articles, so the
 * ratios say what 100 times the reports costs.
 */
export async function run(): Promise<void> {
  const small = await library(1028);
  const big = await library(100_000);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const base: Figures[] = [];
    const ours: Figures[] = [];
    for (let i = 0; i < RUNS; i++) {
      base.push(await measure(browser, small));
      ours.push(await measure(browser, big));
    }
    const median = (xs: Figures[], k: keyof Figures) => summarise(xs.map((x) => x[k])).median;
    const fig = (k: keyof Figures, metric: string, unit: string, goal?: string) =>
      report({ scenario: 'list-100k', metric, ...summarise(ours.map((x) => x[k])), unit, baseline: { name: '1,028 reports', median: median(base, k) }, ...(goal ? { goal } : {}) });
    fig('open', 'page opened → first rows painted', 'ms', 'usable ≤ 1,500 ms after opening');
    fig('end', 'End → the last report painted', 'ms');
    fig('frameP95', 'scrolling: p95 frame time', 'ms', 'smooth (≤ 50 ms)');
    fig('rssMb', 'serve RSS after browsing and 4 searches', 'MB', `≤ ${RSS_GOAL_MB} MB`);
    fig('settledMb', 'serve RSS once the names are grouped', 'MB', `≤ ${RSS_GOAL_MB} MB`);
    fig('peakMb', 'serve peak RSS (names grouped meanwhile)', 'MB');
    // A median of three hides how far apart the runs were; memory varies with the machine's load.
    const runs = (k: keyof Figures) => ours.map((x) => x[k].toFixed(0)).join(', ');
    console.log(`list-100k    serve RSS per run: after searches ${runs('rssMb')} MB; settled ${runs('settledMb')} MB; peak ${runs('peakMb')} MB`);
    // Benchmarks never fail the build; this line is the check a reader of the run looks for.
    const settled = median(ours, 'settledMb');
    if (settled > RSS_GOAL_MB) console.log(`list-100k    OVER GOAL: serve RSS ${settled.toFixed(0)} MB once settled, goal ≤ ${RSS_GOAL_MB} MB`);
  } finally {
    await browser.close();
  }
}

/** The cached library of `n` reports of the shared corpus, built if missing or older than keyset paging (schema 12). */
async function library(n: number): Promise<string> {
  const file = join(ROOT, 'bench', '.cache', `library-${n}.sqlite`);
  if (existsSync(file)) {
    const db = new Database(file, { readonly: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    db.close();
    // An older schema is migrated as a person's library would be (settle opens it), not rebuilt.
    if (version >= 12 && version <= LATEST_VERSION) return settle(file);
  }
  const building = `${file}.building`;
  for (const f of [building, `${building}-wal`, `${building}-shm`]) rmSync(f, { force: true });
  console.log(`list-100k    building the ${n.toLocaleString('en')}-report library once (bench/.cache)…`);
  const r = await parallaxPeak(['ingest', corpusFile(n), '--library', building]);
  if (r.code !== 0) throw new Error(`bench: parallax ingest exited with ${r.code}`);
  const db = new Database(building);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  renameSync(building, file);
  return settle(file);
}

/**
 * Opens the library once outside the measurement, so derived data of an older version (a
 * cached library, a changed analysis) is rebuilt before the host's start is timed; the
 * suggestion index too, which is built on its first use (a minute at 100k on a loaded machine)
 * and would otherwise be built inside the first run's searches; and the spellings of names,
 * grouped once by a host's worker and kept in the library (`name_spellings`), so that the runs
 * measure a host opening a library as a person reopens theirs.
 */
async function settle(file: string): Promise<string> {
  for (const args of [['list', '--limit', '1'], ['suggest', 'Regierung']]) {
    const r = await parallaxPeak([...args, '--library', file]);
    if (r.code !== 0) throw new Error(`bench: parallax ${args[0]} exited with ${r.code}`);
  }
  const serve = await startServe(file);
  try {
    // After a version bump the 100k library's names are grouped again from scratch: minutes on
    // a loaded machine, and outside the measurement, so this wait is long.
    await namesGrouped(serve.url, 20);
  } finally {
    await serve.stop();
  }
  return file;
}

async function measure(browser: Browser, library: string): Promise<Figures> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  const serve = await startServe(library);
  try {
    const t = now();
    await page.goto(serve.url);
    const list = page.getByRole('listbox', { name: 'Reports' });
    await list.locator('[role="option"] .report-title').first().waitFor();
    await nextFrame(page);
    const open = now() - t;

    // The whole library's count is on screen (not the count of the pages read so far).
    const db = new Database(library, { readonly: true });
    const reports = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    db.close();
    await page.getByText(new RegExp(`^${reports.toLocaleString('en')} reports`)).waitFor();

    await list.focus();
    const rows = await list.locator('[role="option"]').first().getAttribute('aria-setsize');
    const t2 = now();
    await page.keyboard.press('End');
    await list.locator(`[role="option"][aria-posinset="${rows}"] .report-title`).waitFor();
    await nextFrame(page);
    const end = now() - t2;

    await page.keyboard.press('Home');
    await list.locator('[role="option"][aria-posinset="1"] .report-title').waitFor();
    const frameP95 = await scrollFrames(page, list);

    for (const q of SEARCHES) {
      await page.getByRole('combobox', { name: 'Search reports' }).fill(q);
      // The answer to this query (not the last one's, still on screen while it runs).
      await page.locator(`#search-results[data-query="${q}"][aria-busy="false"]`).waitFor({ state: 'attached', timeout: 120_000 });
    }
    const rssMb = memoryOf(serve.child.pid!)?.rssMb ?? NaN;
    // A library whose names changed since they were grouped groups them again on a worker
    // (seconds at 100k, its own heap); the first figure may count it. This one is the host as it stays.
    await namesGrouped(serve.url);
    const settled = memoryOf(serve.child.pid!);
    return { open, end, frameP95, rssMb, settledMb: settled?.rssMb ?? NaN, peakMb: settled?.peakMb ?? NaN };
  } finally {
    await page.close();
    await serve.stop();
  }
}

/**
 * Resolves when a search no longer says that the library's names are still being grouped
 * (`search.names-pending`), asking the host's API as the page does, every 200 ms.
 */
async function namesGrouped(url: string, minutes = 2): Promise<void> {
  const { origin, searchParams } = new URL(url);
  const headers = { [HTTP_TOKEN_HEADER]: searchParams.get('token')!, 'content-type': 'application/json' };
  for (let i = 0; i < minutes * 300; i++) {
    const res = await fetch(`${origin}/api/searchArticles`, { method: 'POST', headers, body: JSON.stringify([{ q: 'Regierung', limit: 1 }]) });
    const page = (await res.json()) as { value?: { noticesCoded: { code: string }[] } };
    if (!page.value) throw new Error(`bench: search failed: ${JSON.stringify(page)}`);
    if (!page.value.noticesCoded.some((n) => n.code === 'search.names-pending')) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`bench: the names were not grouped within ${minutes} minutes`);
}

function nextFrame(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
}

/** Scrolls the list by wheel, 40 steps of 600 px, and returns the p95 of the frame intervals meanwhile. */
async function scrollFrames(page: Page, list: ReturnType<Page['getByRole']>): Promise<number> {
  const box = (await list.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __last: number; __on: boolean };
    w.__frames = [];
    w.__on = true;
    w.__last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - w.__last);
      w.__last = t;
      if (w.__on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, 600);
    await nextFrame(page);
  }
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __on: boolean };
    w.__on = false;
    return w.__frames.slice(1);
  });
  return quantile(frames, 0.95);
}
