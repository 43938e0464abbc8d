import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

/**
 * The reader correction (issue 11): a person marks a line of the removed page text as where the
 * article starts; the article keeps the mark across a reload and a re-extraction. Run
 * `npm run build` first.
 */

const TITLE = 'USA legen Russland neuen Ukraine-Plan vor: Witkoff und Kushner treffen Putin in Moskau';
const LINE = 'Empfohlener redaktioneller Inhalt';

async function openReport(app: Page): Promise<Locator> {
  await app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: TITLE }).click();
  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toContainText(TITLE);
  return reader;
}

test('marking a removed line as the start makes the body start there, after a reload and a re-extraction too', async ({ app }) => {
  let reader = await openReport(app);
  // The body's first text block (photo captions before it are figures, not text).
  const firstPara = (r: Locator) => r.locator('article.column .body > :is(p, h2):not(.credit)').first();
  await expect(firstPara(reader)).not.toHaveText(LINE);

  await reader.getByText(/^Removed page text/).click();
  await reader.getByRole('button', { name: `The article starts here: ${LINE}` }).click();
  await expect(firstPara(reader)).toHaveText(LINE);
  // The headline above stays the headline.
  await expect(reader.getByRole('heading', { level: 1 })).toContainText(TITLE);

  await app.reload();
  reader = await openReport(app);
  await expect(firstPara(reader)).toHaveText(LINE);

  await reader.getByRole('button', { name: 'Re-extract' }).click();
  await expect(app.getByRole('status').filter({ hasText: /Re-extracted 1 report/ })).toBeVisible();
  await expect(firstPara(reader)).toHaveText(LINE);
});
