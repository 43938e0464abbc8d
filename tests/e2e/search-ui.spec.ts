import { test, expect } from './support/fixtures';
import type { Page } from '@playwright/test';
import { stubSearch, type SearchStub } from './support/search-stub';

/**
 * The search UI as a person uses it, with the search methods answered by a stand-in
 * (`support/search-stub.ts`) so the UI's own behaviour is tested on its own: debouncing,
 * stale answers, the suggestion combobox, facets, saved searches, hit navigation, find.
 * `search.spec.ts` runs the same flows against the real index.
 */

const TKP_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';

/** A person's pause in typing: well past the search's debounce (`SEARCH_DEBOUNCE_MS`, 120 ms). */
const PAUSE_MS = 1_000;

async function openWithStub(page: Page, server: { url: string; origin: string }, listed: () => Promise<import('../../src/shared/api').ArticleSummary[]>): Promise<SearchStub> {
  const stub = await stubSearch(page, server.origin, await listed());
  await page.goto(server.url);
  await expect(page.getByRole('listbox', { name: 'Reports' }).getByRole('option').first()).toBeVisible();
  return stub;
}

test('typing searches after a pause; an older, slower answer never replaces the newer one', async ({ page, server, listed, pageErrors }) => {
  void pageErrors;
  const stub = await openWithStub(page, server, listed);
  const field = page.getByRole('combobox', { name: 'Search reports' });
  const results = page.getByRole('listbox', { name: 'Search results' });

  // The page's clock stands still while the person types, and a pause is the clock moved on by
  // hand: on a loaded machine the keystrokes themselves can come slower than the debounce, and
  // each would then be a pause of its own.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1_000);
  const releaseUsa = stub.hold('USA');
  await field.click();
  await field.pressSequentially('USA', { delay: 20 });
  await page.clock.runFor(PAUSE_MS);
  // "USA" is sent, and its answer held back while the person types on.
  await expect.poll(() => stub.queries).toEqual(['USA']);
  await field.pressSequentially(' Russland', { delay: 20 });
  await page.clock.runFor(PAUSE_MS);
  await expect(results).toHaveAttribute('data-query', 'USA Russland');
  await expect(results.getByRole('option').first()).toBeVisible();
  // One search a pause, not one a keystroke: typing is debounced.
  expect(stub.queries).toEqual(['USA', 'USA Russland']);
  await page.clock.resume();
  // Now the "USA" answer arrives, late; once the page has taken it in, the newer results stay.
  const late = page.waitForResponse((r) => r.url().endsWith('/api/searchArticles') && (JSON.parse(r.request().postData() ?? '[]') as { q?: string }[])[0]?.q === 'USA');
  releaseUsa();
  await (await late).finished();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(results).toHaveAttribute('data-query', 'USA Russland');
  const rows = results.getByRole('option');
  const n = await rows.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) await expect(rows.nth(i)).toContainText(/Russland/i);
});

test('results show snippets with marks and hit counts; facets filter; arrows and Enter open with hits', async ({ page, server, listed }) => {
  await openWithStub(page, server, listed);
  await page.keyboard.press('Control+K');
  const field = page.getByRole('combobox', { name: 'Search reports' });
  await expect(field).toBeFocused();
  await field.fill('Witkoff');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Search', exact: true })).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/witkoff/i);
  await expect(results.getByRole('option').first()).toContainText(/\d+ hits?/);

  const before = await results.getByRole('option').count();
  const facet = page.getByRole('group', { name: 'Outlet' }).getByRole('button').first();
  await facet.click();
  await expect(facet).toHaveAttribute('aria-pressed', 'true');
  await expect(field).toHaveValue(/outlet:/);
  await expect(results.getByRole('option')).not.toHaveCount(before);
  await facet.click();
  await expect(field).toHaveValue('Witkoff');

  // ↓ from the field moves into the results; Enter opens and the reader shows the hits.
  await field.focus();
  await page.keyboard.press('ArrowDown');
  await expect(results).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader).toBeFocused();
  const hits = reader.getByRole('group', { name: 'Search hits in this report' });
  await expect(hits).toContainText(/1 of \d+/);
  await expect(reader.locator('article mark').first()).toBeVisible();
  await page.keyboard.press(']');
  await expect(hits).toContainText(/2 of \d+/);
  await page.keyboard.press('[');
  await expect(hits).toContainText(/1 of \d+/);

  // Escape in the field clears the search and the library list comes back.
  await field.focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(field).toHaveValue('');
  await expect(page.getByRole('listbox', { name: 'Reports' })).toBeVisible();
});

