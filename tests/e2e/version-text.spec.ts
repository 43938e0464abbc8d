import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { audit, blocking } from './support/axe';

/**
 * A person's edit of a report's text carried into the new version of its file: one change where
 * the file changed nothing (applied), one inside the paragraph the file rewrote (a conflict the
 * person settles in "Edit text", by keyboard). Every wait is for something on screen.
 */

/** Notes of the Glasgow summit; `protest` is the paragraph the file changes. */
function notes(protest: string): string {
  const lines = Array.from({ length: 10 }, (_, i) => `Am Verhandlungstag ${i + 1} berieten die Delegationen in Glasgow über Kohle, Geld und die Anpassung an den Klimawandel.`);
  lines.splice(1, 0, protest);
  return `# Klimagipfel in Glasgow geht in die Verlängerung\n\n${lines.join('\n\n')}\n`;
}
const FIRST = notes('Die Straßenproteste vor dem Konferenzgelände blieben den ganzen Tag über friedlich.');
const CHANGED = notes('Am Abend sperrte die Polizei mehrere Zufahrten, nachdem Aktivisten eine Brücke besetzt hatten.');
const TITLE = 'Klimagipfel in Glasgow geht in die Verlängerung';

async function importFile(app: Page, text: string) {
  await app.getByRole('listbox', { name: /Reports|Berichte/ }).focus();
  const chooser = app.waitForEvent('filechooser');
  await app.keyboard.press('Control+O');
  await (await chooser).setFiles([{ name: 'notizen-glasgow.md', mimeType: 'text/markdown', buffer: Buffer.from(text, 'utf8') }]);
}

/** Edits the open report's text in "Edit text": a word where the file stays, one where it will change. */
async function editText(app: Page, reader: Locator, more: string, item: string, dialogName: string, field: string, save: string) {
  await reader.getByRole('button', { name: more }).click();
  await reader.getByRole('menuitem', { name: item }).click();
  const dialog = app.getByRole('dialog', { name: dialogName });
  const box = dialog.getByRole('textbox', { name: field });
  const before = await box.inputValue();
  await box.fill(before.replace('Verhandlungstag 3 berieten', 'Verhandlungstag 3 stritten').replace('vor dem Konferenzgelände', 'vor dem Eingang'));
  await dialog.getByRole('button', { name: save, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('use the new version: the text edit is in the new text, the clash is shown with both sides and settled by keyboard; Ctrl+Z takes it all back', async ({ app }) => {
  await importFile(app, FIRST);
  const list = app.getByRole('listbox', { name: 'Reports' });
  const summary = app.getByRole('status').filter({ hasText: 'Import finished' });
  await expect(summary).toContainText('Added: 1');
  await summary.getByRole('button', { name: 'Dismiss' }).click();
  await list.getByRole('option', { name: /Klimagipfel in Glasgow/ }).click();
  const reader = app.getByRole('region', { name: 'Reader' });
  await editText(app, reader, 'More', 'Edit text…', 'Edit text', 'Article text', 'Save');
  await expect(reader.getByText('vor dem Eingang', { exact: false })).toBeVisible();

  await importFile(app, CHANGED);
  await expect(summary).toContainText('New versions of reports you have: 1');
  const use = summary.getByRole('button', { name: `Use the new version of “${TITLE}”` });
  await use.click();
  const line = app.getByRole('status').filter({ hasText: 'Now working on the new version' });
  await expect(line).toContainText('your text edit is in the new text, one place the file changed too to choose in Edit text');
  // The clean change is in the new text beside the file's own; the clash shows the file's words.
  await expect(reader.getByText('Verhandlungstag 3 stritten', { exact: false })).toBeVisible();
  await expect(reader.getByText('sperrte die Polizei', { exact: false })).toBeVisible();
  const note = reader.getByRole('note').filter({ hasText: 'Your text edit and the new file both changed one place' });
  await expect(note).toBeVisible();

  // Ctrl+Z: the earlier version is back with its edit, the new one as the file has it.
  await list.focus();
  await app.keyboard.press('Control+z');
  await expect(line).toHaveCount(0);
  await expect(reader.getByText('vor dem Eingang', { exact: false })).toBeVisible();
  await expect(reader.getByText('Verhandlungstag 3 stritten', { exact: false })).toBeVisible();
  await expect(note).toHaveCount(0);

  // Again, and this time the clash is settled: from the note, by keyboard, with both sides shown.
  await use.click();
  await expect(note).toBeVisible();
  await note.getByRole('button', { name: 'Choose…' }).focus();
  await app.keyboard.press('Enter');
  const dialog = app.getByRole('dialog', { name: 'Edit text' });
  const place = dialog.getByRole('group', { name: 'Place 1 of 1' });
  await expect(place).toContainText('The new file:');
  await expect(place).toContainText('sperrte die Polizei');
  await expect(place).toContainText('Your edit:');
  await expect(place).toContainText('vor dem Eingang');
  expect(blocking(await audit(app, 'text conflicts'))).toEqual([]);
  await place.getByRole('button', { name: 'Use mine, place 1' }).focus();
  await app.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(note).toHaveCount(0);
  await expect(reader.getByText('vor dem Eingang', { exact: false })).toBeVisible();
  await expect(reader.getByText('Verhandlungstag 3 stritten', { exact: false })).toBeVisible();
  await expect(reader.getByText('sperrte die Polizei', { exact: false })).toHaveCount(0);
});

test('German: the note, the two sides and keeping the file’s words', async ({ app }) => {
  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await importFile(app, FIRST);
  const summary = app.getByRole('status').filter({ hasText: 'Import abgeschlossen' });
  await expect(summary).toContainText('Hinzugefügt: 1');
  await app.getByRole('listbox', { name: 'Berichte' }).getByRole('option', { name: /Klimagipfel in Glasgow/ }).click();
  const reader = app.getByRole('region', { name: 'Lesebereich' });
  await editText(app, reader, 'Mehr', 'Text bearbeiten…', 'Text bearbeiten', 'Text des Berichts', 'Sichern');
  await importFile(app, CHANGED);
  await expect(summary).toContainText('Neue Fassungen vorhandener Berichte: 1');
  await summary.getByRole('button', { name: /^Neue Fassung verwenden/ }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Sie arbeiten jetzt an der neuen Fassung' })).toContainText('Ihre Textbearbeitung steht im neuen Text, an einer Stelle');
  const note = reader.getByRole('note').filter({ hasText: 'Ihre Textbearbeitung und die neue Datei haben eine Stelle' });
  await note.getByRole('button', { name: 'Wählen…' }).click();
  const place = app.getByRole('dialog', { name: 'Text bearbeiten' }).getByRole('group', { name: 'Stelle 1 von 1' });
  await expect(place).toContainText('Die neue Datei:');
  await expect(place).toContainText('Ihre Bearbeitung:');
  await place.getByRole('button', { name: 'Datei behalten, Stelle 1' }).click();
  await expect(note).toHaveCount(0);
  await expect(reader.getByText('sperrte die Polizei', { exact: false })).toBeVisible();
  await expect(reader.getByText('Verhandlungstag 3 stritten', { exact: false })).toBeVisible();
});
