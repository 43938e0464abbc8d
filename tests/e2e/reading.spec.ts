import type { Locator, Page, TestInfo } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { dragSelect } from './support/selection';

/**
 * Reading (issue 5): keyboard paths through the text (j/k, h, n/p, Ctrl+Z), themes including
 * sepia, typography that persists, reading progress that is restored. Run `npm run build` first.
 */

const TKP_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';

async function openReport(app: Page, title: string): Promise<Locator> {
  await app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: title }).click();
  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toContainText(title);
  return reader;
}

const focusedParagraph = (app: Page) => app.evaluate(() => (document.activeElement?.hasAttribute('data-para') ? document.activeElement.textContent ?? '' : null));

test('j and k move the focus ring by paragraph and keep it in view; h highlights it; Ctrl+Z undoes a delete', async ({ app }) => {
  const reader = await openReport(app, TKP_TITLE);
  await reader.focus();
  await app.keyboard.press('j');
  const first = await focusedParagraph(app);
  expect(first).toBeTruthy();
  await app.keyboard.press('j');
  await app.keyboard.press('j');
  const third = await focusedParagraph(app);
  expect(third).toBeTruthy();
  expect(third).not.toBe(first);
  await app.keyboard.press('k');
  const second = await focusedParagraph(app);
  expect(second).not.toBe(third);
  expect(second).not.toBe(first);
  const focused = reader.locator('[data-para]:focus');
  await expect(focused).toBeInViewport();
  // The ring is drawn (focus-visible outline), not just a focus.
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

  // Far down by keyboard, the focused paragraph scrolls into view.
  for (let i = 0; i < 12; i++) await app.keyboard.press('j');
  await expect(reader.locator('[data-para]:focus')).toBeInViewport();

  // h highlights the focused paragraph.
  const text = (await focusedParagraph(app))!;
  await app.keyboard.press('h');
  const mark = reader.locator('article.column mark[data-annotation-id]');
  await expect(mark).toHaveCount(1);
  expect((await mark.textContent())!.trim()).toBe(text.trim());

  // Delete it from the sidebar (A opens it), then Ctrl+Z restores it.
  await app.keyboard.press('a');
  const panel = app.getByRole('complementary', { name: 'Annotations' });
  await panel.getByRole('button', { name: 'Delete' }).click();
  await expect(mark).toHaveCount(0);
  await expect(app.getByRole('status').filter({ hasText: 'Annotation deleted' })).toBeVisible();
  await reader.focus();
  await app.keyboard.press('Control+z');
  await expect(mark).toHaveCount(1);
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  // The undo went to the library: still there after a reload.
  await app.reload();
  await openReport(app, TKP_TITLE);
  await expect(app.getByRole('region', { name: 'Reader' }).locator('article.column mark[data-annotation-id]')).toHaveCount(1);
});

test('h highlights a selection made with the keyboard: find the words, Escape leaves them selected', async ({ app }) => {
  const reader = await openReport(app, TKP_TITLE);
  await reader.focus();
  await app.keyboard.press('Control+F');
  await app.keyboard.type('Das Treffen dauerte');
  await expect(reader.getByRole('search', { name: 'Find in article' })).toContainText('1 of 1');
  await app.keyboard.press('Escape');
  await expect.poll(() => app.evaluate(() => window.getSelection()?.toString())).toBe('Das Treffen dauerte');
  await app.keyboard.press('h');
  await expect(reader.locator('article.column mark[data-annotation-id]')).toHaveText(['Das Treffen dauerte']);
  // No selection left behind; the highlight is in the sidebar's list.
  expect(await app.evaluate(() => window.getSelection()?.toString())).toBe('');
  await app.keyboard.press('a');
  await expect(app.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem')).toContainText(['Das Treffen dauerte']);
});

test('n and p open the next and previous report; ] and [ still move between hits', async ({ app, listed }) => {
  const items = await listed();
  await openReport(app, items[1]!.title);
  await app.getByRole('region', { name: 'Reader' }).focus();
  await app.keyboard.press('n');
  await expect(app.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 1 })).toContainText(items[2]!.title);
  await app.keyboard.press('p');
  await app.keyboard.press('p');
  await expect(app.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 1 })).toContainText(items[0]!.title);
  await expect(app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { selected: true })).toContainText(items[0]!.title);

  // The ? dialog lists the new keys.
  await app.keyboard.press('?');
  const dialog = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const text of ['Next / previous paragraph', 'Next / previous report', 'Highlight the selection', 'Annotations sidebar', 'Mark read / unread', 'Undo the last annotation change']) {
    await expect(dialog).toContainText(text);
  }
  await app.keyboard.press('Escape');
});

