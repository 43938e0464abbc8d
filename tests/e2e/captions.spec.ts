import { expect } from '@playwright/test';
import { withGeneratedLibrary } from './support/generated-library';

/**
 * A name that stands only in a photo caption is found like one in the text: the result says it
 * matched in a caption and shows the caption, and the report opens at the caption with the name
 * marked. In English and in German. Invented reports, built once by the real `parallax ingest`.
 */

const PARAGRAPHS = (topic: string) =>
  Array.from({ length: 14 }, (_, k) => `Absatz ${k + 1} über ${topic}: Der Stadtrat von Lindenau beriet lange über die Kosten, die Fraktionen stritten über jeden Posten der Vorlage.`);
const CAPTION_TITLE = 'Neue Brücke über die Aller';
const BODY_TITLE = 'Haushalt für die Schulen';

const records = () => [
  JSON.stringify({
    id: 'caption',
    title: CAPTION_TITLE,
    site: 'lindenau.example',
    published: '2025-03-12',
    // The caption stands below the fold, after fourteen paragraphs.
    text: [...PARAGRAPHS('die Brücke'), 'Die Bürgermeisterin Frida Quellmoor bei der Eröffnung am Ufer. (Foto: Anna Beispiel/dpa)', 'Die Opposition kündigte Widerstand an.'].join('\n\n'),
  }),
  JSON.stringify({
    id: 'body',
    title: BODY_TITLE,
    site: 'lindenau.example',
    published: '2025-03-13',
    text: ['Die Schulen im Süden bekommen neue Dächer, sagte der Kämmerer am Montag.', 'Die Bürgermeisterin Frida Quellmoor besuchte eine der Schulen im Bezirk.', ...PARAGRAPHS('die Schulen').slice(0, 3)].join('\n\n'),
  }),
];

const test = withGeneratedLibrary('captions', records);

test('a name only in a caption: the result says "in a caption", and the report opens at the caption', async ({ page, server }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await expect(page.getByRole('listbox', { name: 'Reports' }).getByRole('option').first()).toBeVisible();
  const field = page.getByRole('combobox', { name: 'Search reports' });
  await field.fill('Quellmoor');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results).toHaveAttribute('data-query', 'Quellmoor');
  // The report naming her in its text first, then the one naming her under a photo.
  await expect(results.getByRole('option')).toHaveCount(2);
  await expect(results.getByRole('option').nth(0)).toContainText(BODY_TITLE);
  const row = results.getByRole('option').nth(1);
  await expect(row).toContainText(CAPTION_TITLE);
  await expect(row.locator('.snippet[data-field="caption"]')).toContainText('in a caption');
  await expect(row.locator('.snippet[data-field="caption"] mark')).toHaveText('Quellmoor');
  await expect(results.getByRole('option').nth(0).locator('.snippet[data-field="caption"]')).toHaveCount(0);

  await row.click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(CAPTION_TITLE);
  const mark = reader.locator('figcaption mark').first();
  await expect(mark).toHaveText('Quellmoor');
  await expect(mark).toBeInViewport();
  // It was brought there: the caption stands below the first screen of the report.
  expect(await reader.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('in German the result says "in einer Bildunterschrift"', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('listbox', { name: 'Reports' }).getByRole('option').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await page.getByRole('combobox', { name: 'Berichte durchsuchen' }).fill('Quellmoor');
  const results = page.getByRole('listbox', { name: 'Suchergebnisse' });
  const row = results.getByRole('option').filter({ hasText: CAPTION_TITLE });
  await expect(row.locator('.snippet[data-field="caption"]')).toContainText('in einer Bildunterschrift');
  await row.click();
  await expect(page.getByRole('region', { name: 'Lesebereich' }).locator('figcaption mark').first()).toBeInViewport();
});
