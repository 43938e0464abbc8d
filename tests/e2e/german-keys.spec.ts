import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { englishWords } from '../support/english';

/**
 * A German window names keys as a German keyboard does and shows no English in what a person
 * reads or hears beside the text: tool tips, placeholders and accessible names, in the list,
 * the reader with its find bar, and the form that edits a report's details.
 */

/** Every tool tip, placeholder and accessible name on the page. */
const said = (page: Page) =>
  page.evaluate(() => {
    const out = new Set<string>();
    for (const el of document.querySelectorAll('*')) {
      for (const a of ['title', 'placeholder', 'aria-label', 'aria-description']) {
        const v = el.getAttribute(a);
        // A report's own title or text (a tool tip on a cut-off title) is data, in any language.
        if (v && !el.closest('[data-id], article, .body, .reader-body')) out.add(v);
      }
    }
    return [...out];
  });

/** Key names a German keyboard writes otherwise (Strg, Eingabe, Umschalt/⇧), and an English date pattern. */
const ENGLISH_KEYS = /\b(Ctrl|Shift|Enter|Escape|YYYY)\b/;

test('the German window names keys as a German keyboard does, in tool tips and placeholders too', async ({ app }) => {
  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  const field = app.getByRole('combobox', { name: 'Berichte durchsuchen' });
  await expect(field).toHaveAttribute('placeholder', /Strg\+K$/);

  await app.getByRole('listbox', { name: 'Berichte' }).getByRole('option').first().click();
  await app.keyboard.press('Enter');
  const reader = app.getByRole('region', { name: 'Lesebereich' });
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  await app.keyboard.press('Control+f');
  const find = app.getByRole('search', { name: 'Im Bericht suchen' });
  await expect(find).toBeVisible();
  await expect(find.getByRole('button', { name: 'Suchleiste schließen' })).toHaveAttribute('title', 'Suchleiste schließen (Esc)');
  await expect(find.getByRole('button', { name: 'Nächster Treffer' })).toHaveAttribute('title', 'Nächster Treffer (Eingabe)');
  await expect(find.getByRole('button', { name: 'Voriger Treffer' })).toHaveAttribute('title', 'Voriger Treffer (⇧+Eingabe)');
  const inReader = await said(app);
  await app.keyboard.press('Escape');

  await reader.getByRole('button', { name: /Angaben bearbeiten/ }).click();
  const date = app.getByRole('textbox', { name: /Datum/ });
  await expect(date).toHaveAttribute('placeholder', 'JJJJ-MM-TT');
  const inForm = await said(app);

  const wrong = [...new Set([...inReader, ...inForm])].filter((s) => ENGLISH_KEYS.test(s) || englishWords(s).length > 0);
  expect(wrong).toEqual([]);
});
