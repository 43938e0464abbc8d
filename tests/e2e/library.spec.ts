import { test, expect } from './support/fixtures';

/**
 * The library window as a person uses it, against the real HTTP host with the five seed
 * reports. Run `npm run build` first.
 */

const STATED_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';
const FIRST_PARAGRAPH_START = 'Bei den Gesprächen zwischen dem russischen Präsidenten Wladimir Putin';

const NOTE = [
  'Kreml bestätigt neues Treffen mit US-Gesandtem',
  '',
  'Moskau - Der Kreml hat ein weiteres Treffen zwischen Präsident Wladimir Putin und dem US-Sondergesandten',
  'Steve Witkoff bestätigt. Ein Datum wurde zunächst nicht genannt, sagte Kremlsprecher Dmitri Peskow am Montag.',
  '',
  'Beobachter erwarten, dass es bei dem Gespräch erneut um eine mögliche Waffenruhe in der Ukraine geht.',
].join('\n');

test('lists the five seed reports with title, outlet and date where known', async ({ app, listed }) => {
  const list = app.getByRole('listbox', { name: 'Reports' });
  const rows = list.getByRole('option');
  await expect(rows).toHaveCount(5);
  await expect(app.getByRole('heading', { name: 'All reports' })).toBeVisible();
  await expect(app.getByText('5 reports')).toBeVisible();
  await expect(list.getByText(STATED_TITLE)).toBeVisible();
  // The token moved out of the address bar.
  expect(app.url()).not.toContain('token=');

  const items = await listed();
  expect(items).toHaveLength(5);
  for (const [i, item] of items.entries()) {
    const row = rows.nth(i);
    await expect(row).toContainText(item.title);
    if (item.site) await expect(row).toContainText(item.site);
    // A date shows at least its year; an undated report says so instead of inventing one.
    await expect(row).toContainText(item.published ? item.published.slice(0, 4) : 'No date');
    if (item.publishedSource === 'inferred') await expect(row).toContainText('inferred');
    await expect(row).toContainText('min read');
  }
});

test('clicking a report opens it in the reader', async ({ app }) => {
  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader.getByText('No report open')).toBeVisible();
  await app.getByRole('option', { name: STATED_TITLE }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(STATED_TITLE);
  await expect(reader.getByText(FIRST_PARAGRAPH_START)).toBeVisible();
  await expect(app.getByRole('option', { name: STATED_TITLE })).toHaveAttribute('aria-selected', 'true');
});

test('a click just after the wheel scrolled the list opens the report under the pointer', async ({ app }) => {
  // A short window, so that the five reports overflow the list.
  await app.setViewportSize({ width: 1360, height: 460 });
  const list = app.getByRole('listbox', { name: 'Reports' });
  const reader = app.getByRole('region', { name: 'Reader' });
  const box = await list.boundingBox();
  if (!box) throw new Error('the list is not shown');
  await app.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await app.mouse.wheel(0, 60);
  await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  // The row under the pointer once the list has moved, clicked at once, as a person would.
  const under = await list.evaluate((el, y) => {
    for (const row of el.querySelectorAll<HTMLElement>('[role=option]')) {
      const r = row.getBoundingClientRect();
      if (r.top + 8 < y && r.bottom - 8 > y) return row.querySelector('.report-title')?.firstChild?.textContent?.trim() ?? null;
    }
    return null;
  }, box.y + box.height / 2);
  if (!under) throw new Error('no row under the pointer');
  await app.mouse.down();
  await app.mouse.up();
  await expect(reader.getByRole('heading', { level: 1 })).toContainText(under.slice(0, 30));
  await expect(list.getByRole('option', { selected: true })).toContainText(under.slice(0, 30));
});

test('keyboard: arrows move the selection, Enter opens, Escape returns to the list', async ({ app, listed }) => {
  const items = await listed();
  const list = app.getByRole('listbox', { name: 'Reports' });
  const rows = list.getByRole('option');
  const reader = app.getByRole('region', { name: 'Reader' });

  await list.focus();
  await expect(list).toBeFocused();
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');

  await app.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'false');
  await expect(list).toHaveAttribute('aria-activedescendant', (await rows.nth(1).getAttribute('id')) ?? 'missing');

  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowUp');
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  // Selection alone does not open anything.
  await expect(reader.getByText('No report open')).toBeVisible();

  await app.keyboard.press('Enter');
  await expect(reader.getByRole('heading', { level: 1 })).toContainText(items[2]!.title);
  await expect(reader).toBeFocused();

  await app.keyboard.press('Escape');
  await expect(list).toBeFocused();
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');

  // The selection stops at the ends instead of wrapping.
  await app.keyboard.press('End');
  await app.keyboard.press('ArrowDown');
  await expect(rows.nth(4)).toHaveAttribute('aria-selected', 'true');
});

