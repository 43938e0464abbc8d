import { expect, type Locator, type Page } from '@playwright/test';
import { withGeneratedLibrary } from './support/generated-library';

/**
 * The comparison as a fact-checker meets it (compareux): a story larger than the view, the
 * panel's pair found in the columns, and four narrow columns that stay apart. Invented reports
 * of one invented event, beside the seeds.
 */

const SITES = ['lindenau-post.example', 'hafenblatt.example', 'nordkurier.example', 'elbbote.example', 'stadtanzeiger.example', 'wellenfunk.example'];
const LEADS = [
  'Im Hafen von Lindenau hat am Dienstag ein Großbrand drei Lagerhallen zerstört.',
  'Ein Großbrand hat am Dienstag im Hafen von Lindenau drei Lagerhallen vernichtet.',
  'Drei Lagerhallen sind am Dienstag bei einem Großbrand im Hafen von Lindenau zerstört worden.',
  'Bei einem Großbrand im Lindenauer Hafen sind am Dienstag drei Lagerhallen abgebrannt.',
  'Im Hafen von Lindenau brannten am Dienstag drei Lagerhallen nieder.',
  'Der Großbrand im Hafen von Lindenau zerstörte am Dienstag drei Lagerhallen.',
];
const MORE = [
  'Feuerwehrchef Tomas Velden sagte, 120 Einsatzkräfte seien vor Ort gewesen.',
  'Nach Angaben von Feuerwehrchef Tomas Velden waren 120 Einsatzkräfte im Einsatz.',
  'Bürgermeisterin Ina Korbach sprach von einem schweren Schlag für den Hafenwirtschaftsstandort.',
  'Verletzt wurde nach Angaben von Tomas Velden niemand.',
  'Ina Korbach kündigte Hilfen für die betroffenen Firmen an.',
  'Die Ursache des Feuers ist nach Angaben der Feuerwehr noch unklar.',
];

const test = withGeneratedLibrary('compareux', () =>
  SITES.map((site, i) =>
    JSON.stringify({
      id: `brand-${i + 1}`,
      title: `Großbrand im Hafen von Lindenau (${i + 1})`,
      site,
      published: '2024-05-07',
      text: `${LEADS[i]} ${MORE[i]} ${MORE[(i + 1) % 6]} Die Feuerwehr von Lindenau war bis in die Nacht im Einsatz.`,
    }),
  ),
);

/** Opens the stories view and compares the story whose label holds `label`. */
/** Opens the window, then the stories, and compares the story whose label begins with `label`: the comparison. */
async function compareStory(page: Page, url: string, label: RegExp): Promise<Locator> {
  await page.goto(url);
  await expect(page.getByRole('listbox', { name: 'Reports' }).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Control+3');
  await page.getByRole('button', { name: new RegExp(`^Compare this story: “${label.source}`) }).click();
  return page.getByRole('region', { name: 'Comparison' });
}

test('a story of six reports compared four at a time says so, and leads to its list to choose others', async ({ page, server }) => {
  const view = await compareStory(page, server.url, /Großbrand im Hafen/);
  await expect(view.locator('article.column')).toHaveCount(4);
  await expect(view).toContainText('4 of this story’s 6 reports');
  await view.getByRole('button', { name: 'Choose others in the story’s list' }).click();
  await expect(page.getByRole('listbox', { name: 'Reports' }).getByRole('option')).toHaveCount(6);
  await expect(page.locator('#library-title')).toContainText('Story:');
});

test('a story the view holds whole says nothing of a part; a German column is marked German, one without an outlet named as the panel names it', async ({ page, server }) => {
  const view = await compareStory(page, server.url, /Putins Marathontreffen/);
  await expect(view.locator('article.column')).toHaveCount(3);
  await expect(view).not.toContainText('of this story’s');
  // A report without an outlet is named in its column's head as the panel and the export name it.
  const unnamed = view.locator('article.column .site').filter({ hasText: 'outlet not stated' });
  await expect(unnamed.first()).toContainText(/^\d?\s*Report \d\s\(outlet not stated\)/);
  // A screen reader speaks a report in its language, as in the reader; the head's outlet and date are the UI's.
  for (const col of await view.locator('article.column').all()) {
    await expect(col.locator('.text')).toHaveAttribute('lang', 'de');
    await expect(col.locator('h2')).toHaveAttribute('lang', 'de');
  }
});

test('the pair the panel explains is one click from its two sentences in their columns', async ({ page, server }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const view = await compareStory(page, server.url, /Putins Marathontreffen/);
  await expect(view.locator('article.column')).toHaveCount(3);
  // The panel opens on a pair nobody chose: nothing in the columns is marked yet.
  const panel = page.getByRole('complementary', { name: 'Differences' });
  const quoted = panel.locator('blockquote.quote-b').getByRole('button');
  await expect(quoted).toBeVisible();
  const words = (await quoted.innerText()).slice(0, 40);
  // Scrolled away first, as a reader who has been reading elsewhere.
  await view.locator('article.column .scroll').evaluateAll((els) => els.forEach((el) => el.scrollTo({ top: el.scrollHeight })));
  await quoted.focus();
  await page.keyboard.press('Enter');
  const partner = view.locator('.s.partner', { hasText: words });
  await expect(partner).toHaveCount(1);
  await expect(partner).toBeInViewport();
  await expect(view.locator('.s.active')).toBeInViewport();
});

test('four narrow columns keep their words inside them (900 × 600)', async ({ page, server }) => {
  await page.setViewportSize({ width: 900, height: 600 });
  const view = await compareStory(page, server.url, /Großbrand im Hafen/);
  await expect(view.locator('article.column')).toHaveCount(4);
  await expect(view.locator('.s').first()).toBeVisible();
  // Every line box of a column's head and text ends inside the column (a long compound ran over the next one).
  const over = await view.locator('article.column').evaluateAll((cols) =>
    cols.flatMap((col) => {
      const right = col.getBoundingClientRect().right + 1;
      const out: string[] = [];
      for (const el of col.querySelectorAll('.site, h2, .s')) {
        for (const r of el.getClientRects()) if (r.right > right) out.push((el.textContent ?? '').slice(0, 40));
      }
      return out;
    }),
  );
  expect(over).toEqual([]);
});

test('printed, each column’s title is whole and the story line keeps its words, not its link', async ({ page, server }) => {
  await page.setViewportSize({ width: 900, height: 600 });
  const view = await compareStory(page, server.url, /Großbrand im Hafen/);
  await expect(view.locator('article.column')).toHaveCount(4);
  const cut = () => view.locator('article.column h2').evaluateAll((hs) => hs.filter((h) => h.scrollHeight > h.clientHeight + 1).length);
  // On screen the narrow heads cut their titles to two lines (the whole one on pointing) …
  expect(await cut()).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'print' });
  // … on paper nothing points.
  expect(await cut()).toBe(0);
  await expect(view.getByText('4 of this story’s 6 reports')).toBeVisible();
  await expect(view.getByRole('button', { name: 'Choose others in the story’s list' })).toBeHidden();
});
