import Database from 'better-sqlite3';
import { expect, type Page } from '@playwright/test';
import { HTTP_TOKEN_HEADER } from '../../src/shared/api';
import { harbourRecord, withGeneratedLibrary } from './support/generated-library';
import { startServer } from './support/server';

/**
 * A report ingested while the timeline is open, in a library reopened with its views stored (as
 * a settled 100k library is after an import): the timeline keeps its rows, says quietly that it
 * is updating while its views are built again behind it, then shows the new report's row. Main
 * blanked the view for the build (20–150 s at 100k). 2,000 invented reports, so the build takes
 * long enough to be seen; the first test's host treats them as a large library
 * (`PARALLAX_VIEWS_SETTLE_FROM`), whose stored views are not warmed to fold a new report in.
 */

/** A host whose 2,000 reports' views behave as a 100k library's (settled, stored ones not warmed). */
const AS_LARGE = { PARALLAX_VIEWS_SETTLE_FROM: '1000' };

const REPORTS = 2000;
const test = withGeneratedLibrary('views-stale', () => Array.from({ length: REPORTS }, (_, r) => harbourRecord(r, 30, 6)));
test.setTimeout(300_000);

/** Whether the library holds its three views stored at the stamp its rows stand at. */
function viewsStored(library: string): boolean {
  const db = new Database(library, { readonly: true });
  try {
    const changes = db.prepare('SELECT changes FROM explore_views_state').pluck().get() as number;
    return (db.prepare('SELECT count(*) FROM explore_views WHERE stamp = ?').pluck().get(changes) as number) === 3;
  } finally {
    db.close();
  }
}

async function openTimeline(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('listbox', { name: 'Reports' }).getByRole('option').first()).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Timeline' }).click();
  await expect(page.getByRole('list', { name: 'Events by date' }).getByRole('listitem').first()).toBeVisible({ timeout: 180_000 });
}

/** A first session builds the views; the host stores them once quiet. */
async function storeViews(page: Page, library: string): Promise<void> {
  const first = await startServer({ libraryPath: library });
  try {
    await openTimeline(page, first.url);
    await expect.poll(() => viewsStored(library), { timeout: 120_000, intervals: [1000] }).toBe(true);
  } finally {
    await first.stop();
  }
}

/**
 * Records, from now on, whether the page ever showed `line` in a status together with the
 * timeline's first row still `firstRow` and no button naming `title`: the last answer kept while
 * the build runs behind it. Checked on every change of the page, since a fast machine's build can
 * land between two of Playwright's polls.
 */
async function watchForStaleRows(page: Page, line: string, firstRow: string | null, title: string): Promise<() => Promise<boolean>> {
  await page.evaluate(
    ({ line, firstRow, title }) => {
      const w = window as unknown as { sawStale?: boolean };
      w.sawStale = false;
      const check = () => {
        const statuses = [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? '');
        if (!statuses.some((t) => t.includes(line))) return;
        const rows = document.querySelector('[aria-label="Ereignisse nach Datum"], [aria-label="Events by date"]')?.querySelectorAll('[role="listitem"]');
        if (!rows || rows.length === 0) return;
        if (firstRow !== null && (rows[0]!.textContent ?? '').replace(/\s+/g, ' ').trim() !== firstRow) return;
        if ([...document.querySelectorAll('button')].some((b) => `${b.getAttribute('aria-label') ?? ''} ${b.textContent ?? ''}`.includes(title))) return;
        w.sawStale = true;
      };
      new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      check();
    },
    { line, firstRow, title },
  );
  return () => page.evaluate(() => (window as unknown as { sawStale?: boolean }).sawStale === true);
}

/** The row's words as the watcher reads them. */
const rowText = (s: string) => s.replace(/\s+/g, ' ').trim();

