import Database from 'better-sqlite3';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { startServer } from './support/server';
import { scriptEventStream } from './support/event-stream';

/**
 * A library written by the release before (its compare rows one version older) opened again,
 * as a person meets it: every report waits for the compare catch-up, which is shown with how
 * far it is while People & places waits, then the view shows the people of the rebuilt rows.
 * The five seeds catch up in a moment, so the page's view of a long catch-up (100k reports:
 * minutes) is held by the test — the event stream says it runs, the view's call waits — until
 * the test lets it go; the rows the view then shows are the host's own.
 */
test('after an update the people view waits with the catch-up shown, its progress in reports, then shows the people', async ({ page }, testInfo) => {
  // A library the host made, its compare rows marked as written by the version before.
  const first = await startServer();
  const libraryPath = join(testInfo.outputDir, 'older.sqlite');
  await mkdir(testInfo.outputDir, { recursive: true });
  const copy = new Database(first.libraryPath);
  await copy.backup(libraryPath);
  copy.close();
  await first.stop();
  const older = new Database(libraryPath);
  const version = older.prepare("SELECT version FROM derived_state WHERE name = 'compare-rows'").pluck().get() as number;
  older.prepare("UPDATE derived_state SET version = ? WHERE name = 'compare-rows'").run(version - 1);
  older.close();

  const server = await startServer({ libraryPath });
  try {
    let letGo!: () => void;
    const done = new Promise<void>((resolve) => (letGo = resolve));
    await page.route(`${server.origin}/api/listEntityPage`, async (route) => {
      await done;
      await route.fallback();
    });
    const progress = (done: number) => ({ type: 'taskProgress', task: 'compareIndex', done, total: 98_740 });
    await scriptEventStream(page, server.origin, [progress(40_000), progress(98_740)], done);

    await page.goto(server.url);
    await expect(page.getByRole('listbox', { name: 'Reports' }).getByRole('option').first()).toBeVisible();
    await page.getByRole('navigation').getByRole('button', { name: 'People & places' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Indexing new reports for the timeline, people and comparisons…' });
    await expect(status).toBeVisible();
    await expect(status).toContainText('40,000 of 98,740 reports');
    const people = page.getByRole('list', { name: 'People & places' });
    await expect(people.getByRole('listitem')).toHaveCount(0);

    letGo();
    await expect(people.getByRole('listitem').first()).toBeVisible();
    await expect(status).toHaveCount(0);
    // The rows are the host's, rebuilt at this version: the library says nothing waits.
    const db = new Database(libraryPath, { readonly: true });
    expect(db.prepare("SELECT version FROM derived_state WHERE name = 'compare-rows'").pluck().get()).toBe(version);
    expect(db.prepare('SELECT count(*) FROM compare_pending').pluck().get()).toBe(0);
    db.close();
  } finally {
    await server.stop();
  }
});
