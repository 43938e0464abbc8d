import { test, expect } from './support/fixtures';

/**
 * The word being typed finds what it begins (pass `prefix`, `src/core/search/README.md`): a
 * person typing a name's first letters sees that person's reports before the word is finished,
 * not "No reports match" (and for `Dmitr`, no "Did you mean Dmitri?", another person). Fails on
 * the build before: the unfinished word was searched whole. Run `npm run build` first.
 */

const WORDS = {
  English: { field: 'Search reports', results: 'Search results', reader: 'Reader', none: 'No reports match.', didYouMean: 'Did you mean' },
  Deutsch: { field: 'Berichte durchsuchen', results: 'Suchergebnisse', reader: 'Lesebereich', none: 'Kein Bericht passt.', didYouMean: 'Meinten Sie' },
} as const;

test("typing a name's first letters lists that person's reports before the word is finished (en, de)", async ({ app }) => {
  for (const lang of ['English', 'Deutsch'] as const) {
    const w = WORDS[lang];
    await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: lang });
    const field = app.getByRole('combobox', { name: w.field });
    await field.fill('');
    // Letter by letter, each after the search of the one before has answered.
    const results = app.getByRole('listbox', { name: w.results });
    for (const typed of ['W', 'Wi', 'Wit', 'Witk']) {
      await field.press(typed.at(-1)!);
      if (typed.length >= 3) await expect(results).toHaveAttribute('data-query', typed);
    }
    await expect(field).toHaveValue('Witk');
    const rows = results.getByRole('option');
    await expect(rows.first()).toBeVisible();
    await expect(app.getByText(w.none)).toBeHidden();
    // Every result is Witkoff's, the name marked where the unfinished word begins it.
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i++) await expect(rows.nth(i).locator('mark').first()).toHaveText(/^Witkoff/i);

    // Opened, the report marks the whole name.
    await rows.first().click();
    const reader = app.getByRole('region', { name: w.reader });
    await expect(reader.locator('article mark').first()).toHaveText(/^Witkoff/);

    // `Dmitr`: Kirill Dmitrijew's reports, not a correction to another person.
    await field.fill('');
    await field.pressSequentially('Dmitr', { delay: 60 });
    await expect(results).toHaveAttribute('data-query', 'Dmitr');
    await expect(results.getByRole('option').first()).toBeVisible();
    await expect(results.locator('mark').first()).toHaveText(/^Dmitri/);
    await expect(app.getByText(w.didYouMean)).toBeHidden();
    await expect(app.getByText(w.none)).toBeHidden();

    // A space ends the word: searched whole, as before.
    await field.press(' ');
    await expect(app.getByText(w.none)).toBeVisible();
  }
});