test('sepia applies from the Aa popover; typography persists across a reload', async ({ app }) => {
  const reader = await openReport(app, TKP_TITLE);
  const column = reader.locator('article.column');
  const sizeBefore = await column.evaluate((el) => getComputedStyle(el).fontSize);
  await reader.getByRole('button', { name: 'Text settings' }).click();
  const panel = app.getByRole('group', { name: 'Text settings' });
  await panel.getByText('Sepia').click();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'sepia');
  expect(await app.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(246, 239, 225)');
  await panel.getByText('Sans serif').click();
  await panel.getByRole('button', { name: 'Larger text' }).click();
  await panel.getByRole('button', { name: 'Larger text' }).click();
  await panel.getByText('Wide').click();
  await panel.getByText('Loose').click();
  const after = await column.evaluate((el) => ({ size: getComputedStyle(el).fontSize, family: getComputedStyle(el).fontFamily, width: el.getBoundingClientRect().width }));
  expect(parseFloat(after.size)).toBe(parseFloat(sizeBefore) + 2);
  expect(after.family).toMatch(/system-ui|sans-serif/);

  await app.reload();
  const again = await openReport(app, TKP_TITLE);
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'sepia');
  const restored = await again.locator('article.column').evaluate((el) => ({ size: getComputedStyle(el).fontSize, family: getComputedStyle(el).fontFamily, leading: getComputedStyle(el).lineHeight }));
  expect(restored.size).toBe(after.size);
  expect(restored.family).toBe(after.family);
  expect(parseFloat(restored.leading) / parseFloat(restored.size)).toBeCloseTo(1.8, 1);
  await again.getByRole('button', { name: 'Text settings' }).click();
  await expect(app.getByRole('group', { name: 'Text settings' }).getByRole('radio', { name: /Wide/ })).toBeChecked();
});

test('reading progress is saved while scrolling and restored after a reload; unread dot and Mark read', async ({ app, listed }) => {
  const reader = await openReport(app, TKP_TITLE);
  const row = app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: TKP_TITLE });
  await expect(row.locator('.unread-dot')).toHaveCount(1);
  const max = await reader.evaluate((el) => el.scrollHeight - el.clientHeight);
  expect(max).toBeGreaterThan(1000);
  await reader.hover();
  await app.mouse.wheel(0, Math.round(max * 0.4));
  await expect.poll(() => reader.evaluate((el) => el.scrollTop)).toBeGreaterThan(max * 0.3);
  const at = await reader.evaluate((el) => el.scrollTop);
  // Saved within a second or so (throttled): once the library has it, the page is reloaded.
  await expect.poll(async () => (await listed()).find((a) => a.title === TKP_TITLE)?.readProgress ?? 0).toBeGreaterThan(0.3);
  await app.reload();
  const again = await openReport(app, TKP_TITLE);
  await expect.poll(() => again.evaluate((el) => el.scrollTop)).toBeGreaterThan(at - 40);
  expect(await again.evaluate((el) => el.scrollTop)).toBeLessThan(at + 40);

  // Mark read from the menu (and M toggles back): the dot goes and comes.
  await again.getByRole('button', { name: 'More' }).click();
  await again.getByRole('menuitem', { name: 'Mark read' }).click();
  await expect(row.locator('.unread-dot')).toHaveCount(0);
  await again.focus();
  await app.keyboard.press('m');
  await expect(row.locator('.unread-dot')).toHaveCount(1);
});

