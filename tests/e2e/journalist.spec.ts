import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { HTTP_TOKEN_HEADER } from '../../src/shared/api';
import { test, expect } from './support/fixtures';

/**
 * A fact-checker's morning in the German UI (the ui4 walkthrough): import a mixed folder, read,
 * tag, re-extract, search, people & places, a narrow window. Each test is a defect found on that
 * walk — a tag lost, a dead end at 900 px, the keyboard dropped on the page, a report that never
 * counted as read — and fails on the build before its fix. Run `npm run build` first.
 */

const TKP_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';

async function german(app: Page) {
  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await expect(app.getByRole('listbox', { name: 'Berichte' })).toBeVisible();
}

async function openTkp(app: Page) {
  await app.getByRole('listbox', { name: 'Berichte' }).getByRole('option', { name: TKP_TITLE }).click();
  const reader = app.getByRole('region', { name: 'Lesebereich' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(TKP_TITLE);
  return reader;
}

test('two tags typed one after the other both stay, however slowly the library answers', async ({ app, server, request }) => {
  await german(app);
  // A busy machine: the library answers the first tag only after the person typed the second.
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await app.route('**/api/updateAnnotation', async (route) => {
    await answered;
    await route.continue();
  });
  const reader = await openTkp(app);
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  await expect(reader.locator('article mark[data-annotation-id]').first()).toBeVisible();
  await app.keyboard.press('Shift+T');
  const field = reader.getByRole('combobox', { name: 'Schlagwort' });
  await expect(field).toBeFocused();
  // The German hint is read whole in the popover's field.
  expect(await field.evaluate(hintFits)).toBe(true);
  await app.keyboard.type('Katar');
  await app.keyboard.press('Enter');
  await app.keyboard.type('Opposition');
  await app.keyboard.press('Enter');
  await expect(reader.locator('.chip')).toHaveText(['#Katar×', '#Opposition×']);

  answer();
  await expect(app.getByRole('region', { name: 'Schlagwörter' })).toContainText('#Opposition');
  await expect(app.getByRole('region', { name: 'Schlagwörter' })).toContainText('#Katar');
  const res = await request.post(`${server.origin}/api/listAnnotations`, { headers: { [HTTP_TOKEN_HEADER]: server.token, 'content-type': 'application/json' }, data: [] });
  const body = (await res.json()) as { value: { tags: string[] }[] };
  expect(body.value.map((a) => a.tags)).toEqual([['Katar', 'Opposition']]);

  // All annotations: the filters read whole in German.
  await app.getByRole('navigation').getByRole('button', { name: /^Anmerkungen/ }).click();
  const tagFilter = app.getByRole('combobox', { name: 'Nach Schlagwort filtern' });
  await expect(tagFilter).toHaveValue('');
  expect(await tagFilter.evaluate(selectedFits)).toBe(true);
  // Their Markdown export reads German too (it said "highlight: yellow" and "source:").
  await app.getByRole('button', { name: 'Anmerkungen exportieren' }).first().click();
  const [file] = await Promise.all([app.waitForEvent('download'), app.getByRole('menuitem', { name: 'Markdown' }).click()]);
  const markdown = await readFile((await file.path())!, 'utf8');
  expect(markdown).toContain('> — Markierung: gelb');
  expect(markdown).toContain('*TKP · 12. Apr. 2025* · Quelle: `');
  expect(markdown).not.toMatch(/highlight:|source:/);
});

test('a window 900 px wide folds the sidebar to a button: search, the views and the language stay in reach', async ({ app }) => {
  await german(app);
  await app.setViewportSize({ width: 900, height: 760 });
  const toggle = app.getByRole('button', { name: 'Suche, Ansichten und Einstellungen' });
  const nav = app.getByRole('navigation', { name: 'Ansichten der Bibliothek' });
  await expect(toggle).toBeVisible();
  await expect(nav).toBeHidden();

  // Ctrl+K unfolds it beside the list, the keyboard in the field; the results stay in view.
  const list = app.getByRole('listbox', { name: 'Berichte' });
  await list.focus();
  await app.keyboard.press('Control+K');
  const field = app.getByRole('combobox', { name: 'Berichte durchsuchen' });
  await expect(field).toBeFocused();
  await expect(field).toBeInViewport({ ratio: 1 });
  await app.keyboard.type('Dmitriev');
  const results = app.getByRole('listbox', { name: 'Suchergebnisse' });
  await expect(results.getByRole('option').first()).toBeInViewport();
  // Escape closes the suggestions, clears the field, then leaves it: the sidebar folds.
  for (let i = 0; i < 3; i++) await app.keyboard.press('Escape');
  await expect(list).toBeFocused();
  await expect(nav).toBeHidden();

  // The button unfolds it; a view chosen folds it again and takes the keyboard.
  await toggle.click();
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('button', { name: /^Alle Berichte/ })).toBeFocused();
  await nav.getByRole('button', { name: 'Zeitleiste' }).click();
  await expect(app.getByRole('list', { name: 'Ereignisse nach Datum' }).getByRole('listitem').first()).toBeVisible();
  await expect(nav).toBeHidden();
  expect(await app.evaluate(() => document.activeElement !== document.body)).toBe(true);

  // Escape from a view button folds it onto its button; the language is there too.
  await toggle.click();
  await app.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(toggle).toBeFocused();
  await toggle.click();
  await app.getByRole('combobox', { name: 'Sprache' }).selectOption({ label: 'English' });
  await expect(app.getByRole('navigation', { name: 'Library views' })).toBeVisible();
});

test('people & places by keyboard: Enter on a name goes to its page, Back to the name again', async ({ app }) => {
  await german(app);
  await app.getByRole('navigation').getByRole('button', { name: 'Personen & Orte' }).click();
  const names = app.getByRole('list', { name: 'Personen & Orte' });
  const name = names.getByRole('listitem').filter({ hasText: 'Witkoff' }).first().getByRole('button');
  const title = (await name.locator('.title').textContent())!.trim();
  await name.focus();
  await app.keyboard.press('Enter');
  const region = app.getByRole('region', { name: 'Personen & Orte' });
  // The name's page heading (the list's names are h3 too, and gone once the page shows).
  const pageTitle = region.locator('.detail').getByRole('heading', { level: 3 });
  await expect(pageTitle).toHaveText(title);
  await expect(pageTitle).toBeFocused();

  await region.getByRole('button', { name: /Zurück/ }).focus();
  await app.keyboard.press('Enter');
  await expect(names.getByRole('button', { name: new RegExp(`^${title}`) }).first()).toBeFocused();
  // Escape on the page goes back as well.
  await app.keyboard.press('Enter');
  await expect(pageTitle).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(names.getByRole('button', { name: new RegExp(`^${title}`) }).first()).toBeFocused();
});

test('re-extracting from the keyboard keeps the keyboard on the button; the highlight stays', async ({ app }) => {
  await german(app);
  const reader = await openTkp(app);
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  const mark = reader.locator('article mark[data-annotation-id]');
  await expect(mark.first()).toBeVisible();
  const text = await mark.first().textContent();
  const button = reader.getByRole('button', { name: /extrahier/ });
  await button.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('status').filter({ hasText: 'neu extrahiert' })).toBeVisible();
  await expect(button).toBeFocused();
  await expect(mark.first()).toHaveText(text!);
});

