import { test, expect } from './support/fixtures';

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
