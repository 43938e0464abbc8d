import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { expectReadableInEveryTheme } from './support/contrast';

/**
 * A demanding reader's walk through the app (issues 13/14): keyboard only where a person would
 * use it, and what the eye sees. Each test is a defect found on such a walk: a note lost, a
 * focus dropped on the page, a view cramped beside a reader nobody asked for, unreadable grey,
 * jargon in a message. Run `npm run build` first.
 */

const TKP_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';

async function openTkp(app: Page) {
  await app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: TKP_TITLE }).click();
  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(TKP_TITLE);
  return reader;
}

test('keyboard only: j and h highlight a paragraph; a note being written survives adding a tag; saving leaves the keyboard on Edit', async ({ app }) => {
  const reader = await openTkp(app);
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  await expect(reader.locator('article mark[data-annotation-id]').first()).toBeVisible();
  await app.keyboard.press('a');
  const card = app.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem').first();
  const edit = card.getByRole('button', { name: 'Edit' });
  await edit.focus();
  await app.keyboard.press('Enter');
  const note = card.getByRole('textbox', { name: 'Note' });
  await expect(note).toBeFocused();
  await app.keyboard.type('Quelle prüfen');

  // A tag added while the note is open: the tag is there, the draft too, the keyboard in the tag field.
  const tag = card.getByRole('combobox', { name: 'Tag' });
  await tag.focus();
  // Its hint is read whole, not cut to "Add a tag and press".
  const hintFits = (input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontSize} ${style.fontFamily}`;
    return context.measureText(input.placeholder).width <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  };
  expect(await tag.evaluate(hintFits)).toBe(true);
  await app.keyboard.type('Treffen');
  await app.keyboard.press('Enter');
  await expect(card).toContainText('#Treffen');
  await expect(tag).toBeFocused();
  await expect(note).toHaveValue('Quelle prüfen');

  await note.focus();
  await app.keyboard.press('Control+Enter');
  await expect(card.locator('.note-html')).toHaveText('Quelle prüfen');
  await expect(edit).toBeFocused();
});

test('skipped files say why in plain words, and dismissing the summary leaves the keyboard in the list', async ({ app }) => {
  const list = app.getByRole('listbox', { name: 'Reports' });
  await list.focus();
  const chooser = app.waitForEvent('filechooser');
  await app.keyboard.press('Control+O');
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(2000, 1)]);
  await (await chooser).setFiles([
    { name: 'leer.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'programm.txt', mimeType: 'text/plain', buffer: elf },
  ]);
  const summary = app.getByRole('status').filter({ hasText: 'Import finished' });
  await expect(summary).toContainText('Skipped: 2');
  await expect(summary).toContainText('leer.txt is empty');
  // The module that speaks ("ingest:") is for the command line, not for the window.
  await expect(summary).not.toContainText('ingest:');

  await summary.getByRole('button', { name: 'Dismiss' }).focus();
  await app.keyboard.press('Enter');
  await expect(summary).toHaveCount(0);
  await expect(list).toBeFocused();
});

test('the German re-extraction summary writes "1,6 s"; dismissed from the keyboard, it leaves the keyboard in the list', async ({ app }) => {
  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await app.getByRole('listbox', { name: 'Berichte' }).getByRole('option', { name: TKP_TITLE }).click();
  const reader = app.getByRole('region', { name: 'Lesebereich' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(TKP_TITLE);
  await reader.getByRole('button', { name: 'Neu extrahieren' }).click();
  const status = app.getByRole('status').filter({ hasText: 'neu extrahiert' });
  await expect(status).toHaveText(/1 Bericht in \d+,\d s neu extrahiert/);
  await status.getByRole('button').focus();
  await app.keyboard.press('Enter');
  await expect(status).toHaveCount(0);
  await expect(app.getByRole('listbox', { name: 'Berichte' })).toBeFocused();
});

test('an error line speaks without the module tag, and dismissing it leaves the keyboard in the list', async ({ app }) => {
  await app.route('**/api/getArticle', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: 'library: the disk said no' } }) }),
  );
  await app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: TKP_TITLE }).click();
  const alert = app.getByRole('alert');
  await expect(alert).toContainText('The disk said no');
  await expect(alert).not.toContainText('library:');
  await alert.getByRole('button', { name: 'Dismiss' }).focus();
  await app.keyboard.press('Enter');
  await expect(alert).toHaveCount(0);
  await expect(app.getByRole('listbox', { name: 'Reports' })).toBeFocused();
});

test('the timeline spans the window again after a report was read; Escape folds the reader back', async ({ app }) => {
  await openTkp(app);
  await app.getByRole('navigation').getByRole('button', { name: 'Timeline' }).click();
  const events = app.getByRole('list', { name: 'Events by date' });
  await expect(events.getByRole('listitem').first()).toBeVisible();
  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader).toBeHidden();
  const width = app.viewportSize()!.width;
  expect((await events.boundingBox())!.width).toBeGreaterThan(width * 0.6);

  // A mention brings the reader in beside it; Escape there folds it away, the keyboard stays in the timeline.
  await events.getByRole('button', { name: /at this sentence$/ }).first().click();
  await expect(reader).toBeVisible();
  await reader.focus();
  await app.keyboard.press('Escape');
  await expect(reader).toBeHidden();
  await expect(events.locator(':focus')).toHaveCount(1);
});

test('closing a comparison opened from Stories leaves the keyboard in the stories; its export writes dates as the app does', async ({ app }) => {
  await app.getByRole('navigation').getByRole('button', { name: 'Stories' }).click();
  const stories = app.getByRole('region', { name: 'Stories' });
  await expect(stories.getByText(/^\d+ stor(y|ies)$/)).toBeVisible();
  const april = stories.getByRole('listitem').filter({ hasText: 'April 2025' });
  await april.getByRole('button', { name: /^Compare this story/ }).click();
  const view = app.getByRole('region', { name: 'Comparison' });
  await expect(view.locator('article.column')).toHaveCount(3);

  const [file] = await Promise.all([app.waitForEvent('download'), view.getByRole('button', { name: 'Export HTML' }).click()]);
  const html = await readFile((await file.path())!, 'utf8');
  expect(html).toContain('TKP · 12 Apr 2025');
  expect(html).not.toContain('2025-04-12');

  await app.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(stories.locator(':focus')).toHaveCount(1);
});

test('people & places calls one person a person, spans the window after reading, and a mention brings the reader beside it', async ({ app }) => {
  await openTkp(app);
  await app.getByRole('navigation').getByRole('button', { name: 'People & places' }).click();
  const names = app.getByRole('list', { name: 'People & places' });
  const witkoff = names.getByRole('listitem').filter({ hasText: 'Witkoff' }).first();
  await expect(witkoff).toContainText('Person · ');
  await expect(witkoff).not.toContainText('People · ');
  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader).toBeHidden();
  expect((await names.boundingBox())!.width).toBeGreaterThan(app.viewportSize()!.width * 0.6);

  await witkoff.getByRole('button').click();
  await app.getByRole('region', { name: 'People & places' }).locator('.mentions').getByRole('button').first().click();
  await expect(reader).toBeVisible();
  await reader.focus();
  await app.keyboard.press('Escape');
  await expect(reader).toBeHidden();
});

test('the shortcuts on a short window: the title and Close stay in view, the list scrolls between them', async ({ app }) => {
  await app.setViewportSize({ width: 1360, height: 560 });
  await app.getByRole('listbox', { name: 'Reports' }).focus();
  await app.keyboard.press('?');
  const dialog = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const part of [dialog.getByRole('heading', { name: 'Keyboard shortcuts' }), dialog.getByRole('button', { name: 'Close' })]) {
    await expect(part).toBeInViewport({ ratio: 1 });
  }
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});


test('every theme the switch offers keeps small grey text readable (4.5:1): sidebar, list, reader, annotations', async ({ app }) => {
  const reader = await openTkp(app);
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  await app.keyboard.press('a');
  const card = app.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem').first();
  await card.getByRole('button', { name: 'Edit' }).click();
  await card.getByRole('combobox', { name: 'Tag' }).fill('Oman');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('region', { name: 'Tags' })).toContainText('#Oman');
  await card.getByRole('button', { name: 'Edit' }).click();
  await reader.focus();

  await expectReadableInEveryTheme(app);
});

test('the compare view keeps its legend, columns and differences readable (4.5:1) in every theme', async ({ app }) => {
  await app.getByRole('navigation').getByRole('button', { name: 'Stories' }).click();
  await app.getByRole('button', { name: /^Compare this story/ }).first().click();
  const view = app.getByRole('region', { name: 'Comparison' });
  await view.locator('article.column .s.aligned').first().click();
  await expect(view.locator('.s.partner').first()).toBeVisible();
  await expectReadableInEveryTheme(app);
});
