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
 * long enough to be seen.
 */

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

test('a report ingested while the timeline is open: the old rows stay, the line "Wird aktualisiert…" is shown, then the new report\'s row', async ({ page, library }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await storeViews(page, library);

  const server = await startServer({ libraryPath: library });
  try {
    await openTimeline(page, server.url);
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
    const timeline = page.getByRole('list', { name: 'Ereignisse nach Datum' }).getByRole('listitem');
    const firstRow = (await timeline.first().innerText()).trim();
    expect(firstRow).toMatch(/2024/);
    const title = 'Neuer Bericht zum Hafenstreit in Lindenau';
    const text = `${title}\n\nMara Velden sprach am 2024-01-02 in Lindenau über den Streit Nummer 0 um den Hafen. Der Rat von Lindenau beriet den Fall 0 mit Mara Velden und Piotr Adamek.`;
    const res = await page.request.post(`${server.origin}/api/ingestText`, { headers: { [HTTP_TOKEN_HEADER]: server.token, 'content-type': 'application/json' }, data: [{ name: 'neu.txt', text }] });
    expect(res.ok()).toBe(true);

    // The views are built again behind their last answer: said quietly, the old rows stay.
    const updating = page.getByRole('status').filter({ hasText: 'Wird aktualisiert…' });
    await expect(updating).toBeVisible({ timeout: 60_000 });
    expect((await timeline.first().innerText()).trim()).toBe(firstRow);
    await expect(page.getByRole('button', { name: new RegExp(title) })).toHaveCount(0);
    // Then the new report's row, and the line gone.
    await expect(page.getByRole('button', { name: new RegExp(title) }).first()).toBeVisible({ timeout: 240_000 });
    await expect(updating).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await server.stop();
  }
});

test('a window that starts hearing the host mid-rebuild says so from its answer, then shows the new report\'s row without the line', async ({ page, context, library }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await storeViews(page, library);

  const server = await startServer({ libraryPath: library });
  try {
    await openTimeline(page, server.url);
    // A second window, on the list, whose event stream is held back: it connects once the build
    // behind has started, as a window opened then would, and hears no `viewsUpdating`. (Held, not
    // opened then: a 2,000-report build can land before a page has loaded.)
    const second = await context.newPage();
    second.on('pageerror', (e) => errors.push(String(e)));
    let connect = () => {};
    const held = new Promise<void>((resolve) => (connect = resolve));
    await second.route('**/api/events**', async (route) => {
      await held;
      await route.continue();
    });
    await second.goto(server.url);
    await expect(second.getByRole('listbox', { name: 'Reports' }).getByRole('option').first()).toBeVisible();

    const title = 'Neuer Bericht zum Hafenstreit in Korvhafen';
    const text = `${title}\n\nJonas Brekke sprach am 2024-01-05 in Korvhafen über den Streit Nummer 1 um den Hafen. Der Rat von Korvhafen beriet den Fall 1 mit Jonas Brekke und Lena Sorvik.`;
    const res = await page.request.post(`${server.origin}/api/ingestText`, { headers: { [HTTP_TOKEN_HEADER]: server.token, 'content-type': 'application/json' }, data: [{ name: 'neu.txt', text }] });
    expect(res.ok()).toBe(true);
    // The first window has seen the build start (its line needs the host to have sent `viewsUpdating`).
    await expect(page.getByRole('status').filter({ hasText: 'Updating…' })).toBeVisible({ timeout: 60_000 });

    connect();
    await second.getByRole('navigation').getByRole('button', { name: 'Timeline' }).click();
    const updating = second.getByRole('status').filter({ hasText: 'Updating…' });
    await expect(updating).toBeVisible();
    await expect(second.getByRole('button', { name: new RegExp(title) })).toHaveCount(0);
    // Then the new answer, and the line gone.
    await expect(second.getByRole('button', { name: new RegExp(title) }).first()).toBeVisible({ timeout: 240_000 });
    await expect(updating).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await server.stop();
  }
});