test('a report ingested while the timeline is open: the old rows stay, the line "Wird aktualisiert…" is shown, then the new report\'s row', async ({ page, library }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await storeViews(page, library);

  const server = await startServer({ libraryPath: library, env: AS_LARGE });
  try {
    await openTimeline(page, server.url);
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
    const timeline = page.getByRole('list', { name: 'Ereignisse nach Datum' }).getByRole('listitem');
    const firstRow = rowText(await timeline.first().textContent() ?? '');
    expect(firstRow).toMatch(/2024/);
    const title = 'Neuer Bericht zum Hafenstreit in Lindenau';
    const sawStale = await watchForStaleRows(page, 'Wird aktualisiert…', firstRow, title);
    const text = `${title}\n\nMara Velden sprach am 2024-01-02 in Lindenau über den Streit Nummer 0 um den Hafen. Der Rat von Lindenau beriet den Fall 0 mit Mara Velden und Piotr Adamek.`;
    const res = await page.request.post(`${server.origin}/api/ingestText`, { headers: { [HTTP_TOKEN_HEADER]: server.token, 'content-type': 'application/json' }, data: [{ name: 'neu.txt', text }] });
    expect(res.ok()).toBe(true);

    // The new report's row once the build behind lands, and the line gone.
    await expect(page.getByRole('button', { name: new RegExp(title) }).first()).toBeVisible({ timeout: 240_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Wird aktualisiert…' })).toHaveCount(0);
    // Meanwhile the old rows stayed, said quietly to be updating, and no new row among them.
    expect(await sawStale()).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await server.stop();
  }
});

test('a window that is not hearing the host reads the line from its answer, and once it hears again shows the new report\'s row without it', async ({ page, library }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await storeViews(page, library);

  const server = await startServer({ libraryPath: library });
  try {
    // The window's event stream is held back, as for a window whose stream has not opened yet or
    // was lost: it hears neither `viewsUpdating` nor `viewsUpdated`.
    let connect = () => {};
    const held = new Promise<void>((resolve) => (connect = resolve));
    await page.route('**/api/events**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(server.url);
    await expect(page.getByRole('listbox', { name: 'Reports' }).getByRole('option').first()).toBeVisible();

    const title = 'Neuer Bericht zum Hafenstreit in Korvhafen';
    const text = `${title}\n\nJonas Brekke sprach am 2024-01-05 in Korvhafen über den Streit Nummer 1 um den Hafen. Der Rat von Korvhafen beriet den Fall 1 mit Jonas Brekke und Lena Sorvik.`;
    const res = await page.request.post(`${server.origin}/api/ingestText`, { headers: { [HTTP_TOKEN_HEADER]: server.token, 'content-type': 'application/json' }, data: [{ name: 'neu.txt', text }] });
    expect(res.ok()).toBe(true);

    // No window reads the views, so none is being built: this read starts the build behind the
    // stored answer and is served that answer, marked as updating.
    await page.getByRole('navigation').getByRole('button', { name: 'Timeline' }).click();
    const updating = page.getByRole('status').filter({ hasText: 'Updating…' });
    await expect(updating).toBeVisible();
    await expect(page.getByRole('list', { name: 'Events by date' }).getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('button', { name: new RegExp(title) })).toHaveCount(0);

    // The build lands unseen by the window (the host answers current again), and it then hears
    // the host again: it reads the views anew, the new answer and no line.
    const headers = { [HTTP_TOKEN_HEADER]: server.token, 'content-type': 'application/json' };
    const current = async () => ((await (await page.request.post(`${server.origin}/api/getTimelinePage`, { headers, data: [{}] })).json()) as { ok: boolean; value?: { updating?: boolean } });
    await expect.poll(async () => { const r = await current(); return r.ok && r.value?.updating !== true; }, { timeout: 240_000 }).toBe(true);
    await expect(updating).toBeVisible();
    connect();
    await expect(page.getByRole('button', { name: new RegExp(title) }).first()).toBeVisible({ timeout: 240_000 });
    await expect(updating).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await server.stop();
  }
});
