import { expect } from '@playwright/test';
import { withGeneratedLibrary } from './support/generated-library';

/**
 * A person named in more reports than a page should hold (a head of state in a large library):
 * the entity page shows the newest reports, says how many mentions in how many reports are
 * left with the true totals, and reads more on a key press; a report that names her five times
 * shows three sentences and "2 more". 120 invented reports, built once by the real
 * `parallax ingest`, are six pages of 20.
 */

const REPORTS = 120;
/** Report `r` names her five times every sixth report, else once or twice. */
const timesIn = (r: number) => (r % 6 === 0 ? 5 : 1 + (r % 2));
const TOTAL = Array.from({ length: REPORTS }, (_, r) => timesIn(r)).reduce((a, b) => a + b, 0);
const title = (r: number) => `Haushaltsstreit in Lindenau, Folge ${r}`;

function record(r: number): string {
  const sentences = Array.from({ length: 8 }, (_, k) =>
    k < timesIn(r)
      ? `Präsidentin Mara Velden sprach am Termin ${k + 1} des Berichts ${r} über den Haushalt von Lindenau.`
      : `Der Satz ${k} des Berichts ${r} beschreibt die Lage im Hafen von Lindenau mit vielen Einzelheiten.`,
  );
  // One report a day from 1 January: report 119 is the newest, so the page starts there.
  const day = new Date(Date.UTC(2024, 0, 1 + r)).toISOString().slice(0, 10);
  return JSON.stringify({ id: `velden${r}`, title: title(r), site: 'lindenau.example', published: day, text: sentences.join(' ') });
}

const test = withGeneratedLibrary('people', () => Array.from({ length: REPORTS }, (_, r) => record(r)));

/** Mentions in reports newest-first `from` (inclusive) to `to` (exclusive). */
const mentionsOfNewest = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => timesIn(REPORTS - 1 - from - i)).reduce((a, b) => a + b, 0);

test('a person in 120 reports: the newest 20 with the true totals, "n more" folded, more reports and sentences by keyboard', async ({ page, server }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await expect(page.getByRole('listbox', { name: 'Reports' }).getByRole('option').first()).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'People & places' }).click();
  await page.getByRole('list', { name: 'People & places' }).getByRole('listitem').filter({ hasText: 'Mara Velden' }).getByRole('button').click();

  const region = page.getByRole('region', { name: 'People & places' });
  await expect(region.locator('.detail').getByRole('heading', { level: 3 })).toHaveText('Mara Velden');
  await expect(region.locator('.detail > .meta')).toHaveText(`Person · ${TOTAL} mentions in ${REPORTS} reports`);
  const groups = region.locator('.mentions > li');
  await expect(groups).toHaveCount(20);
  await expect(groups.first().getByRole('heading', { level: 5 })).toHaveText(`${title(119)} ${timesIn(119)} mentions`);
  // The rest, with the true totals, and the button that reads more.
  await expect(region.getByText(`${TOTAL - mentionsOfNewest(0, 20)} more mentions in 100 reports`, { exact: true })).toBeVisible();
  const more = region.getByRole('button', { name: 'Show 20 more reports' });
  await expect(more).toBeVisible();
  // A calm page: 20 reports' first sentences, not 260.
  expect(await region.locator('button.mention').count()).toBeLessThanOrEqual(20 * 3);

  // Report 114 names her five times: three sentences, then "2 more"; Enter shows them and the
  // keyboard lands on the fourth.
  const five = groups.filter({ has: page.getByRole('heading', { level: 5, name: title(114) }) });
  await expect(five.locator('button.mention')).toHaveCount(3);
  const unfold = five.getByRole('button', { name: '2 more mentions in this report' });
  await unfold.focus();
  await page.keyboard.press('Enter');
  await expect(five.locator('button.mention')).toHaveCount(5);
  await expect(five.locator('button.mention').nth(3)).toBeFocused();
  await expect(five.locator('button.mention').nth(3)).toContainText('Termin 4 des Berichts 114');

  // "Show 20 more" by keyboard: the next reports come, the keyboard on the first new sentence.
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(groups).toHaveCount(40);
  await expect(groups.nth(20).locator('button.mention').first()).toBeFocused();
  await expect(groups.nth(20).getByRole('heading', { level: 5 })).toContainText(title(99));
  await expect(region.getByText(`${TOTAL - mentionsOfNewest(0, 40)} more mentions in 80 reports`, { exact: true })).toBeVisible();
  for (let shown = 40; shown < REPORTS; shown += 20) {
    await more.click();
    await expect(region.locator('.mentions > li').last().getByRole('heading', { level: 5 })).toContainText(title(REPORTS - 1 - shown - 19));
  }
  await expect(more).toHaveCount(0);
  await expect(region.getByText(/more mentions in \d+ reports/)).toHaveCount(0);
  // At most five pages stay in the page: the newest 20 left it, with their totals above.
  await expect(groups).toHaveCount(100);
  await expect(region.getByText(`${mentionsOfNewest(0, 20)} mentions in 20 earlier reports`, { exact: true })).toBeVisible();
  // Every report once, newest first, and their counts with the earlier ones add up to the total.
  const headings = await groups.getByRole('heading', { level: 5 }).allTextContents();
  expect(headings.map((h) => h.replace(/ \d+ mentions?$/, ''))).toEqual(Array.from({ length: 100 }, (_, i) => title(REPORTS - 21 - i)));
  expect(headings.reduce((n, h) => n + Number(h.match(/(\d+) mentions?$/)![1]), 0) + mentionsOfNewest(0, 20)).toBe(TOTAL);

  // The first report by keyboard: Shift+Tab from the first sentence is the button above; Enter
  // brings the newest 20 back with the keyboard on the first sentence, and the oldest 20 leave.
  await groups.first().locator('button.mention').first().focus();
  await page.keyboard.press('Shift+Tab');
  const earlier = region.getByRole('button', { name: 'Show 20 earlier reports' });
  await expect(earlier).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(groups.first().locator('button.mention').first()).toBeFocused();
  await expect(groups.first().getByRole('heading', { level: 5 })).toHaveText(`${title(119)} ${timesIn(119)} mentions`);
  await expect(earlier).toHaveCount(0);
  await expect(groups).toHaveCount(100);
  await expect(region.getByText(`${mentionsOfNewest(100, 120)} more mentions in 20 reports`, { exact: true })).toBeVisible();
  // The last again by keyboard: the loaded page comes back, the keyboard on its first sentence.
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(groups.last().getByRole('heading', { level: 5 })).toHaveText(`${title(0)} ${timesIn(0)} mentions`);
  await expect(groups.nth(80).locator('button.mention').first()).toBeFocused();
  await expect(groups.nth(80).getByRole('heading', { level: 5 })).toContainText(title(19));
  await expect(more).toHaveCount(0);

  // A sentence opens its report there.
  await groups.nth(0).locator('button.mention').first().click();
  await expect(page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 1 })).toHaveText(title(99));
  expect(errors).toEqual([]);
});

