import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { held } from './support/held';

/**
 * The kbwalk pass: what a person working by keyboard alone (some with a screen reader) met that
 * the earlier walks did not. Every step is a key a person presses; every wait is for something
 * on screen. Run `npm run build` first.
 */

/** What has the keyboard, as a person hears it: role and name, or BODY when nothing has. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'BODY';
    return `${a.getAttribute('role') ?? a.tagName.toLowerCase()} ${a.getAttribute('aria-label') ?? (a.textContent ?? '').trim()}`;
  });
}

/** Presses Tab until the control whose name starts with `name` has the keyboard; how many presses it took. */
async function tabTo(page: Page, name: string | RegExp, max = 40): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    const now = (await focused(page)).replace(/^\S+ /, '');
    if (typeof name === 'string' ? now.startsWith(name) : name.test(now)) return i;
  }
  throw new Error(`Tab never reached "${name}" in ${max} presses (last: ${await focused(page)})`);
}

test('the trash by keyboard: Restore, Delete permanently, Cancel and Escape never drop the keyboard on the page', async ({ app }) => {
  const list = app.getByRole('listbox', { name: 'Reports' });
  await list.focus();
  await app.keyboard.press('Delete');
  await expect(list.getByRole('option')).toHaveCount(4);
  await app.keyboard.press('Delete');
  await expect(list.getByRole('option')).toHaveCount(3);

  await app.keyboard.press('Control+k');
  await tabTo(app, 'Trash');
  await app.keyboard.press('Enter');
  const trash = app.getByRole('list', { name: 'Trash' });
  await expect(trash.getByRole('listitem')).toHaveCount(2);
  await tabTo(app, 'Restore');

  // Restored: the row is gone; the keyboard is on the next row's Restore.
  await app.keyboard.press('Enter');
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  await expect(trash.getByRole('button', { name: 'Restore' })).toBeFocused();

  // Asking replaces the buttons: the keyboard is on Cancel; Escape takes the question back.
  await app.keyboard.press('Tab');
  await expect(trash.getByRole('button', { name: 'Delete permanently' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('alert').filter({ hasText: 'for good?' })).toBeVisible();
  await expect(trash.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('alert').filter({ hasText: 'for good?' })).toHaveCount(0);
  await expect(trash.getByRole('button', { name: 'Delete permanently' })).toBeFocused();

  // Deleted for good, the last one: the keyboard is on "Back to the library".
  await app.keyboard.press('Enter');
  await expect(trash.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await app.keyboard.press('Shift+Tab');
  await app.keyboard.press('Enter');
  await expect(app.getByText('The trash is empty.')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Back to the library' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(list.getByRole('option')).toHaveCount(4);
});

test('a comparison printed, from the view or from its HTML export, keeps its legend and the fills the legend explains', async ({ app, browser }) => {
  await app.keyboard.press('Control+3');
  await app.getByRole('button', { name: /^Compare this story/ }).first().click();
  const view = app.getByRole('region', { name: 'Comparison' });
  await expect(view.locator('article.column')).toHaveCount(3);
  const [file] = await Promise.all([app.waitForEvent('download'), view.getByRole('button', { name: 'Export HTML' }).click()]);
  // Saved as .html, as a person's browser saves it (a download's own name has no extension: read as text).
  const exported = test.info().outputPath('comparison.html');
  await file.saveAs(exported);

  /** What a printer gets: whether the legend shows and whether its keys and the sentences keep their fills. */
  const printed = (page: Page, legend: string, keys: string, sentence: string) =>
    page.evaluate(
      ({ legend, keys, sentence }) => {
        const kept = (el: Element | null) => !!el && getComputedStyle(el).printColorAdjust === 'exact' && getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)';
        const box = document.querySelector(legend)?.getBoundingClientRect();
        return { legendShown: !!box && box.height > 0, keysKept: [...document.querySelectorAll(keys)].map(kept), sentenceKept: kept(document.querySelector(sentence)) };
      },
      { legend, keys, sentence },
    );

  await app.emulateMedia({ media: 'print' });
  expect(await printed(app, '.compare .legend', '.compare .legend .key:is(.cmp-same, .cmp-paraphrase, .cmp-related)', 'article.column .s.aligned')).toEqual({
    legendShown: true,
    keysKept: [true, true, true],
    sentenceKept: true,
  });

  const page = await browser.newPage();
  try {
    await page.goto(`file://${exported}`);
    await page.emulateMedia({ media: 'print' });
    expect(await printed(page, '.legend', '.legend .s:is(.same, .paraphrase, .related)', '.col .s.paraphrase')).toEqual({
      legendShown: true,
      keysKept: [true, true, true],
      sentenceKept: true,
    });
  } finally {
    await page.close();
  }
});

test('a move to the trash is heard: its line goes into a live region that was in the page before it', async ({ app }) => {
  // A screen reader announces what changes inside a live region it already knows; one that comes
  // with its text already in it is, in Chromium with NVDA or VoiceOver, not announced at all.
  await app.evaluate(() => document.querySelectorAll('[role="status"], [role="alert"], [aria-live]').forEach((el) => el.setAttribute('data-was-there', '')));
  const list = app.getByRole('listbox', { name: 'Reports' });
  await list.focus();
  await app.keyboard.press('Delete');
  const line = app.getByText('1 report moved to trash');
  await expect(line).toBeVisible();
  const region = await line.evaluate((el) => {
    const live = el.closest('[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])');
    return live ? (live.hasAttribute('data-was-there') ? 'there before' : 'came with the text') : 'none';
  });
  expect(region).toBe('there before');
  await expect(list).toBeFocused();
});

test('while a story is being compared the keyboard is on the comparison, not the page', async ({ app }) => {
  await app.keyboard.press('Control+3');
  const story = app.getByRole('button', { name: /^Compare this story/ }).first();
  await expect(story).toBeVisible();
  // The answer held, as on a large library where comparing takes seconds.
  const release = await held(app, 'compareArticles');
  await story.focus();
  await app.keyboard.press('Enter');
  const view = app.getByRole('region', { name: 'Comparison' });
  await expect(view.getByText('Comparing…')).toBeVisible();
  await expect(view).toBeFocused();
  release();
  await expect(view.locator('article.column')).toHaveCount(3);
  await expect(view).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(story).toBeFocused();
});

test('in a comparison Tab stops once per column, so the differences panel is a few Tabs away; j and k still walk the pairs', async ({ app }) => {
  await app.keyboard.press('Control+3');
  await app.getByRole('button', { name: /^Compare this story/ }).first().click();
  const view = app.getByRole('region', { name: 'Comparison' });
  await expect(view.locator('article.column')).toHaveCount(3);
  await expect(view).toBeFocused();
  // The bar's five controls, then per column its text and one sentence, then the panel.
  const presses = await tabTo(app, /^Report 1: \d+ sentences only here/, 60);
  expect(presses).toBeLessThanOrEqual(5 + 3 * 2 + 4);

  // Back in the first column, j goes from pair to pair, and Tab from there leaves the column.
  const column = view.locator('article.column').first();
  await column.locator('.scroll').focus();
  await app.keyboard.press('j');
  await app.keyboard.press('j');
  const second = await focused(app);
  await expect(column.locator('.s.aligned:focus')).toHaveCount(1);
  await app.keyboard.press('Tab');
  await expect(column.locator('.s.aligned:focus')).toHaveCount(0);
  // Shift+Tab comes back to the sentence j left it on.
  await app.keyboard.press('Shift+Tab');
  expect(await focused(app)).toBe(second);
});

test('a pair’s name only one sentence gives is said to be only in that sentence, not only in that report', async ({ app }) => {
  await app.keyboard.press('Control+3');
  await app.getByRole('button', { name: /^Compare this story/ }).first().click();
  const view = app.getByRole('region', { name: 'Comparison' });
  await expect(view.locator('article.column')).toHaveCount(3);
  // Report 1 names Putin in its first sentence; its sentence of this pair does not.
  const first = view.locator('article.column').first();
  await expect(first.locator('.s').first()).toContainText('Putin');
  await first.locator('.s.aligned', { hasText: 'Das Treffen sei beendet' }).click();
  const panel = app.getByRole('complementary', { name: 'Differences' });
  const putin = panel.getByRole('listitem').filter({ hasText: 'Putin' }).first();
  await expect(putin).toContainText('only in Report 3’s sentence');
  await expect(putin).not.toContainText(/only Report 3$/);
});

test('how an import ended is heard: its title and counts go into a live region that was in the page before', async ({ app }) => {
  await app.evaluate(() => document.querySelectorAll('[role="status"], [role="alert"], [aria-live]').forEach((el) => el.setAttribute('data-was-there', '')));
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('listbox', { name: 'Reports' }).focus();
  await app.keyboard.press('Control+O');
  await (await chooser).setFiles([{ name: 'leer.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }]);
  await expect(app.locator('section.summary')).toContainText('leer.txt');
  const heard = await app.evaluate(() =>
    [...document.querySelectorAll('[data-was-there]')].filter((el) => el.getAttribute('aria-live') !== 'off').map((el) => el.textContent ?? '').find((t) => t.includes('Import finished')) ?? null,
  );
  expect(heard).toContain('Import finished. Added: 0. Already in the library: 0. Skipped: 1.');
  // Dismissed, it is not said again.
  await app.locator('section.summary').getByRole('button', { name: 'Dismiss' }).click();
  await expect(app.locator('section.summary')).toHaveCount(0);
  expect(await app.evaluate(() => [...document.querySelectorAll('[data-was-there]')].some((el) => (el.textContent ?? '').includes('Import finished')))).toBe(false);
});
