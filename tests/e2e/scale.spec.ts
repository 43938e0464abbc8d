import type { ArticlePage } from '../../src/shared/api';
import { HTTP_TOKEN_HEADER } from '../../src/shared/api';
import { expect } from '@playwright/test';
import { withGeneratedLibrary } from './support/generated-library';
import type { ParallaxServer } from './support/server';

/**
 * The list reaches every report of a library too large to load at once: keyset pages, the last
 * one from the end, copies grouped. 3,000 reports (300 stories in ten near-identical versions
 * each) are 30 pages of 100 rows and a dozen anchors, enough to cross every kind of page the
 * list asks for; building them takes seconds, where 100,000 would take minutes on a loaded
 * 2-core machine (`npm run bench scale` measures 100,000). The library is built once, by the
 * real `parallax ingest`, in a temporary folder.
 */

const STORIES = 300;
const VERSIONS = 10;
const REPORTS = STORIES * VERSIONS;

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** Story `s`, version `v`: twelve sentences of its own (one dates its event), one reworded per version. */
function record(s: number, v: number): string {
  const event = `Am ${1 + (s % 28)}. ${MONTHS[Math.floor(s / 28) % 12]} 2023 trafen sich die Delegationen der Meldung ${s} in Ort${s}.`;
  const sentences = Array.from({ length: 12 }, (_, k) =>
    k === 5
      ? `Version ${v} der Meldung ${s} ergänzt einen eigenen Satz mit dem Stichwort Variante${v}x${s}.`
      : k === 7
        ? event
        : `Satz ${k} der Meldung ${s} berichtet über Ereignis${s}k${k} in Ort${(s * 13 + k) % 997} mit vielen Beteiligten.`,
  );
  const day = String(1 + ((s * 7 + v) % 28)).padStart(2, '0');
  const month = String(1 + (s % 12)).padStart(2, '0');
  return JSON.stringify({ id: `s${s}v${v}`, title: `Meldung ${s} in Fassung ${v}`, site: `outlet${v}.example`, published: `2024-${month}-${day}`, text: sentences.join(' ') });
}

const test = withGeneratedLibrary('scale', () => {
  const lines: string[] = [];
  for (let v = 0; v < VERSIONS; v++) for (let s = 0; s < STORIES; s++) lines.push(record(s, v));
  return lines;
});

async function lastRow(server: ParallaxServer, groupCopies: boolean) {
  const res = await fetch(`${server.origin}/api/listArticles`, {
    method: 'POST',
    headers: { [HTTP_TOKEN_HEADER]: server.token, 'content-type': 'application/json' },
    body: JSON.stringify([{ fromEnd: true, limit: 1, groupCopies }]),
  });
  return ((await res.json()) as { value: ArticlePage }).value;
}

