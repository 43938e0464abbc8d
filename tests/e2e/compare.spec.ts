import { test, expect } from './support/fixtures';

/**
 * Compare, timeline and people & places as a person uses them (issue 6). Run `npm run build` first.
 */

const TKP_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';
const DPA_LEAD = /Der US-Sondergesandte Steve Witkoff hat in St\. Petersburg mehr als vier Stunden/;

test('two reports picked in the list are compared side by side with their differences', async ({ app }) => {
  const list = app.getByRole('listbox', { name: 'Reports' });
  // Space picks the selected report; Ctrl/Cmd+click picks another; C compares them.
  await list.getByRole('option', { name: TKP_TITLE }).click();
  await app.keyboard.press('Space');
  await expect(list.getByRole('option', { name: TKP_TITLE })).toHaveAttribute('aria-checked', 'true');
  await list.getByRole('option', { name: DPA_LEAD }).click({ modifiers: ['ControlOrMeta'] });
  await expect(app.getByRole('button', { name: 'Compare (2)' })).toBeEnabled();
  await app.keyboard.press('c');

  const view = app.getByRole('region', { name: 'Comparison' });
  await expect(view.getByRole('heading', { name: 'Comparing 2 reports' })).toBeVisible();
  const columns = view.locator('article.column');
  await expect(columns).toHaveCount(2);
  await expect(columns.nth(0).locator('.s').first()).toBeVisible();
  await expect(columns.nth(1).locator('.s').first()).toBeVisible();
  // Aligned sentences are marked in both columns.
  await expect(columns.nth(0).locator('.s.aligned').first()).toBeVisible();
  await expect(columns.nth(1).locator('.s.aligned').first()).toBeVisible();

  // Choosing the sentence with the duration lights its partner and explains the pair.
  const dpaColumn = view.locator('article.column').filter({ has: app.getByRole('heading', { name: DPA_LEAD }) });
  const duration = dpaColumn.locator('.s.aligned', { hasText: 'vier Stunden' }).first();
  await duration.click();
  await expect(view.locator('.s.partner').first()).toBeVisible();
  const panel = app.getByRole('complementary', { name: 'Differences' });
  await expect(panel).toContainText('vier Stunden');
  await expect(panel).toContainText('Interfax');
  await expect(panel).toContainText('Reuters');

  // Export HTML offers the comparison as a file.
  const [file] = await Promise.all([app.waitForEvent('download'), view.getByRole('button', { name: 'Export HTML' }).click()]);
  expect(file.suggestedFilename()).toMatch(/\.html$/);

  // "Only differences" dims the sentences both reports share word for word; Escape leaves.
  await view.getByRole('switch', { name: 'Only differences' }).check();
  await app.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(app.getByRole('listbox', { name: 'Reports' })).toBeVisible();
});

test('the timeline shows 11 Apr 2025 with its reports; a chip opens the sentence highlighted', async ({ app }) => {
  await app.getByRole('navigation').getByRole('button', { name: 'Timeline' }).click();
  const events = app.getByRole('list', { name: 'Events by date' });
  const onDay = events.locator('li.event').filter({ has: app.locator('time', { hasText: /^11 Apr 2025$/ }) });
  // The event several reports date: at least two report chips.
  const shared = onDay.filter({ has: app.locator('.chips > li:nth-child(2)') }).first();
  await expect(shared).toBeVisible();
  expect(await shared.getByRole('button').count()).toBeGreaterThanOrEqual(2);
  await shared.getByRole('button').first().click();
  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  const hit = reader.locator('mark.hit').first();
  await expect(hit).toBeVisible();
  await expect(hit).toBeInViewport();
});

test('people & places groups Witkoff with Whitkoff', async ({ app }) => {
  await app.getByRole('navigation').getByRole('button', { name: 'People & places' }).click();
  const list = app.getByRole('list', { name: 'People & places' });
  const witkoff = list.getByRole('listitem').filter({ hasText: 'Whitkoff' }).filter({ hasText: 'Witkoff' });
  await expect(witkoff.first()).toBeVisible();
  await witkoff.first().getByRole('button').click();
  await expect(app.getByRole('group', { name: 'Spellings' })).toContainText('Whitkoff');
});

test('a report whose header gives only the month says which day the text points to', async ({ app }) => {
  await app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: DPA_LEAD }).click();
  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader.getByText('The text points to 11 Apr 2025')).toBeVisible();
});