async function shoot(app: Page, testInfo: TestInfo, name: string) {
  const path = `test-results/${name}.png`;
  await app.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('screenshots: selection toolbar, sidebar, All annotations (light, dark, sepia); nothing breaks the CSP', async ({ app }, testInfo) => {
  const violations: string[] = [];
  app.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  const reader = await openReport(app, TKP_TITLE);
  await dragSelect(app, 'über vier Stunden');
  await expect(app.getByRole('toolbar', { name: 'Annotate the selection' })).toBeVisible();
  await shoot(app, testInfo, 'annotate-toolbar-light');
  await app.getByRole('toolbar', { name: 'Annotate the selection' }).getByRole('button', { name: 'Highlight', exact: true }).click();
  const popover = app.getByRole('toolbar', { name: 'Annotation', exact: true });
  await popover.getByRole('button', { name: 'Note' }).click();
  await popover.getByRole('textbox', { name: 'Note' }).fill('Länger als **jedes** frühere Treffen? [dpa](https://www.dpa.com) sagt anderes.');
  await popover.getByRole('button', { name: 'Save' }).click();
  await dragSelect(app, 'Freundschafts- und Beistandspakt');
  await app.getByRole('toolbar', { name: 'Annotate the selection' }).getByRole('button', { name: 'Green' }).click();
  await popover.getByRole('button', { name: 'Tag' }).click();
  await popover.getByRole('combobox', { name: 'Tag' }).fill('Iran');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Escape');
  await reader.getByRole('button', { name: /^Annotations/ }).click();
  await shoot(app, testInfo, 'annotate-sidebar-light');
  await app.locator('html').evaluate(() => undefined);
  const themeButton = app.getByRole('button', { name: /^Theme:/ });
  while ((await app.locator('html').getAttribute('data-theme')) !== 'dark') await themeButton.click();
  await shoot(app, testInfo, 'annotate-sidebar-dark');
  while ((await app.locator('html').getAttribute('data-theme')) !== 'sepia') await themeButton.click();
  await shoot(app, testInfo, 'annotate-sidebar-sepia');
  await reader.getByRole('button', { name: 'Text settings' }).click();
  await shoot(app, testInfo, 'typography-sepia');
  await app.keyboard.press('Escape');
  await app.getByRole('navigation', { name: 'Library views' }).getByRole('button', { name: /^Annotations/ }).click();
  await expect(app.getByRole('list', { name: 'Annotations in the library' }).getByRole('listitem')).toHaveCount(2);
  await shoot(app, testInfo, 'all-annotations-sepia');
  while ((await app.locator('html').getAttribute('data-theme')) !== 'light') await themeButton.click();
  await shoot(app, testInfo, 'all-annotations-light');
  // Zoom (browser host): Ctrl+= scales the window, Ctrl+0 resets.
  await app.keyboard.press('Control+=');
  await expect(app.locator('html')).toHaveCSS('zoom', '1.1');
  await app.keyboard.press('Control+0');
  await expect(app.locator('html')).toHaveCSS('zoom', '1');
  expect(violations).toEqual([]);

  // Print: only the article, no chrome.
  await app.getByRole('navigation', { name: 'Library views' }).getByRole('button', { name: /^All reports/ }).click();
  await app.emulateMedia({ media: 'print' });
  await expect(app.locator('.sidebar')).toBeHidden();
  await expect(app.getByRole('listbox', { name: 'Reports' })).toBeHidden();
  await expect(reader.getByRole('toolbar', { name: 'Report actions' })).toBeHidden();
  await expect(app.getByRole('complementary', { name: 'Annotations' })).toBeHidden();
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(app, testInfo, 'print');
  await app.emulateMedia({ media: 'screen' });
});
