import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { audit, blocking } from './support/axe';

/**
 * "Use the new version" as a person meets it: a file of their own annotated and retitled, the
 * file changed and imported again, then the new version taken up from the import summary, read,
 * and the choice taken back with Ctrl+Z. Every wait is for something on screen.
 */

/** Notes of the Glasgow summit; `protest` is the paragraph that changes. */
function notes(protest: string): string {
  const lines = Array.from({ length: 10 }, (_, i) => `Am Verhandlungstag ${i + 1} berieten die Delegationen in Glasgow über Kohle, Geld und die Anpassung an den Klimawandel.`);
  lines.splice(1, 0, protest);
  return `# Klimagipfel in Glasgow geht in die Verlängerung\n\n${lines.join('\n\n')}\n`;
}
const FIRST = notes('Die Straßenproteste vor dem Konferenzgelände blieben den ganzen Tag über friedlich.');
const CHANGED = notes('Am Abend sperrte die Polizei mehrere Zufahrten, nachdem Aktivisten eine Brücke besetzt hatten.');

async function importFile(app: Page, text: string) {
  await app.getByRole('listbox', { name: /Reports|Berichte/ }).focus();
  const chooser = app.waitForEvent('filechooser');
  await app.keyboard.press('Control+O');
  await (await chooser).setFiles([{ name: 'notizen-glasgow.md', mimeType: 'text/markdown', buffer: Buffer.from(text, 'utf8') }]);
}

test('use the new version: annotations and the edited title move to it, the one whose passage is gone is kept as not found, Ctrl+Z takes it back', async ({ app }) => {
  await importFile(app, FIRST);
  const list = app.getByRole('listbox', { name: 'Reports' });
  const summary = app.getByRole('status').filter({ hasText: 'Import finished' });
  await expect(summary).toContainText('Added: 1');
  await summary.getByRole('button', { name: 'Dismiss' }).click();

  // Two highlights by keyboard: the first paragraph (stays) and the second (will be gone), one with a note; the title edited.
  await list.getByRole('option', { name: /Klimagipfel in Glasgow/ }).click();
  const reader = app.getByRole('region', { name: 'Reader' });
  const marks = reader.locator('article mark[data-annotation-id]');
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  await expect(marks).toHaveCount(1);
  await app.keyboard.press('Shift+N');
  await expect(app.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await app.keyboard.type('Mit der Agentur abgleichen');
  await app.keyboard.press('Control+Enter');
  await app.keyboard.press('Escape');
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  await expect(marks).toHaveCount(2);
  await expect(marks.filter({ hasText: 'Straßenproteste' })).toHaveCount(1);
  await reader.focus();
  await app.keyboard.press('e');
  const dialog = app.getByRole('dialog', { name: 'Edit details' });
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await app.keyboard.press('Control+A');
  await app.keyboard.type('COP26: Verlängerung in Glasgow');
  await app.keyboard.press('Enter');
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('COP26: Verlängerung in Glasgow');

  // The file changed; imported again, the summary offers to work on the new version.
  await importFile(app, CHANGED);
  await expect(summary).toContainText('New versions of reports you have: 1');
  await summary.getByRole('button', { name: 'Use the new version of “COP26: Verlängerung in Glasgow”' }).click();
  const line = app.getByRole('status').filter({ hasText: 'Now working on the new version' });
  await expect(line).toHaveText(/Now working on the new version of “COP26: Verlängerung in Glasgow”: your 2 annotations and edits moved to it; 1 not found in the new text, kept under “No longer found in the text”\./);
  await expect(summary).toContainText('In use');
  expect(blocking(await audit(app, 'version used'))).toEqual([]);
  // The reader shows the new text, with the edited title, the kept highlight and the keyboard.
  await expect(reader.getByText('sperrte die Polizei', { exact: false })).toBeVisible();
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('COP26: Verlängerung in Glasgow');
  await expect(marks).toHaveCount(1);
  await expect(marks.first()).toContainText('Verhandlungstag 1');
  await expect(reader).toBeFocused();
  // The passage that is gone: kept with its quote, under "No longer found in the text".
  await app.keyboard.press('a');
  const panel = app.getByRole('complementary', { name: 'Annotations' });
  await expect(panel.getByText('No longer found in the text')).toBeVisible();
  await expect(panel.getByText('Straßenproteste', { exact: false })).toBeVisible();
  await expect(panel.getByText('Mit der Agentur abgleichen')).toBeVisible();
  // One report in the list: the new version; the earlier one is in the trash, reachable there.
  await expect(list.getByRole('option', { name: /COP26: Verlängerung in Glasgow/ })).toHaveCount(1);
  await app.getByRole('button', { name: 'More library actions' }).click();
  await app.getByRole('menuitem', { name: 'Trash', exact: true }).click();
  await expect(app.getByRole('list', { name: 'Trash' }).getByText('COP26: Verlängerung in Glasgow')).toBeVisible();
  await app.getByRole('button', { name: 'Back to the library' }).click();

  // Ctrl+Z: the earlier version is back, with both highlights, and the line is gone.
  await list.focus();
  await app.keyboard.press('Control+z');
  await expect(line).toHaveCount(0);
  await expect(reader.getByText('Straßenproteste vor dem Konferenzgelände', { exact: false }).first()).toBeVisible();
  await expect(marks).toHaveCount(2);
  await expect(summary.getByRole('button', { name: 'Use the new version of “COP26: Verlängerung in Glasgow”' })).toBeVisible();
});

test('German: the button and the line after it', async ({ app }) => {
  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await importFile(app, FIRST);
  const summary = app.getByRole('status').filter({ hasText: 'Import abgeschlossen' });
  await expect(summary).toContainText('Hinzugefügt: 1');
  await importFile(app, CHANGED);
  await expect(summary).toContainText('Neue Fassungen vorhandener Berichte: 1');
  await summary.getByRole('button', { name: /^Neue Fassung verwenden/ }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Sie arbeiten jetzt an der neuen Fassung' })).toContainText('von Ihnen war nichts zu übernehmen.');
  await app.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(summary.getByRole('button', { name: /^Neue Fassung verwenden/ })).toBeVisible();
});
