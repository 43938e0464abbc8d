import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './support/fixtures';
import { HTTP_TOKEN_HEADER, type ArticlePage } from '../../src/shared/api';

/**
 * The trash as a person uses it, against the real HTTP host with the five seed reports: delete
 * with the Delete key, undo with Ctrl+Z, delete again from the ⋯ menu, find the report in the
 * trash, restore it, and search it. Every wait is for something on screen.
 */

const TKP_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';

test('delete, undo, delete again, find it in the trash, restore it, search it', async ({ app }) => {
  const list = app.getByRole('listbox', { name: 'Reports' });
  const rows = list.getByRole('option');
  await expect(rows).toHaveCount(5);

  await list.getByRole('option', { name: TKP_TITLE }).click();
  await list.press('Delete');
  await expect(app.getByRole('status').filter({ hasText: '1 report moved to trash' })).toBeVisible();
  await expect(rows).toHaveCount(4);
  await expect(app.getByText('4 reports')).toBeVisible();

  await app.locator('body').press('Control+z');
  await expect(rows).toHaveCount(5);
  await expect(list.getByRole('option', { name: TKP_TITLE })).toBeVisible();

  await list.getByRole('option', { name: TKP_TITLE }).click();
  await app.getByRole('button', { name: 'More library actions' }).click();
  await app.getByRole('menuitem', { name: 'Move to trash' }).click();
  await expect(rows).toHaveCount(4);
  await expect(list.getByRole('option', { name: TKP_TITLE })).toHaveCount(0);

  await app.getByRole('button', { name: 'More library actions' }).click();
  await app.getByRole('menuitem', { name: 'Trash', exact: true }).click();
  const trash = app.getByRole('list', { name: 'Trash' });
  await expect(trash.getByText(TKP_TITLE)).toBeVisible();
  // Delete permanently asks first and says what is lost; Cancel keeps it.
  await trash.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(app.getByRole('alert').filter({ hasText: 'for good?' })).toBeVisible();
  await trash.getByRole('button', { name: 'Cancel' }).click();
  await trash.getByRole('button', { name: 'Restore' }).click();
  await expect(app.getByText('The trash is empty.')).toBeVisible();
  await app.getByRole('button', { name: 'Back to the library' }).click();
  await expect(rows).toHaveCount(5);

  const field = app.getByRole('combobox', { name: 'Search reports' });
  await field.click();
  await field.pressSequentially('gesprache');
  const results = app.getByRole('listbox', { name: 'Search results' });
  await expect(results).toHaveAttribute('data-query', 'gesprache');
  await expect(results.getByRole('option').filter({ hasText: TKP_TITLE })).toBeVisible();
});