test('the same page in German: the totals, the folds and the button in German', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('listbox', { name: 'Reports' }).getByRole('option').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await page.getByRole('navigation').getByRole('button', { name: 'Personen & Orte' }).click();
  await page.getByRole('list', { name: 'Personen & Orte' }).getByRole('listitem').filter({ hasText: 'Mara Velden' }).getByRole('button').click();
  const region = page.getByRole('region', { name: 'Personen & Orte' });
  await expect(region.locator('.detail > .meta')).toHaveText(`Person · ${TOTAL} Nennungen in ${REPORTS} Berichten`);
  await expect(region.getByText(`${TOTAL - mentionsOfNewest(0, 20)} weitere Nennungen in 100 Berichten`, { exact: true })).toBeVisible();
  await expect(region.getByRole('button', { name: '2 weitere Nennungen in diesem Bericht' }).first()).toBeVisible();
  await region.getByRole('button', { name: '20 weitere Berichte zeigen' }).click();
  await expect(region.locator('.mentions > li')).toHaveCount(40);
  // Past five pages the newest leave the page, with their totals and a way back in German.
  // A person clicks again once the next reports are there (a click while they load is not a second page).
  for (let shown = 40; shown < 120; shown += 20) {
    await region.locator('.more:not(.earlier) button').click();
    await expect(region.locator('.mentions > li').last().getByRole('heading', { level: 5 })).toContainText(title(REPORTS - 1 - shown - 19));
  }
  await expect(region.locator('.mentions > li')).toHaveCount(100);
  await expect(region.getByText(`${mentionsOfNewest(0, 20)} Nennungen in 20 früheren Berichten`, { exact: true })).toBeVisible();
  await region.getByRole('button', { name: '20 frühere Berichte zeigen' }).click();
  await expect(region.locator('.mentions > li').first().getByRole('heading', { level: 5 })).toHaveText(`${title(119)} ${timesIn(119)} Nennungen`);
  await expect(region.getByText(`${mentionsOfNewest(100, 120)} weitere Nennungen in 20 Berichten`, { exact: true })).toBeVisible();
});

test('the reports that name her most come first when asked, and stay in that order as more are shown', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('listbox', { name: 'Reports' }).getByRole('option').first()).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'People & places' }).click();
  await page.getByRole('list', { name: 'People & places' }).getByRole('listitem').filter({ hasText: 'Mara Velden' }).getByRole('button').click();
  const region = page.getByRole('region', { name: 'People & places' });
  const groups = region.locator('.mentions > li');
  await expect(groups.first().getByRole('heading', { level: 5 })).toHaveText(`${title(119)} ${timesIn(119)} mentions`);
  await region.getByRole('combobox', { name: 'Order of the reports' }).selectOption({ label: 'Most mentions first' });
  // Every sixth report names her five times: those 20, newest first, then the ones naming her twice.
  const fives = Array.from({ length: 20 }, (_, i) => `${title(114 - 6 * i)} 5 mentions`);
  await expect(groups.getByRole('heading', { level: 5 })).toHaveText(fives);
  await region.getByRole('button', { name: 'Show 20 more reports' }).click();
  await expect(groups).toHaveCount(40);
  await expect(groups.nth(20).getByRole('heading', { level: 5 })).toHaveText(`${title(119)} 2 mentions`);
});
