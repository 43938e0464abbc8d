import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { now, report, summarise } from './lib/measure';
import { tempDir } from './lib/paths';
import { startServe } from './lib/process';

const CHROMIUM = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const RUNS = 5;

/**
 * Issue 2's figure: from starting `parallax serve` to the library list painted in Chromium
 * (five rows visible), median of 5, on a library already seeded. Baseline in the same run: a
 * bare Node process that serves one static page, from spawn to that page painted.
 */
export async function run(): Promise<void> {
  const tmp = tempDir();
  const library = join(tmp.dir, 'library.sqlite');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    // Seed the library once, so every measured start opens an existing library.
    await (await startServe(library)).stop();

    const ours: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(await timeParallax(browser, library));
      base.push(await timeBaseline(browser));
    }
    const b = summarise(base);
    report({
      scenario: 'startup',
      metric: 'serve start → library list painted (5 rows)',
      ...summarise(ours),
      unit: 'ms',
      baseline: { name: 'bare node static page', median: b.median },
    });
  } finally {
    await browser.close();
    tmp.cleanup();
  }
}

async function timeParallax(browser: Browser, library: string): Promise<number> {
  const page = await browser.newPage();
  const t = now();
  const { url, stop } = await startServe(library);
  await page.goto(url);
  await page.locator('[role="listbox"] [role="option"]').nth(4).waitFor({ state: 'visible' });
  // One more frame, so the rows are painted, not just laid out.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  const ms = now() - t;
  await page.close();
  await stop();
  return ms;
}

async function timeBaseline(browser: Browser): Promise<number> {
  const page = await browser.newPage();
  const t = now();
  const script = `require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':'text/html'});s.end('<ul>'+'<li>row</li>'.repeat(5)+'</ul>')}).listen(0,'127.0.0.1',function(){console.log('http://127.0.0.1:'+this.address().port+'/')})`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => child.stdout!.on('data', (c) => resolve(String(c).trim())));
  await page.goto(url);
  await page.locator('li').nth(4).waitFor({ state: 'visible' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  const ms = now() - t;
  await page.close();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return ms;
}
