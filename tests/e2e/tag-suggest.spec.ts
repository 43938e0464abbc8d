import { test, expect } from './support/fixtures';

/**
 * A tag a person gave a highlight is offered by the search field's suggestions, after `tag:` and
 * for a plain word, and taking it searches `tag:…`, which finds the report. Fails on the build
 * before (the suggestions knew the pages' tags only).
 */

const TKP_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';

test('a highlight\'s tag is suggested after tag: and taking it finds the report', async ({ app }) => {
  await app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: TKP_TITLE }).click();
  const reader = app.getByRole('region', { name: 'Reader' });
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  await expect(reader.locator('article mark[data-annotation-id]')).toHaveCount(1);
  await app.keyboard.press('Shift+T');
  const tag = reader.getByRole('toolbar', { name: 'Annotation' }).getByRole('combobox', { name: 'Tag' });
  await expect(tag).toBeFocused();
  await app.keyboard.type('Gegenprüfung');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Escape');
  await app.keyboard.press('Escape');

  await app.keyboard.press('Control+K');
  const field = app.getByRole('combobox', { name: 'Search reports' });
  await expect(field).toBeFocused();
  await field.pressSequentially('tag:gegen');
  const suggestions = app.getByRole('listbox', { name: 'Suggestions' });
  const option = suggestions.getByRole('option', { name: /Gegenprüfung/ });
  await expect(option).toBeVisible();
  await expect(option).toContainText('tag');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(field).toHaveValue('tag:Gegenprüfung');
  const results = app.getByRole('listbox', { name: 'Search results' });
  await expect(results).toHaveAttribute('data-query', 'tag:Gegenprüfung');
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option').filter({ hasText: TKP_TITLE })).toBeVisible();

  // For a plain word, with a typo, the tag is offered too.
  await field.fill('');
  await field.pressSequentially('Gegenprüfng');
  await expect(suggestions.getByRole('option', { name: /Gegenprüfung/ })).toBeVisible();
});
