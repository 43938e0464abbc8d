import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

/**
 * German words are longer than English ones: what the window shows while it works must still
 * be read and seen at a glance in the list column.
 */

/** Holds the library's answer to `method` (the work itself runs and reports its progress) until released. */
async function holdAnswer(page: Page, method: string): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route(`**/api/${method}`, async (route) => {
    const response = await route.fetch();
    await gate;
    await route.fulfill({ response });
  });
  return release;
}

test('re-extracting every report in German: the bar spans the status under its words, not squeezed beside them', async ({ app }) => {
  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  const release = await holdAnswer(app, 'reextractArticles');
  await app.getByRole('button', { name: 'Weitere Aktionen der Bibliothek' }).click();
  await app.getByRole('menuitem', { name: 'Alle Berichte neu extrahieren' }).click();

  const bar = app.getByRole('progressbar', { name: 'Wird neu extrahiert…' });
  await expect(bar).toBeVisible();
  const status = app.getByRole('status').filter({ has: bar });
  await expect(status).toContainText(/Neu extrahieren: \d+ von \d+ Berichten/);
  const [barBox, statusBox] = await Promise.all([bar.boundingBox(), status.boundingBox()]);
  expect(barBox!.width).toBeGreaterThan(statusBox!.width * 0.8);
  // The stop button stays whole on the line of the words.
  await expect(status.getByRole('button', { name: 'Neu-Extraktion anhalten' })).toBeVisible();

  release();
  await expect(app.getByRole('status').filter({ hasText: /Berichte in [\d,]+ s neu extrahiert/ })).toBeVisible();
});