test('the list’s context menu moves a report to the trash, the sidebar counts it, and the reader open on it offers it back', async ({ app }) => {
  const list = app.getByRole('listbox', { name: 'Reports' });
  const rows = list.getByRole('option');
  const reader = app.getByRole('region', { name: 'Reader' });
  const trashButton = (n: number) => app.getByRole('navigation').getByRole('button', { name: `Trash ${n}` });
  await expect(rows).toHaveCount(5);
  await expect(trashButton(0)).toBeVisible();

  // A right click on a report: its menu, the keyboard on its first item.
  const row = list.getByRole('option', { name: TKP_TITLE });
  await row.click();
  await expect(reader.getByRole('heading', { name: TKP_TITLE })).toBeVisible();
  await row.click({ button: 'right' });
  const menu = app.getByRole('menu', { name: `Actions for “${TKP_TITLE}”` });
  await expect(menu.getByRole('menuitem', { name: 'Open' })).toBeFocused();
  await menu.getByRole('menuitem', { name: 'Move to trash' }).click();
  await expect(menu).toHaveCount(0);
  await expect(rows).toHaveCount(4);
  await expect(trashButton(1)).toBeVisible();
  // The reader does not go on showing it: it says where it is and offers it back.
  await expect(reader.getByRole('status')).toHaveText(`“${TKP_TITLE}” is in the trash.`);
  await expect(reader.getByRole('heading', { name: TKP_TITLE })).toHaveCount(0);
  await reader.getByRole('button', { name: 'Restore' }).click();
  await expect(reader.getByRole('heading', { name: TKP_TITLE })).toBeVisible();
  await expect(rows).toHaveCount(5);
  await expect(trashButton(0)).toBeVisible();

  // From the keyboard: Shift+F10 on the list opens the selected report's menu, Escape gives the list back.
  await list.focus();
  await list.press('Shift+F10');
  await expect(app.getByRole('menu').getByRole('menuitem', { name: 'Open' })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('menu')).toHaveCount(0);
  await expect(list).toBeFocused();
  // The Menu key does as well; ↓ and Enter move the report to the trash.
  await list.press('ContextMenu');
  await app.keyboard.press('ArrowDown');
  await expect(app.getByRole('menuitem', { name: 'Move to trash' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(rows).toHaveCount(4);
  await expect(list).toBeFocused();
  await expect(trashButton(1)).toBeVisible();

  // The sidebar's Trash shows it, and Restore there brings it back.
  await trashButton(1).click();
  const trash = app.getByRole('list', { name: 'Trash' });
  await trash.getByRole('button', { name: 'Restore' }).click();
  await expect(app.getByText('The trash is empty.')).toBeVisible();
  await expect(trashButton(0)).toBeVisible();
});

test('a report trashed elsewhere (another window, the command line) is not left open in the reader', async ({ app, server, request }) => {
  const list = app.getByRole('listbox', { name: 'Reports' });
  const reader = app.getByRole('region', { name: 'Reader' });
  await list.getByRole('option', { name: TKP_TITLE }).click();
  await expect(reader.getByRole('heading', { name: TKP_TITLE })).toBeVisible();
  const page = await request.post(`${server.origin}/api/listArticles`, { headers: { [HTTP_TOKEN_HEADER]: server.token, 'content-type': 'application/json' }, data: [{}] });
  const tkp = ((await page.json()) as { value: ArticlePage }).value.items.find((a) => a.title === TKP_TITLE)!.id;
  const res = await request.post(`${server.origin}/api/trashArticles`, { headers: { [HTTP_TOKEN_HEADER]: server.token, 'content-type': 'application/json' }, data: [[tkp]] });
  expect(res.ok()).toBe(true);
  await expect(reader.getByRole('status')).toHaveText(`“${TKP_TITLE}” is in the trash.`);
  await expect(list.getByRole('option', { name: TKP_TITLE })).toHaveCount(0);
  await reader.getByRole('button', { name: 'Restore' }).click();
  await expect(reader.getByRole('heading', { name: TKP_TITLE })).toBeVisible();
  await expect(list.getByRole('option', { name: TKP_TITLE })).toBeVisible();
});

test('a trash move undone is made again with Ctrl+Shift+Z and with Ctrl+Y (en, de)', async ({ app }) => {
  const list = app.getByRole('listbox', { name: 'Reports' });
  const rows = list.getByRole('option');
  await expect(rows).toHaveCount(5);
  await list.getByRole('option', { name: TKP_TITLE }).click();
  await list.press('Delete');
  const line = app.getByRole('status').filter({ hasText: '1 report moved to trash' });
  await expect(line).toBeVisible();
  await app.locator('body').press('Control+z');
  await expect(rows).toHaveCount(5);
  await expect(line).toBeHidden();
  await app.locator('body').press('Control+Shift+Z');
  await expect(rows).toHaveCount(4);
  await expect(list.getByRole('option', { name: TKP_TITLE })).toHaveCount(0);
  // Made again, its undo line is back: undo and redo once more, now with Ctrl+Y.
  await expect(line).toBeVisible();
  await app.locator('body').press('Control+z');
  await expect(rows).toHaveCount(5);
  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  // Back on the list (in the language menu the keys are the field's).
  const liste = app.getByRole('listbox', { name: 'Berichte' });
  await liste.focus();
  await liste.press('Control+y');
  await expect(liste.getByRole('option')).toHaveCount(4);
  await expect(app.getByRole('status').filter({ hasText: '1 Bericht in den Papierkorb verschoben' })).toBeVisible();
  // `?` says what the keys do.
  await app.locator('body').press('?');
  await expect(app.getByRole('dialog')).toContainText('oder das Verschieben in den Papierkorb');
});

test('the list follows a trash made on the command line while the library is served', async ({ app, server }) => {
  const list = app.getByRole('listbox', { name: 'Reports' });
  await expect(list.getByRole('option')).toHaveCount(5);
  const bin = join(process.cwd(), 'bin', 'parallax.mjs');
  const run = (...args: string[]) => promisify(execFile)(process.execPath, [bin, ...args, '--library', server.libraryPath]);
  const listed = await run('list', '--json');
  const tkp = (JSON.parse(listed.stdout) as ArticlePage).items.find((a) => a.title === TKP_TITLE)!.id;
  await run('trash', tkp);
  // Nothing done in the window (no focus change): the host notices the other process's change.
  await expect(list.getByRole('option', { name: TKP_TITLE })).toHaveCount(0);
  await expect(list.getByRole('option')).toHaveCount(4);
  await expect(app.getByRole('navigation').getByRole('button', { name: 'Trash 1' })).toBeVisible();
  await run('restore', tkp);
  await expect(list.getByRole('option')).toHaveCount(5);
});
