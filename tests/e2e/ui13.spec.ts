import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

/**
 * Rough edges the last walks left (the ui13 pass, `src/renderer/README.md`): each test fails on
 * the build before its fix. Run `npm run build` first.
 */

const TKP_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';

async function open(app: Page, title: string | RegExp): Promise<Locator> {
  await app.getByRole('listbox', { name: /^(Reports|Berichte)$/ }).getByRole('option', { name: title }).click();
  const reader = app.getByRole('region', { name: /^(Reader|Lesebereich)$/ });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  return reader;
}

/** Whether an element's last line shows inside the reader's scroll area (not under what is below it). */
async function lastLineShows(reader: Locator, el: Locator): Promise<boolean> {
  const pane = await reader.boundingBox();
  const box = await el.boundingBox();
  return !!pane && !!box && box.y + box.height <= pane.y + pane.height + 0.5;
}

test('the "Highlighted · Undo" line does not hide the last line of what was just highlighted at the reader’s foot (900×600)', async ({ app }) => {
  await app.setViewportSize({ width: 900, height: 600 });
  const reader = await open(app, TKP_TITLE);
  await reader.focus();
  // Walk down by paragraph until one ends at the reader's foot, its last line showing.
  const focused = reader.locator('[data-para]:focus');
  let found = false;
  for (let i = 0; i < 12 && !found; i++) {
    await app.keyboard.press('j');
    const pane = await reader.boundingBox();
    const box = await focused.boundingBox();
    found = !!pane && !!box && box.y + box.height > pane.y + pane.height - 40 && (await lastLineShows(reader, focused));
  }
  expect(found, 'a paragraph ends near the foot of the reader').toBe(true);
  await app.keyboard.press('h');
  const line = reader.locator('xpath=..').getByRole('status').filter({ hasText: 'Highlighted' });
  await expect(line.getByRole('button', { name: 'Undo' })).toBeVisible();
  // While the line is up (it goes after a few seconds, and with it the room it takes).
  await expect
    .poll(async () => (await line.isVisible()) && (await lastLineShows(reader, focused)), { timeout: 3000 })
    .toBe(true);
});

test('People & places: a name with one spelling is not repeated on the line under it; one with more lists them (en, de)', async ({ app }) => {
  await app.getByRole('listbox', { name: 'Reports' }).waitFor();
  await app.keyboard.press('ControlOrMeta+5');
  const people = app.getByRole('list', { name: 'People & places' });
  const ukraine = people.getByRole('listitem').filter({ has: app.getByRole('button', { name: /^Ukraine\b/ }) });
  await expect(ukraine).toContainText('mentions');
  await expect(ukraine.getByText('Ukraine', { exact: true })).toHaveCount(1);
  const witkoff = people.getByRole('listitem').filter({ has: app.getByRole('button', { name: /^Steve Witkoff\b/ }) });
  await expect(witkoff).toContainText('Steve Witkoff · Whitkoff');
  await app.getByRole('combobox', { name: 'Language' }).selectOption('de');
  const leute = app.getByRole('list', { name: 'Personen & Orte' });
  await expect(leute.getByRole('listitem').filter({ has: app.getByRole('button', { name: /^Ukraine\b/ }) }).getByText('Ukraine', { exact: true })).toHaveCount(1);
});

test('undoing the delete of a highlight brings its note draft back, in this window and the next (en, de)', async ({ app }) => {
  const reader = await open(app, TKP_TITLE);
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  const mark = reader.locator('article mark[data-annotation-id]').first();
  await expect(mark).toBeVisible();
  await app.keyboard.press('Shift+N');
  const note = reader.getByRole('textbox', { name: 'Note', exact: true });
  await note.pressSequentially('Four hours per TKP');
  await expect(reader.getByText('Draft kept', { exact: true })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(note).toBeHidden();
  // Deleted from its popover, then Undo on the line under the text.
  await mark.click();
  const popover = reader.getByRole('toolbar', { name: 'Annotation' });
  await popover.getByRole('button', { name: 'Delete' }).click();
  await expect(mark).toHaveCount(0);
  const line = app.getByRole('status').filter({ hasText: 'Annotation deleted' });
  await line.getByRole('button', { name: 'Undo' }).click();
  await expect(mark).toBeVisible();
  // The highlight opens on the draft, as before the delete.
  await mark.click();
  await expect(note).toHaveValue('Four hours per TKP');
  await app.keyboard.press('Escape');
  // A new window of the library (the draft is in the library, not this window's memory), in German.
  await app.reload();
  await app.getByRole('combobox', { name: 'Language' }).selectOption('de');
  const leser = await open(app, TKP_TITLE);
  await leser.locator('article mark[data-annotation-id]').first().click();
  await expect(leser.getByRole('textbox', { name: 'Notiz', exact: true })).toHaveValue('Four hours per TKP');
});
