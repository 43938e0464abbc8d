import { test, expect } from './support/fixtures';
import { scriptEventStream } from './support/event-stream';

/**
 * A long progress label (the compare catch-up's, longest in German) beside its count in the
 * list column, at the narrowest window Parallax supports: its words must read as a line or
 * two, not a narrow column of one word a line squeezed beside the count.
 */
const CASES = [
  { lang: 'English', label: 'Indexing new reports for the timeline, people and comparisons…', count: '40,000 of 98,740 reports' },
  { lang: 'Deutsch', label: 'Neue Berichte werden für Zeitleiste, Personen und Vergleich erschlossen…', count: '40.000 von 98.740 Berichten' },
];

for (const c of CASES) {
  test(`the catch-up's words read on at most two lines at 900×600 (${c.lang})`, async ({ page, server }, testInfo) => {
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    const progress = (done: number) => ({ type: 'taskProgress', task: 'compareIndex', done, total: 98_740 });
    // The catch-up stays at 40,000 until the test ends.
    await scriptEventStream(page, server.origin, [progress(40_000), progress(98_740)], held);
    await page.goto(server.url);
    await expect(page.getByRole('listbox', { name: 'Reports' }).getByRole('option').first()).toBeVisible();
    if (c.lang !== 'English') await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: c.lang });
    // The language is chosen in the side bar, which folds away at the narrow width.
    await page.setViewportSize({ width: 900, height: 600 });

    const status = page.getByRole('status').filter({ hasText: c.label });
    await expect(status).toContainText(c.count);
    const label = status.getByText(c.label, { exact: true });
    await testInfo.attach('catch-up', { body: await status.screenshot(), contentType: 'image/png' });
    // The lines the words are set on, as a person sees them (each line box of the text has its own top).
    const lines = await label.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBeLessThanOrEqual(2);
    // The count still reads whole.
    await expect(status.getByText(c.count, { exact: true })).toBeVisible();
    letGo();
  });
}