test('a mixed folder imports in German; a short report read whole loses its unread mark', async ({ app }) => {
  await german(app);
  const list = app.getByRole('listbox', { name: 'Berichte' });
  await list.focus();
  const chooser = app.waitForEvent('filechooser');
  await app.keyboard.press('Control+O');
  const cp1252 = Buffer.from('Katar sagt Lieferungen zu\n\nDoha \x96 Katar hat zus\xe4tzliche Lieferungen zugesagt; von \x84bedeutenden Mengen\x93 ist die Rede.\n', 'latin1');
  await (await chooser).setFiles([
    { name: 'bericht.html', mimeType: 'text/html', buffer: Buffer.from('<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Habeck reist nach Katar</title></head><body><article><h1>Habeck reist nach Katar</h1><p>Der Minister will in Doha über Flüssiggas sprechen. Die Opposition kritisiert die Reise.</p></article></body></html>') },
    { name: 'notiz.md', mimeType: 'text/markdown', buffer: Buffer.from('# Habeck in Doha\n\nRobert Habeck hat in Doha mit dem Emir gesprochen. Eine Einigung gab es noch nicht.\n') },
    { name: 'katar.txt', mimeType: 'text/plain', buffer: cp1252 },
    { name: 'leer.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'anhang.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 1, 2, 0, 0, 7, 0, 9]) },
  ]);
  const summary = app.getByRole('status').filter({ hasText: 'Import abgeschlossen' });
  await expect(summary).toContainText('Hinzugefügt: 3');
  await expect(summary).toContainText('Übersprungen: 2');
  await expect(summary).toContainText('leer.txt ist leer');

  const row = list.getByRole('option', { name: /Habeck in Doha/ });
  await expect(row).toContainText('Ungelesen');
  await row.click();
  const reader = app.getByRole('region', { name: 'Lesebereich' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Habeck in Doha');
  // The whole report is on the screen: seen to its end, as one scrolled to the end is.
  await expect(row).not.toContainText('Ungelesen');
  const windows = list.getByRole('option', { name: /Katar sagt Lieferungen zu/ });
  await windows.click();
  await expect(reader.getByText('von „bedeutenden Mengen“ ist die Rede')).toBeVisible();
});

