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

test('Ctrl+1..5 go to the sidebar’s views from the list, a field, the reader and a comparison, the keyboard in the view', async ({ app }) => {
  const nav = app.getByRole('navigation');
  const main = app.getByRole('main');
  const list = app.getByRole('listbox', { name: en.listLabel });
  const reader = app.getByRole('region', { name: en.readerLabel });
  const field = app.getByRole('combobox', { name: en.searchLabel });
  /** The sidebar marks `name` as the view shown; one main landmark holds it, and the keyboard is in there. */
  const shown = async (name: string) => {
    await expect(nav.getByRole('button', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-current', 'page');
    await expect(main).toHaveCount(1);
    await expect.poll(() => main.evaluate((m) => m.contains(document.activeElement))).toBe(true);
  };
  // Each button says its key, as the help does.
  for (const [name, n] of [[en.viewAll, 1], [en.viewAnnotations, 2], [en.viewStories, 3], [en.viewTimeline, 4], [en.viewPeople, 5]] as const) {
    await expect(nav.getByRole('button', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-keyshortcuts', `Control+${n} Meta+${n}`);
  }

  await list.focus();
  await app.keyboard.press('Control+3');
  await expect(main.getByRole('list', { name: en.storiesTitle }).getByRole('listitem').first()).toBeVisible();
  await shown(en.viewStories);
  await app.keyboard.press('Control+4');
  await expect(main.getByRole('region', { name: en.timelineTitle }).getByRole('button').first()).toBeVisible();
  await shown(en.viewTimeline);
  await app.keyboard.press('Control+5');
  await expect(main.getByRole('list', { name: en.peopleTitle }).getByRole('listitem').first()).toBeVisible();
  await shown(en.viewPeople);
  await app.keyboard.press('Control+2');
  await expect(main.getByRole('searchbox', { name: en.searchAnnotations })).toBeFocused();
  await shown(en.viewAnnotations);

  // From the search field with a query typed: the whole list again, the query gone.
  await app.keyboard.press('Control+1');
  await expect(list).toBeFocused();
  await field.fill('Witkoff');
  await expect(app.getByRole('listbox', { name: en.resultsLabel }).getByRole('option').first()).toBeVisible();
  await app.keyboard.press('Control+1');
  await expect(list).toBeFocused();
  await expect(field).toHaveValue('');
  await shown(en.viewAll);

  // From the open report: the timeline spans the window, and the keyboard is not left on the hidden reader.
  await app.keyboard.press('Enter');
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  await reader.focus();
  await app.keyboard.press('Control+4');
  await expect(reader).toBeHidden();
  await shown(en.viewTimeline);

  // From a comparison (where letters are the columns' keys): it closes for the view.
  await app.keyboard.press('Control+1');
  await expect(list).toBeFocused();
  await app.keyboard.press(' ');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press(' ');
  await app.keyboard.press('c');
  const comparison = app.getByRole('region', { name: en.compareLabel });
  await expect(comparison.locator('article.column')).toHaveCount(2);
  await expect(main).toHaveCount(1);
  await app.keyboard.press('Control+3');
  await expect(comparison).toHaveCount(0);
  await shown(en.viewStories);
});

test('Ctrl+Shift+V opens Add text in the browser, adds the pasted report; in a text field it stays the browser\'s paste', async ({ app }) => {
  const list = app.getByRole('listbox', { name: 'Reports' });
  await expect(app.getByRole('button', { name: 'Add text…' })).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+V Meta+Shift+V');
  // In the search field the chord is left to the browser: no dialog.
  await app.keyboard.press('Control+k');
  await app.keyboard.press('Control+Shift+V');
  // Typed on at once: with the dialog open the letter would land in its text. The browser's
  // paste puts whatever the clipboard holds (another test may have copied a title) before it.
  await app.keyboard.type('x');
  const field = app.getByRole('combobox', { name: 'Search reports' });
  await expect(field).toHaveValue(/x$/);
  const dialog = app.getByRole('dialog', { name: 'Add text' });
  await expect(dialog).toBeHidden();
  await field.fill('');
  await list.focus();
  await app.keyboard.press('Control+Shift+V');
  await expect(dialog).toBeVisible();
  const text = dialog.getByRole('textbox', { name: 'Text' });
  await expect(text).toBeFocused();
  await app.keyboard.insertText('Fährverbindung nach Kleinhafen eingestellt\n\nDer Stadtrat von Kleinhafen hat am Dienstag die Fähre eingestellt, nach langer Debatte über die Kosten.');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Import finished' })).toContainText('Added: 1');
  await expect(list.getByRole('option', { name: /Fährverbindung nach Kleinhafen/ })).toBeVisible();
  // The ? list says it.
  await list.focus();
  await app.keyboard.press('?');
  const help = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const at = helpRows({ mac: false, desktop: false }).findIndex((r) => r.topic === 'add-text');
  await expect(help.locator('dd').nth(at)).toHaveText('Add text: paste a report');
  await expect(help.locator('dt').nth(at)).toHaveText(/^\s*Ctrl\s+⇧\s+V\s*$/);
});