test('the theme switch changes data-theme and the background, and is remembered', async ({ app }) => {
  const html = app.locator('html');
  const background = () => app.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect(html).toHaveAttribute('data-theme', 'light');
  const lightBackground = await background();

  const button = app.getByRole('button', { name: /^Theme:/ });
  await expect(button).toHaveAccessibleName('Theme: System');
  for (let i = 0; i < 3 && (await html.getAttribute('data-theme')) !== 'dark'; i++) await button.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(button).toHaveAccessibleName('Theme: Dark');
  expect(await background()).not.toBe(lightBackground);

  await app.reload();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(app.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
});

test('the language switch turns the interface German', async ({ app }) => {
  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await expect(app.locator('html')).toHaveAttribute('lang', 'de');
  await expect(app.getByRole('heading', { name: 'Alle Berichte' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Importieren…' })).toBeVisible();
  await expect(app.getByText('5 Berichte')).toBeVisible();
  await expect(app.getByRole('listbox', { name: 'Berichte' })).toBeVisible();
  await expect(app.getByRole('combobox', { name: 'Sprache' })).toBeVisible();
  await expect(app.getByText('All reports')).toHaveCount(0);
});

test('importing a text file with the file picker adds a row and shows a summary', async ({ app }) => {
  const rows = app.getByRole('listbox', { name: 'Reports' }).getByRole('option');
  await expect(rows).toHaveCount(5);

  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles({ name: 'kreml-notiz.txt', mimeType: 'text/plain', buffer: Buffer.from(NOTE, 'utf8') });

  await expect(rows).toHaveCount(6);
  const summary = app.getByRole('status').filter({ hasText: 'Import finished' });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Added: 1');
  await expect(summary).toContainText('kreml-notiz.txt');
  await expect(app.getByText('6 reports')).toBeVisible();

  // The same file again, through Ctrl+O this time: nothing new, and the summary says why.
  await app.getByRole('listbox', { name: 'Reports' }).focus();
  const again = app.waitForEvent('filechooser');
  await app.keyboard.press('Control+O');
  await (await again).setFiles({ name: 'kreml-notiz.txt', mimeType: 'text/plain', buffer: Buffer.from(NOTE, 'utf8') });
  await expect(summary).toContainText('Already in the library: 1');
  await expect(rows).toHaveCount(6);

  await summary.getByRole('button', { name: 'Dismiss' }).click();
  await expect(summary).toHaveCount(0);
});

test('importing a JSON Lines file of 30 reports summarises it: counts, eight names, each warning once', async ({ app }) => {
  const lines = Array.from({ length: 30 }, (_, i) =>
    JSON.stringify(i < 3 ? { id: `leer${i}`, title: `Leer ${i}`, text: '—' } : { id: `r${i}`, title: `Bericht Nummer ${i}`, text: `Absatz ${i} über Verhandlungen und Gespräche. `.repeat(20) }),
  );
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles({ name: 'dreissig.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(lines.join('\n'), 'utf8') });
  const summary = app.getByRole('status').filter({ hasText: 'Import finished' });
  await expect(summary).toContainText('Added: 30');
  await expect(summary.locator('[data-kind="added"] li')).toHaveCount(9);
  await expect(summary).toContainText('… and 22 more');
  // Three reports without a body: one line for the three.
  await expect(summary.locator('.warnings li')).toHaveCount(1);
  await expect(summary.locator('.warnings li')).toContainText('(3 reports)');
  await expect(app.getByText('35 reports')).toBeVisible();
});

test('dropping a file onto the window imports it', async ({ app }) => {
  const rows = app.getByRole('listbox', { name: 'Reports' }).getByRole('option');
  await expect(rows).toHaveCount(5);
  const dataTransfer = await app.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'abgelegt.txt', { type: 'text/plain' }));
    return dt;
  }, NOTE);
  await app.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(app.getByText('Drop files to add them to the library')).toBeVisible();
  await app.dispatchEvent('body', 'dragover', { dataTransfer });
  await app.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(app.getByText('Drop files to add them to the library')).toHaveCount(0);
  await expect(rows).toHaveCount(6);
  await expect(app.getByRole('status').filter({ hasText: 'Import finished' })).toContainText('abgelegt.txt');
});

test('Add text ingests pasted text', async ({ app }) => {
  await app.getByRole('button', { name: 'Add text…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add text' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Text' }).fill(NOTE);
  await dialog.getByRole('textbox', { name: 'Name (optional)' }).fill('Notiz aus der Zwischenablage');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('listbox', { name: 'Reports' }).getByRole('option')).toHaveCount(6);
  await expect(app.getByRole('status').filter({ hasText: 'Import finished' })).toContainText('Added: 1');
});

test('? shows the keyboard shortcuts', async ({ app }) => {
  await app.getByRole('listbox', { name: 'Reports' }).focus();
  await app.keyboard.press('?');
  const dialog = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Open the selected report');
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('without its token the page says which address to open', async ({ server, browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await expect(page.getByRole('alert')).toContainText('This page needs its access token');
  await expect(page.getByRole('alert')).toContainText('parallax serve');
  await context.close();
});

test('screenshot of the library', async ({ app }, testInfo) => {
  await app.getByRole('option', { name: STATED_TITLE }).click();
  await expect(app.getByRole('region', { name: 'Reader' }).getByText(FIRST_PARAGRAPH_START)).toBeVisible();
  const path = 'test-results/library.png';
  await app.screenshot({ path });
  await testInfo.attach('library', { path, contentType: 'image/png' });

  await app.getByRole('button', { name: /^Theme:/ }).click();
  await app.getByRole('button', { name: /^Theme:/ }).click();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkPath = 'test-results/library-dark.png';
  await app.screenshot({ path: darkPath });
  await testInfo.attach('library-dark', { path: darkPath, contentType: 'image/png' });
});