test('a report picked among the suggestions opens with the keyboard in the reader', async ({ app }) => {
  await german(app);
  await app.getByRole('listbox', { name: 'Berichte' }).focus();
  await app.keyboard.press('/');
  await app.keyboard.type('Marathontreffen');
  const suggestion = app.getByRole('listbox', { name: /Vorschläge/ }).getByRole('option', { name: /Putins Marathontreffen/ });
  await expect(suggestion).toBeVisible();
  while ((await suggestion.getAttribute('aria-selected')) !== 'true') await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  const reader = app.getByRole('region', { name: 'Lesebereich' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(TKP_TITLE);
  await expect(reader).toBeFocused();
});

test('the reader toolbar keeps one row beside the annotations panel; at 900 px the panel takes the list\'s room', async ({ app }) => {
  await german(app);
  const reader = await openTkp(app);
  const toolbar = reader.getByRole('toolbar', { name: 'Aktionen zum Bericht' });
  await reader.focus();
  await app.keyboard.press('a');
  await expect(app.getByRole('complementary', { name: 'Anmerkungen' })).toBeVisible();
  // Rows of buttons: their middles, more than half a button apart.
  const rows = () =>
    toolbar.getByRole('button').evaluateAll((buttons) => {
      const middles = buttons.map((b) => b.getBoundingClientRect()).filter((r) => r.height > 0).map((r) => r.top + r.height / 2).sort((a, b) => a - b);
      return middles.filter((y, i) => i === 0 || y - middles[i - 1]! > 12).length;
    });
  await expect.poll(rows).toBe(1);
  // What left the row waits in the ⋯ menu.
  await toolbar.getByRole('button', { name: 'Mehr' }).click();
  await expect(app.getByRole('menuitem', { name: 'Neu extrahieren' })).toBeVisible();
  await app.keyboard.press('Escape');

  await app.setViewportSize({ width: 900, height: 760 });
  const list = app.getByRole('listbox', { name: 'Berichte' });
  await expect(list).toBeHidden();
  await expect.poll(rows).toBe(1);
  expect((await reader.boundingBox())!.width).toBeGreaterThan(450);
  const title = reader.getByRole('heading', { level: 1 });
  expect(await title.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
  // Escape in the reader closes the panel and goes back to the list.
  await reader.focus();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('complementary', { name: 'Anmerkungen' })).toBeHidden();
  await expect(list).toBeFocused();
});

test('at 900 px beside people & places the annotations panel takes the reader\'s place, and the view stays in use', async ({ app }) => {
  await german(app);
  const reader = await openTkp(app);
  await reader.focus();
  await app.keyboard.press('a');
  const panel = app.getByRole('complementary', { name: 'Anmerkungen' });
  await expect(panel).toBeVisible();

  await app.setViewportSize({ width: 900, height: 760 });
  await app.getByRole('button', { name: 'Suche, Ansichten und Einstellungen' }).click();
  await app.getByRole('navigation').getByRole('button', { name: 'Personen & Orte' }).click();
  const names = app.getByRole('list', { name: 'Personen & Orte' });
  await names.getByRole('listitem').filter({ hasText: 'Witkoff' }).first().getByRole('button').click();
  const view = app.getByRole('region', { name: 'Personen & Orte' });
  // A mention opens its report to read, not under the panel that was open in the wide window.
  await view.locator('.mentions').getByRole('button').first().click();
  await expect(reader).toBeVisible();
  await expect(panel).toBeHidden();
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  await expect(reader.locator('article mark[data-annotation-id]').first()).toBeVisible();

  // A in the reader: the panel over the reader, the keyboard in it; the person's page beside it.
  await reader.focus();
  await app.keyboard.press('a');
  await expect(panel).toBeVisible();
  const close = panel.getByRole('button', { name: 'Schließen' });
  await expect(close).toBeFocused();
  // Nothing of the reader (its toolbar, the find bar) lies over the panel's header.
  await close.click({ trial: true, timeout: 2000 });
  const back = view.getByRole('button', { name: 'Zurück' });
  await expect(back).toBeInViewport({ ratio: 1 });
  const panelBox = (await panel.boundingBox())!;
  const viewBox = (await view.boundingBox())!;
  expect(viewBox.x + viewBox.width).toBeLessThanOrEqual(panelBox.x + 1);
  expect(panelBox.width).toBeGreaterThan(400);

  // Escape closes it and gives the keyboard back to the reader.
  await app.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(reader).toBeFocused();
  await expect(view).toBeVisible();

  // Choosing an annotation in the panel shows it in the text, uncovered.
  await app.keyboard.press('a');
  await expect(panel).toBeVisible();
  await panel.getByRole('listitem').first().getByRole('button').first().click();
  await expect(panel).toBeHidden();
  await expect(reader.locator('article mark[data-annotation-id]').first()).toBeInViewport();

  // And the view in use with the panel open: Back goes to the list of names.
  await reader.focus();
  await app.keyboard.press('a');
  await expect(panel).toBeVisible();
  await back.click();
  await expect(names).toBeVisible();
});

/** Whether a field's placeholder fits in it whole. */
function hintFits(input: HTMLInputElement): boolean {
  const style = getComputedStyle(input);
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `${style.fontSize} ${style.fontFamily}`;
  return context.measureText(input.placeholder).width <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}

/** Whether a select shows its chosen option's text whole. */
function selectedFits(select: HTMLSelectElement): boolean {
  const style = getComputedStyle(select);
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `${style.fontSize} ${style.fontFamily}`;
  // The arrow takes about 1.2em on the right.
  const arrow = 1.2 * parseFloat(style.fontSize);
  return context.measureText(select.selectedOptions[0]!.text).width <= select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
}