test('suggestions: arrows pick, Enter takes; a title suggestion opens the report', async ({ page, server, listed }) => {
  await openWithStub(page, server, listed);
  await page.locator('body').press('/');
  const field = page.getByRole('combobox', { name: 'Search reports' });
  await expect(field).toBeFocused();
  await field.pressSequentially('Whitkoff');
  const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(suggestions.getByRole('option', { name: /Witkoff/ }).first()).toBeVisible();
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const first = suggestions.getByRole('option').first();
  await expect(field).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? 'missing');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('Witkoff');
  await expect(field).toHaveAttribute('aria-expanded', 'false');

  await field.fill('');
  await field.pressSequentially('Marathon');
  await expect(suggestions.getByRole('option', { name: new RegExp(TKP_TITLE) })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 1 })).toHaveText(TKP_TITLE);
});

test('"did you mean" runs the corrected query; notices are shown', async ({ page, server, listed }) => {
  await openWithStub(page, server, listed);
  const field = page.getByRole('combobox', { name: 'Search reports' });
  await field.fill('Whitkoff');
  await expect(page.getByText('No reports match.')).toBeVisible();
  await page.getByRole('button', { name: 'Witkoff' }).click();
  await expect(field).toHaveValue('Witkoff');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  await field.fill('"Witkoff');
  await expect(page.getByText('unclosed quote: read as a phrase to the end')).toBeVisible();
});

test('saved searches: save, run from the sidebar, delete after confirming', async ({ page, server, listed }) => {
  await openWithStub(page, server, listed);
  const field = page.getByRole('combobox', { name: 'Search reports' });
  await field.fill('Kreml');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  await page.getByRole('button', { name: 'Save search…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save search' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Kreml-Stimmen');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const sidebar = page.getByRole('navigation', { name: 'Library views' });
  const entry = sidebar.getByRole('button', { name: 'Kreml-Stimmen', exact: true });
  await expect(entry).toBeVisible();

  await sidebar.getByRole('button', { name: 'All reports' }).click();
  await expect(page.getByRole('listbox', { name: 'Reports' })).toBeVisible();
  await entry.click();
  await expect(field).toHaveValue('Kreml');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toHaveAttribute('data-query', 'Kreml');

  await sidebar.getByRole('button', { name: 'Delete saved search “Kreml-Stimmen”' }).click();
  await expect(sidebar.getByText('Delete “Kreml-Stimmen”?')).toBeVisible();
  await sidebar.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(entry).toHaveCount(0);
});

test('screenshots of search, light and dark', async ({ page, server, listed }, testInfo) => {
  await openWithStub(page, server, listed);
  const field = page.getByRole('combobox', { name: 'Search reports' });
  await field.fill('Witkoff');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toHaveAttribute('data-query', 'Witkoff');
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
  await expect(page.getByRole('region', { name: 'Reader' }).locator('article mark').first()).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    if (theme === 'dark') {
      const button = page.getByRole('button', { name: /^Theme:/ });
      while ((await page.locator('html').getAttribute('data-theme')) !== 'dark') await button.click();
    }
    await field.click();
    await field.press('End');
    await field.pressSequentially(' ');
    await field.press('Backspace');
    await expect(page.getByRole('listbox', { name: 'Search results' })).toHaveAttribute('data-query', 'Witkoff');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    const path = `test-results/search-${theme}.png`;
    await page.screenshot({ path });
    await testInfo.attach(`search-${theme}`, { path, contentType: 'image/png' });
  }
});
