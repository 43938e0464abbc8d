import { test, expect } from './support/fixtures';
import { englishWords } from '../support/english';
import { words } from '../../src/shared/i18n';

/**
 * A German UI shows no English notice: what search says about a malformed query, and the
 * labels of the reader's folded page furniture, come from core as codes and are worded in
 * the UI language. Runs against the real index of the seed library.
 */

const TKP_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';

test('search notices and the folded page furniture are German in the German UI', async ({ app }) => {
  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  const field = app.getByRole('combobox', { name: 'Berichte durchsuchen' });
  await field.fill('outlet: "vier Stunden');

  const notices = app.getByRole('list', { name: 'Wie die Anfrage gelesen wurde' });
  await expect(notices.getByRole('listitem')).toHaveText([
    'Anführungszeichen nicht geschlossen: bis zum Ende als Wortgruppe gelesen',
    'outlet: braucht einen Wert: übergangen',
  ]);
  expect(englishWords(await notices.innerText())).toEqual([]);
  await expect(app.getByText('unclosed quote', { exact: false })).toHaveCount(0);

  // The TKP report folds its page furniture away, each part with its kind.
  await field.fill('');
  await app.getByRole('listbox', { name: 'Berichte' }).getByRole('option', { name: TKP_TITLE }).click();
  const reader = app.getByRole('region', { name: 'Lesebereich' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(TKP_TITLE);
  await reader.getByText(/^Entfernter Seitentext \(\d+\)$/).click();
  const labels = reader.locator('details.fold .label');
  await expect(labels.first()).toBeVisible();
  const texts = (await labels.allTextContents()).map((t) => t.trim());
  expect(texts.length).toBeGreaterThan(0);
  // Every label is the German name of a kind of furniture (its text, before CSS shows it in capitals).
  const german = Object.values(words('de').furniture).map((w) => w.toLowerCase());
  for (const t of texts) expect(german, t).toContain(t.toLowerCase());
  expect(englishWords(texts.join('\n'))).toEqual([]);
  await expect(labels.filter({ hasText: /^weiterlesen$/i }).first()).toBeVisible();
  await expect(labels.filter({ hasText: /^related$/i })).toHaveCount(0);
});
