import { test, expect } from './support/fixtures';

/**
 * The compare-pick hint is said through the window's one live region. Once the second report is
 * picked and the comparison opens it no longer applies: a screen reader reading the page (or
 * the region) must not still find "Pick one more report" there.
 */
test('the pick hint leaves the live region once it no longer applies, and the comparison opens without it', async ({ app }) => {
  const live = app.locator('[data-announcer]');
  const list = app.getByRole('listbox', { name: 'Reports' });
  await list.focus();
  await app.keyboard.press('Space');
  const one = 'Pick one more report to compare';
  await expect(live).toContainText(one);

  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Space');
  await expect(app.getByRole('button', { name: 'Compare (2)' })).toBeEnabled();
  await expect(live).not.toContainText(one);
  await app.keyboard.press('c');
  await expect(app.getByRole('region', { name: 'Comparison' })).toBeVisible();
  await expect(live).not.toContainText(one);
});
