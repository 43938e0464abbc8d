import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { corpusFile } from './lib/corpus';
import { report, summarise } from './lib/measure';
import { ROOT, tempDir } from './lib/paths';
import { memoryOf, parallaxPeak, startServe, watchPeak } from './lib/process';

const CHROMIUM = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const RUNS = 3;

/**
 * Issue 13's import figures for 10,000 reports (28 MB of JSON Lines): the peak resident set of
 * `parallax ingest` (compare catch-up included) and of `parallax serve` while the window
 * imports the same file by its file picker, with the longest task the window's main thread
 * ran meanwhile (what a person feels as a freeze). Baseline in the same run: the peak of a
 * process that only inserts the same records raw into an FTS5 table.
 */
export async function run(): Promise<void> {
  const tmp = tempDir();
  const file = corpusFile(10_000);
  const rawScript = join(tmp.dir, 'raw.cjs');
  writeFileSync(
    rawScript,
    `const D = require(${JSON.stringify(join(ROOT, 'node_modules/better-sqlite3'))});
     const db = new D(process.argv[2]); db.pragma('journal_mode = WAL');
     db.exec("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')");
     const ins = db.prepare('INSERT INTO t(title, body) VALUES (?, ?)');
     const rl = require('readline').createInterface({ input: require('fs').createReadStream(process.argv[3]) });
     let batch = [];
     const flush = db.transaction((rows) => rows.forEach((r) => ins.run(r.title, r.text)));
     rl.on('line', (l) => { if (!l.trim()) return; batch.push(JSON.parse(l)); if (batch.length === 250) { flush(batch); batch = []; } });
     rl.on('close', () => { flush(batch); db.close(); });`,
  );
  const raw: number[] = [];
  const cli: number[] = [];
  const cliMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const child = spawn(process.execPath, [rawScript, join(tmp.dir, `raw-${i}.sqlite`), file], { stdio: 'ignore' });
    const w = watchPeak(child);
    await w.exited;
    raw.push(w.peakMb());
    const r = await parallaxPeak(['ingest', file, '--library', join(tmp.dir, `cli-${i}.sqlite`)]);
    if (r.code !== 0) throw new Error(`bench: parallax ingest exited with ${r.code}`);
    cli.push(r.peakMb);
    cliMs.push(r.ms);
  }
  const baseline = { name: 'raw FTS5 insert, own process', median: summarise(raw).median };
  report({ scenario: 'import', metric: '10k: parallax ingest, peak RSS (VmHWM)', ...summarise(cli), unit: 'MB', baseline, goal: '≤ 350 MB' });
  report({ scenario: 'import', metric: '10k: parallax ingest, wall time', ...summarise(cliMs), unit: 'ms' });

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const ui: number[] = [];
  const freeze: number[] = [];
  const idle: number[] = [];
  try {
    for (let i = 0; i < 2; i++) {
      const serve = await startServe(join(tmp.dir, `ui-${i}.sqlite`));
      const page = await browser.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __longest: number };
        w.__longest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(serve.url);
      await page.locator('[role="listbox"] [role="option"]').first().waitFor();
      // The longest task of opening the page: what the window does anyway.
      idle.push(await page.evaluate(() => (window as unknown as { __longest: number }).__longest));
      await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
      await page.getByLabel('Files to import').setInputFiles(file);
      await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 15 * 60_000 });
      freeze.push(await page.evaluate(() => (window as unknown as { __longest: number }).__longest));
      // The host indexes the new reports for the compare views after the import: its peak counts too.
      await settled(join(tmp.dir, `ui-${i}.sqlite`));
      ui.push(memoryOf(serve.child.pid!)?.peakMb ?? NaN);
      await page.close();
      await serve.stop();
    }
  } finally {
    await browser.close();
    tmp.cleanup();
  }
  report({ scenario: 'import', metric: '10k via the window: serve peak RSS (VmHWM)', ...summarise(ui), unit: 'MB', baseline, goal: '≤ 350 MB' });
  report({
    scenario: 'import',
    metric: '10k via the window: longest main-thread task',
    ...summarise(freeze),
    unit: 'ms',
    baseline: { name: 'longest task opening the page', median: summarise(idle).median },
    goal: 'no freeze (≤ 200 ms)',
  });
}

/** Resolves once the library has no article waiting for the compare index (read from outside). */
async function settled(library: string): Promise<void> {
  const db = new Database(library, { readonly: true, fileMustExist: true });
  try {
    for (;;) {
      const n = (db.prepare('SELECT count(*) AS n FROM compare_pending').get() as { n: number }).n;
      if (n === 0) return;
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    db.close();
  }
}
