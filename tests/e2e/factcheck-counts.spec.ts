import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

/**
 * The three defects the fact-checker walk (ui7) left (ui8): the list's hit count is the reader's,
 * an inferred date says so where it is edited and read, and the undo line leaves the reader's
 * last lines free. Run `npm run build` first.
 */

/** Searches by keyboard; gives the results list. */
async function search(app: Page, q: string) {
  await app.keyboard.press('/');
  await app.keyboard.type(q);
  await app.keyboard.press('Enter');
  const results = app.getByRole('listbox', { name: /^(Search results|Suchergebnisse)$/ });
  await expect(results).toHaveAttribute('data-query', q);
  return results;
}

/** Opens each result by a click and reads "1 of n" in the reader against the row's "n hits". */
async function countsAgree(app: Page, q: string, words: { hits: RegExp; group: string; of: string }) {
  const results = await search(app, q);
  const rows = results.getByRole('option');
  const n = await rows.count();
  expect(n).toBeGreaterThan(1);
  const reader = app.locator('#reader');
  for (let i = 0; i < n; i++) {
    const row = rows.nth(i);
    const text = await row.innerText();
    const listed = Number(text.match(words.hits)?.[1]);
    expect(listed, text).toBeGreaterThan(0);
    await row.click();
    await expect(reader.getByRole('heading', { level: 1 })).toContainText(text.split('\n')[0]!.trim());
    await expect(app.getByRole('group', { name: words.group })).toContainText(`1 ${words.of} ${listed}`);
    // Every counted hit is marked where the person reads, the title's too.
    await expect(reader.locator('article mark.hit')).toHaveCount(listed);
  }
}

test('a result\'s "n hits" is what the reader marks and counts: "1 of n", title and captions included (en, de)', async ({ app }) => {
  await countsAgree(app, 'Witkoff', { hits: /(\d+) hits?\b/, group: 'Search hits in this report', of: 'of' });
  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await app.locator('#reader').focus();
  await countsAgree(app, 'Ukraine', { hits: /(\d+) (Treffer|Fundstellen?)\b/, group: 'Fundstellen in diesem Bericht', of: 'von' });
});

test('the edit dialog says a date was inferred from the text, and why, not stated; the reader header too (en, de)', async ({ app }) => {
  const list = app.getByRole('listbox', { name: 'Reports' });
  // The seed report whose date the text only implies (weekdays and relative days).
  await list.getByRole('option').filter({ hasText: 'inferred' }).first().click();
  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader.locator('header .meta')).toContainText('inferred from the text');
  await reader.getByRole('button', { name: 'Edit details…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Edit details' });
  const date = dialog.getByRole('textbox', { name: 'Date' });
  await expect(date).toHaveAccessibleDescription(/^Inferred from the text, not stated: .+/);
  // Typed over, the date is the person's: the field shows the format again.
  await date.fill('2025-12-01');
  await expect(date).toHaveAccessibleDescription('YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD HH:MM');
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  const lesen = app.getByRole('region', { name: 'Lesebereich' });
  await expect(lesen.locator('header .meta')).toContainText('erschlossen aus dem Text');
  await lesen.getByRole('button', { name: 'Angaben bearbeiten…' }).click();
  const dialog2 = app.getByRole('dialog', { name: 'Angaben bearbeiten' });
  await expect(dialog2.getByRole('textbox', { name: 'Datum' })).toHaveAccessibleDescription(/^Erschlossen aus dem Text, nicht angegeben: .+/);
});

/** What of the reader's text, scrolled to its end, lies under the undo line: none may. */
function coveredLines(app: Page) {
  return app.evaluate(() => {
    const pill = document.querySelector('.reader-main .status .pill');
    if (!pill) return null;
    const p = pill.getBoundingClientRect();
    const pane = document.querySelector('#reader')!.getBoundingClientRect();
    const under: string[] = [];
    for (const el of document.querySelectorAll('#reader article [data-para], #reader article button, #reader article summary, #reader article .tags')) {
      const r = el.getBoundingClientRect();
      if (r.bottom <= pane.top || r.top >= pane.bottom) continue;
      if (r.left < p.right && r.right > p.left && r.top < p.bottom && r.bottom > p.top) under.push((el.textContent ?? '').slice(0, 40));
    }
    return under;
  });
}

test('the undo line takes its own room: the reader scrolled to its end keeps its last lines readable and clickable (en, de)', async ({ app }) => {
  // The page's clock stands still: the line goes after its seconds, and on a loaded machine those
  // could pass between seeing it and measuring what it covers.
  await app.clock.install();
  await app.clock.pauseAt(Date.now() + 1_000);
  await app.getByRole('listbox', { name: 'Reports' }).getByRole('option').first().click();
  const reader = app.locator('#reader');
  await reader.focus();
  for (const key of ['j', 'h', 'j', 'h']) await app.keyboard.press(key);
  await app.keyboard.press('a');
  const cards = app.getByRole('complementary', { name: 'Annotations' }).getByRole('list', { name: 'Annotations' }).locator(':scope > li');
  await expect(cards).toHaveCount(2);
  await reader.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await cards.first().getByRole('button', { name: 'Delete' }).click();
  await expect(app.getByRole('button', { name: 'Undo' })).toBeVisible();
  await reader.evaluate((el) => (el.scrollTop = el.scrollHeight));
  expect(await coveredLines(app)).toEqual([]);

  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await app.getByRole('complementary', { name: 'Anmerkungen' }).getByRole('button', { name: 'Löschen' }).first().click();
  await expect(app.getByRole('button', { name: 'Rückgängig' })).toBeVisible();
  await reader.evaluate((el) => (el.scrollTop = el.scrollHeight));
  expect(await coveredLines(app)).toEqual([]);
});
