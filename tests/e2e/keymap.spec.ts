import { test, expect } from './support/fixtures';
import { en } from '../../src/renderer/src/lib/i18n/en';
import { HELP_TEXT, helpRows } from '../../src/renderer/src/lib/keymap';

/**
 * The help overlay (`?`) is made from the one keymap: every row of the table is listed with its
 * keys, in the UI language, and the keys it lists do what it says.
 */

test('? lists every shortcut of the keymap, and the keys do what the list says', async ({ app }) => {
  await app.getByRole('listbox', { name: 'Reports' }).focus();
  await app.keyboard.press('?');
  const dialog = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const rows = helpRows({ mac: false, desktop: false });
  await expect(dialog.locator('dd')).toHaveText(rows.map((r) => en[HELP_TEXT[r.topic]]));
  // Chords with other modifiers are told apart; the same modifiers are shown once.
  const search = dialog.locator('dt').nth(rows.findIndex((r) => r.topic === 'search'));
  await expect(search).toHaveText(/^\s*Ctrl\s+K\s+or\s+\/\s*$/);
  const zoom = dialog.locator('dt').nth(rows.findIndex((r) => r.topic === 'zoom'));
  await expect(zoom).toHaveText(/^\s*Ctrl\s+\+\s+−\s+0\s*$/);
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // What the list says: Ctrl+K goes to the search field, Space picks, Enter opens.
  await app.keyboard.press('Control+k');
  await expect(app.getByRole('combobox', { name: 'Search reports' })).toBeFocused();
  const list = app.getByRole('listbox', { name: 'Reports' });
  await list.focus();
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press(' ');
  await expect(app.getByRole('button', { name: /^Compare \(1\)$/ })).toBeVisible();
});

test('the German help names the keys as a German keyboard does', async ({ app }) => {
  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await app.getByRole('listbox', { name: 'Berichte' }).focus();
  await app.keyboard.press('?');
  const dialog = app.getByRole('dialog', { name: 'Tastenkürzel' });
  await expect(dialog).toContainText('Strg');
  await expect(dialog).toContainText('Leertaste');
  await expect(dialog).toContainText('Auswahl in der Liste bewegen');
  await expect(dialog.getByText(/\b(Ctrl|Space|Click)\b/)).toHaveCount(0);
});
