import { expect, type Page } from '@playwright/test';
import { harbourRecord, withGeneratedLibrary } from './support/generated-library';
import { held } from './support/held';

/**
 * The views' first build on a library large enough to take a while (2,000 invented reports
 * about 40 stories, built once by the real `parallax ingest`): the bar of the stories view
 * gets a known end once the build reports its stages, names the step in words, and its value
 * only rises, inside the stages too (50 units a stage, moved by the stages' loops). Companion of
 * the factcheck test of the bar (ui7), which sees it on the seeds.
 */

/** Units of one stage of the views' build (`STAGE_PARTS` in core/explore/views-progress.ts). */
const STAGE = 50;

const REPORTS = 2000;
const test = withGeneratedLibrary('views-progress', () => Array.from({ length: REPORTS }, (_, r) => harbourRecord(r, 40, 8)));

test('the first build of the stories shows a bar with a known end whose value rises, the step in words (en, de)', async ({ page, server }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await expect(page.getByRole('listbox', { name: 'Reports' }).getByRole('option').first()).toBeVisible();
  const stories = await held(page, 'listStorySummaries');
  await page.getByRole('navigation').getByRole('button', { name: 'Stories' }).click();
  // The library holds the seeds beside the generated reports: the count is the one the sidebar shows.
  const n = (await page.getByRole('navigation').getByRole('button', { name: /^All reports/ }).innerText()).match(/[\d,]+$/)![0];
  expect(Number(n.replace(/,/g, ''))).toBeGreaterThanOrEqual(REPORTS);
  await expect(page.getByRole('status').filter({ hasText: `Grouping ${n} reports into stories…` })).toBeVisible();
  // No known end yet: nothing built.
  await expect(page.getByRole('status').getByRole('progressbar')).not.toHaveAttribute('value');
  await watchBar(page);
  stories();
  await expect(page.getByRole('list', { name: 'Stories' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('status').getByRole('progressbar')).toHaveCount(0);
  const seen = await barSeen(page);
  expectRising(seen, 7);
  expect(seen.every((s) => /^\d+%$/.test(s.amount))).toBe(true);
  // The step in words: the names first (the stories word names as the people & places do), then the stories.
  expect(seen.map((s) => s.label).filter((l, i, all) => l !== all[i - 1])).toEqual([`Gathering the people and places of ${n} reports…`, `Grouping ${n} reports into stories…`].filter((l) => seen.some((s) => s.label === l)));
  expect(seen.at(-1)!.label).toBe(`Grouping ${n} reports into stories…`);

  // In German, the timeline: the names and stories are built, its own three stages are left.
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  const timeline = await held(page, 'getTimelinePage');
  await page.getByRole('navigation').getByRole('button', { name: 'Zeitleiste' }).click();
  const de = n.replace(/,/g, '.');
  await expect(page.getByRole('status').filter({ hasText: `Die Ereignisse von ${de} Berichten werden datiert…` })).toBeVisible();
  await watchBar(page);
  timeline();
  await expect(page.getByRole('status').getByRole('progressbar')).toHaveCount(0);
  const seenDe = await barSeen(page);
  expectRising(seenDe, 3);
  expect(seenDe.every((s) => s.label === `Die Ereignisse von ${de} Berichten werden datiert…` && /^\d+ %$/.test(s.amount))).toBe(true);
  expect(errors).toEqual([]);
});

interface Seen {
  value: number;
  max: number;
  label: string;
  amount: string;
}

/** Notes every value the waiting bar shows from now on, as the page shows it. */
async function watchBar(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: Seen[] = [];
    (window as unknown as { seen: Seen[] }).seen = seen;
    new MutationObserver(() => {
      const p = document.querySelector<HTMLProgressElement>('[role="status"] progress');
      if (p && p.hasAttribute('value')) seen.push({ value: p.value, max: p.max, label: p.getAttribute('aria-label') ?? '', amount: p.closest('[role="status"]')?.querySelector('.count')?.textContent ?? '' });
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['value', 'max', 'aria-label'], childList: true, characterData: true });
  });
}

const barSeen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen[] }).seen);

/**
 * A known end (`stages` stages), and a value that rose and never fell, and moved inside the
 * stages: more values than stages (a bar that moved only at their ends shows at most one each).
 */
function expectRising(seen: Seen[], stages: number): void {
  const values = seen.map((s) => s.value);
  expect(new Set(values).size, JSON.stringify(seen)).toBeGreaterThan(stages);
  for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]!);
  expect(seen.every((s) => s.max === stages * STAGE)).toBe(true);
}
