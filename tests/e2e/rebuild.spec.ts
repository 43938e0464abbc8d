import { test, expect } from './support/fixtures';
import { scriptEventStream } from './support/event-stream';
import type { RebuildStatus } from '../../src/shared/events';

/**
 * A library that rebuilds its search index as it opens (after an update), as the page sees it:
 * the library's answers are real except for what this test holds back — `getAppInfo` says a
 * rebuild is running, the event stream carries its progress and its end, and search waits until
 * the test lets it go — so each step is seen whatever the machine's speed.
 */

const TKP_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';

test('the page shows the rebuild, the list and the reader work meanwhile, and search waits for its index', async ({ page, server }) => {
  const running: RebuildStatus = { dataset: 'search-index', done: 1200, total: 10000 };
  let letGo!: () => void;
  const done = new Promise<void>((resolve) => (letGo = resolve));

  await page.route(`${server.origin}/api/getAppInfo`, async (route) => {
    const res = await route.fetch();
    const body = (await res.json()) as { ok: true; value: object };
    await route.fulfill({ json: { ok: true, value: { ...body.value, rebuilding: running } } });
  });
  await page.route(`${server.origin}/api/searchArticles`, async (route) => {
    await done;
    await route.fallback();
  });
  // The first stream says how far the rebuild is; the next one (EventSource reconnects) that it is done.
  await scriptEventStream(page, server.origin, [{ type: 'rebuildProgress', ...running, done: 4000 }, { type: 'rebuildDone' }], done);

  await page.goto(server.url);
  const status = page.getByRole('status').filter({ hasText: 'Rebuilding the search index…' });
  await expect(status).toBeVisible();
  await expect(status).toContainText('4,000 of 10,000 reports');
  await expect(status.getByRole('progressbar', { name: 'Rebuilding the search index…' })).toHaveAttribute('aria-valuetext', '4,000 of 10,000 reports');
  await expect(status).toContainText('Search waits for its index');

  // The list and the reader answer while the index is rebuilt.
  await page.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: TKP_TITLE }).click();
  await expect(page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 1 })).toHaveText(TKP_TITLE);

  // A search waits, and says what for.
  await page.getByRole('combobox', { name: 'Search reports' }).fill('Kreml');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(page.getByRole('heading', { name: 'Search', exact: true }).locator('..')).toContainText('Rebuilding the search index…');
  await expect(results.getByRole('option')).toHaveCount(0);

  letGo();
  await expect(results.getByRole('option').first()).toBeVisible();
  await expect(status).toHaveCount(0);
});
