import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

/**
 * A fact-checker's walk in English and German, keyboard only, dark theme (ui7): each test is a
 * defect found on it, typed and read as a person does. Run `npm run build` first.
 */

test.use({ colorScheme: 'dark' });

/** Searches by keyboard and opens the first result with Enter; gives the hit count its row showed. */
async function searchAndOpenFirst(app: Page, q: string) {
  await app.keyboard.press('/');
  await app.keyboard.type(q);
  await app.keyboard.press('Enter');
  const results = app.getByRole('listbox', { name: /^(Search results|Suchergebnisse)$/ });
  await expect(results).toHaveAttribute('data-query', q);
  const first = results.getByRole('option').first();
  const counted = Number((await first.innerText()).match(/(\d+) (hits?|Treffer|Fundstellen?)\b/)?.[1]);
  expect(counted).toBeGreaterThan(0);
  await app.keyboard.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Enter');
  return counted;
}

test('a report found by another spelling of a name shows those places in the reader, not "no hits" (en, de)', async ({ app }) => {
  // `Whitkof` is a typo of one report's `Whitkoff`; the search widens it to Witkoff's spellings.
  const counted = await searchAndOpenFirst(app, 'Whitkof');
  const hits = app.getByRole('group', { name: 'Search hits in this report' });
  // The list counted the places its own way; the reader must find some, never "No hits".
  expect(counted).toBeGreaterThan(0);
  await expect(hits).toContainText(/1 of \d+/);
  await expect(hits).not.toContainText('No hits');
  await expect(app.getByRole('region', { name: 'Reader' }).locator('article mark.hit, article .hit').first()).toBeVisible();

  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await app.getByRole('region', { name: 'Lesebereich' }).focus();
  await searchAndOpenFirst(app, 'Dmitriev');
  const treffer = app.getByRole('group', { name: 'Fundstellen in diesem Bericht' });
  await expect(treffer).toContainText(/1 von \d+/);
  await expect(treffer).not.toContainText('Keine Fundstellen');
});
