import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { heldAnswer } from './support/held';

/**
 * The progress line of an import of many reports moves per report, not a batch at a time: the
 * extraction workers tell each report done and the write tells each one written (a report
 * counts half once extracted, whole once written). Before, the count jumped 250 at a time (the
 * first jump 500, seconds after the line showed "0 of …"). What is noted is what the page
 * shows: every text of the line's count, from the click until the summary shows (en, de).
 */

/** Reports written per transaction by the library (`BATCH_SIZE` in core/ingest/ingest.ts). */
const BATCH = 250;
const TOWNS = ['Lindenau', 'Korvhafen', 'Altmark', 'Severin', 'Dornbach', 'Ostrau'];

/**
 * Reports as long as real ones (~5 KB), so extracting and writing one takes milliseconds even on
 * a quiet machine: a batch then spans many of the window's progress ticks (at most one per 100 ms).
 */
function jsonl(prefix: string, n: number): Buffer {
  const lines = Array.from({ length: n }, (_, i) => {
    const town = TOWNS[i % TOWNS.length]!;
    const paragraphs = Array.from({ length: 30 }, (_, p) => `${town} meldet zum Fall ${i} im Absatz ${p} Neues: Der Rat beriet am Montag mit ${i * 3 + p} Beteiligten über den Hafen, die Stadtverwaltung nannte weitere Einzelheiten zur Lage.`);
    return JSON.stringify({ id: `${prefix}${i}`, title: `${town}: Bericht ${prefix}${i} über den Hafen`, text: paragraphs.join('\n\n') });
  });
  return Buffer.from(lines.join('\n'), 'utf8');
}

/**
 * Notes every text the import's count shows from now on (the line appears after half a second),
 * in the line whose bar is named `label` (after an import, the compare catch-up has a line too).
 */
async function watchCount(page: Page, label: string): Promise<void> {
  await page.evaluate((label) => {
    const seen: string[] = [];
    (window as unknown as { counts: string[] }).counts = seen;
    new MutationObserver(() => {
      const count = document.querySelector(`[role="status"]:has(progress[aria-label="${label}"]) .count`)?.textContent ?? '';
      if (count && count !== seen.at(-1)) seen.push(count);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  }, label);
}

/**
 * The import's answer is held until the line shows `last`: the library tells the last count on
 * the event stream and then answers, and the window drops the line on the answer, so unheld the
 * last count is shown only when the event is handled first (the summary then says the total).
 */
async function importCounted(app: Page, button: string, label: string, name: string, bytes: Buffer, last: string, done: string): Promise<string[]> {
  await watchCount(app, label);
  const release = await heldAnswer(app, 'ingestUploads');
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/x-ndjson', buffer: bytes });
  await expect(app.locator(`[role="status"]:has(progress[aria-label="${label}"]) .count`)).toHaveText(last, { timeout: 110_000 });
  release();
  await expect(app.getByRole('status').filter({ hasText: done })).toBeVisible();
  await app.unroute('**/api/ingestUploads');
  return app.evaluate(() => (window as unknown as { counts: string[] }).counts);
}

/** The counts seen of "n of N": rising, never falling, and never by a batch or more at once. */
function expectPerReport(counts: number[], total: number): void {
  expect(counts.length, String(counts)).toBeGreaterThan(total / BATCH + 2);
  for (let i = 1; i < counts.length; i++) {
    expect(counts[i]!, String(counts)).toBeGreaterThanOrEqual(counts[i - 1]!);
    expect(counts[i]! - counts[i - 1]!, String(counts)).toBeLessThan(BATCH);
  }
  expect(counts.at(-1)).toBe(total);
}

test('an import’s count moves per report, never a batch at once (en, de)', async ({ app }) => {
  test.setTimeout(240_000);
  const seen = await importCounted(app, 'Import files…', 'Importing…', 'hafen.jsonl', jsonl('h', 1500), '1,500 of 1,500 reports', 'Import finished');
  const counts = seen.filter((s) => / of 1,500 reports$/.test(s)).map((s) => Number(s.split(' of ')[0]!.replace(/,/g, '')));
  expectPerReport(counts, 1500);
  await app.getByRole('status').filter({ hasText: 'Import finished' }).getByRole('button', { name: 'Dismiss' }).click();

  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  const seenDe = await importCounted(app, 'Importieren…', 'Wird importiert…', 'lage.jsonl', jsonl('l', 1000), '1.000 von 1.000 Berichten', 'Import abgeschlossen');
  const countsDe = seenDe.filter((s) => / von 1\.000 Berichten$/.test(s)).map((s) => Number(s.split(' von ')[0]!.replace(/\./g, '')));
  expectPerReport(countsDe, 1000);
});
