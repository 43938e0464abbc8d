import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { englishWords } from '../support/english';

/**
 * A German person's first look at every view shows no English: the words on screen and the
 * tool tips, placeholders and accessible names behind them, with keys named as a German
 * keyboard names them. The seed reports are German, so
 * their text may stand in what is read.
 */

/** What the page shows and says: its text and every tool tip, placeholder and accessible name. */
const shownAndSaid = (page: Page) =>
  page.evaluate(() => {
    const out = [document.body.innerText];
    for (const el of document.querySelectorAll('*')) {
      for (const a of ['title', 'placeholder', 'aria-label', 'aria-description', 'aria-valuetext']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out.join('\n');
  });

test('every view of the German window, and the shortcuts, hold no English', async ({ app }) => {
  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  const views = app.getByRole('navigation', { name: 'Ansichten der Bibliothek' });
  const seen: Record<string, string[]> = {};
  const look = async (where: string) => {
    const text = await shownAndSaid(app);
    // English words, and keys as an English keyboard names them (a German one says Strg, Eingabe).
    seen[where] = [...englishWords(text), ...(text.match(/\b(Ctrl|Shift|Enter|Escape|YYYY)\b/g) ?? [])];
  };

  await app.getByRole('listbox', { name: 'Berichte' }).getByRole('option').first().click();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('region', { name: 'Lesebereich' }).getByRole('heading', { level: 1 })).toBeVisible();
  await look('Bibliothek und Lesebereich');

  for (const [view, ready] of [
    ['Anmerkungen', /Anmerkung/],
    ['Geschichten', /\d+ Geschichten?/],
    ['Zeitleiste', /\d+ Ereignisse?/],
    ['Personen & Orte', /\d+ Namen?/],
    ['Papierkorb', /Papierkorb/],
  ] as const) {
    await views.getByRole('button', { name: new RegExp(`^${view}`) }).click();
    await expect(app.getByRole('main').or(app.locator('body')).getByText(ready).first()).toBeVisible();
    await look(view);
  }

  await views.getByRole('button', { name: /^Alle Berichte/ }).click();
  await app.getByRole('button', { name: 'Tastenkürzel' }).click();
  await expect(app.getByRole('dialog')).toBeVisible();
  await look('Tastenkürzel');

  expect(Object.fromEntries(Object.entries(seen).filter(([, w]) => w.length > 0))).toEqual({});
});