test('End reaches the last of 3,005 reports, grouped and ungrouped, with the totals shown', async ({ page, server }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  const list = page.getByRole('listbox', { name: 'Reports' });
  await expect(list.getByRole('option').first()).toBeVisible();
  // Copies are grouped: one row per story, the total of reports still said.
  const grouped = await lastRow(server, true);
  // The library also holds the five seed reports it was created with.
  const total = REPORTS + 5;
  expect(grouped.total).toBe(total);
  expect(grouped.rows).toBeLessThan(STORIES + 10);
  await expect(page.getByText(`3,005 reports · ${grouped.rows.toLocaleString('en')} rows`)).toBeVisible();

  await list.focus();
  await page.keyboard.press('End');
  const last = list.getByRole('option', { selected: true });
  await expect(last).toHaveAttribute('aria-posinset', String(grouped.rows));
  await expect(last).toContainText(grouped.items[0]!.title);

  // Its copies open under it and close again.
  const copies = grouped.items[0]!.copyCount;
  expect(copies).toBe(VERSIONS - 1);
  await expect(last.getByRole('button', { name: `Show the ${copies} near-identical reports` })).toHaveText(`×${VERSIONS}`);
  await page.keyboard.press('ArrowRight');
  await expect(list.getByRole('option', { name: /near-identical copy/ }).first()).toBeVisible();
  await page.keyboard.press('End');
  await expect(list.getByRole('option', { selected: true })).toHaveAttribute('aria-posinset', String(grouped.rows + copies));
  await expect(list.getByRole('option', { selected: true })).toContainText('near-identical copy');
  await page.keyboard.press('ArrowLeft');
  await expect(list.getByRole('option', { name: /near-identical copy/ })).toHaveCount(0);
  await expect(list.getByRole('option', { selected: true })).toHaveAttribute('aria-posinset', String(grouped.rows));

  // Every report a row of its own: End reaches number 3,000.
  await page.getByRole('checkbox', { name: 'Group copies' }).uncheck();
  await expect(page.getByText('3,005 reports', { exact: true })).toBeVisible();
  const ungrouped = await lastRow(server, false);
  await list.focus();
  await page.keyboard.press('End');
  await expect(list.getByRole('option', { selected: true })).toHaveAttribute('aria-posinset', String(total));
  await expect(list.getByRole('option', { selected: true })).toContainText(ungrouped.items[0]!.title);

  // Home and PageDown walk back in from the top, a screen at a time.
  await page.keyboard.press('Home');
  await expect(list.getByRole('option', { selected: true })).toHaveAttribute('aria-posinset', '1');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  const pos = Number(await list.getByRole('option', { selected: true }).getAttribute('aria-posinset'));
  expect(pos).toBeGreaterThan(2);
  await expect(list.getByRole('option', { selected: true })).not.toContainText('Loading');

  // Scrolling to the middle of the list fills it with rows, not placeholders.
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await expect(list.getByRole('option').filter({ hasText: 'Meldung' }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a search finds one story’s ten versions as one result with ×10, and opens them', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('combobox', { name: 'Search reports' }).fill('Ereignis42k0');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(page.getByText(`${VERSIONS} results`)).toBeVisible();
  await expect(results.getByRole('option')).toHaveCount(1);
  const badge = results.getByRole('button', { name: `Show the ${VERSIONS - 1} near-identical reports` });
  await expect(badge).toHaveText(`×${VERSIONS}`);
  await badge.click();
  await expect(results.getByRole('option', { name: /near-identical copy/ })).toHaveCount(VERSIONS - 1);
  await expect(results.getByRole('option').filter({ hasText: 'Meldung 42 in Fassung' })).toHaveCount(VERSIONS);
  await results.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(results.getByRole('option')).toHaveCount(1);
});

test('the timeline and people & places say how many they hold, and fold a story’s copies into one chip', async ({ page, server }) => {
  const api = async <T,>(method: string, arg: unknown): Promise<T> => {
    const res = await fetch(`${server.origin}/api/${method}`, { method: 'POST', headers: { [HTTP_TOKEN_HEADER]: server.token, 'content-type': 'application/json' }, body: JSON.stringify([arg]) });
    return ((await res.json()) as { value: T }).value;
  };
  await page.goto(server.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Timeline' }).click();
  const timeline = await api<{ total: number }>('getTimelinePage', { limit: 1 });
  expect(timeline.total).toBeGreaterThan(100);
  await expect(page.getByText(`${timeline.total.toLocaleString('en')} events`)).toBeVisible();
  const events = page.getByRole('list', { name: 'Events by date' });
  // Ten versions of one story date the same meeting: one chip with ×10, opened to all ten.
  const folded = events.getByRole('button', { name: `Show the ${VERSIONS - 1} near-identical reports` }).first();
  await expect(folded).toHaveText(`×${VERSIONS}`);
  await folded.click();
  const event = events.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Hide the near-identical reports' }) });
  await expect(event.getByRole('button', { name: /^Open outlet\d\.example/ })).toHaveCount(VERSIONS);
  // The last event is there to be scrolled to (rows are measured as they come into view, so
  // the end moves a little as a person scrolls on to it).
  await expect(async () => {
    await events.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(events.locator(`[aria-posinset="${timeline.total}"] time`)).toBeInViewport({ timeout: 1000 });
  }).toPass();

  await page.getByRole('navigation').getByRole('button', { name: 'People & places' }).click();
  const names = await api<{ total: number }>('listEntityPage', { limit: 1 });
  await expect(page.getByText(`${names.total.toLocaleString('en')} names`)).toBeVisible();
  const people = page.getByRole('list', { name: 'People & places' });
  await expect(async () => {
    await people.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(people.locator(`[aria-posinset="${names.total}"] .title`)).toBeInViewport({ timeout: 1000 });
  }).toPass();
});
