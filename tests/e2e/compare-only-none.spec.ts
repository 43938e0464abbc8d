import { expect } from '@playwright/test';
import { withGeneratedLibrary } from './support/generated-library';

/**
 * A compared report whose every sentence has a counterpart: "Only here" says so in a line, where
 * it offered a disclosure "0 sentences only here" that opened on nothing (compareui2).
 */

const LONG = 'Hafenstreit in Lindenau: der Rat tagt';
const SHORT = 'Lindenau: Rat tagt wegen Hafen';
const SHARED = 'Der Stadtrat von Lindenau hat am Dienstag über den Ausbau des Hafens abgestimmt.';

const test = withGeneratedLibrary('only-none', () => [
  JSON.stringify({ id: 'long', title: LONG, site: 'lindenau-post.example', published: '2024-05-07', text: `${SHARED} Die Hafenarbeiter protestierten vor dem Rathaus gegen die Pläne. Der Bürgermeister will im Herbst neue Gespräche führen.` }),
  JSON.stringify({ id: 'short', title: SHORT, site: 'hafenblatt.example', published: '2024-05-07', text: SHARED }),
]);

test('a report with no sentence only here says so, and offers nothing to open', async ({ page, server }) => {
  await page.goto(server.url);
  const list = page.getByRole('listbox', { name: 'Reports' });
  await list.getByRole('option', { name: new RegExp(LONG) }).click();
  await page.keyboard.press('Space');
  await list.getByRole('option', { name: new RegExp(SHORT) }).click({ modifiers: ['ControlOrMeta'] });
  await page.keyboard.press('c');
  const panel = page.getByRole('complementary', { name: 'Differences' });
  await expect(panel.getByText('hafenblatt.example: no sentence only here (every one has a counterpart)', { exact: true })).toBeVisible();
  await expect(panel.locator('summary', { hasText: 'hafenblatt.example' })).toHaveCount(0);
  // The other report still opens on its own sentences.
  await panel.locator('summary', { hasText: 'lindenau-post.example: 2 sentences only here' }).click();
  await expect(panel.getByRole('button', { name: /Hafenarbeiter protestierten/ })).toBeVisible();
});
