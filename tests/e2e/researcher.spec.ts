import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

/**
 * A German media researcher with their own files (the ui9 walkthrough): import, annotate, edit,
 * then import the same folder again after a file changed. Each test is a defect found on that
 * walk and fails on the build before its fix. Run `npm run build` first.
 */

async function german(app: Page) {
  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await expect(app.getByRole('listbox', { name: 'Berichte' })).toBeVisible();
}

/** Picks files in the file dialog Ctrl+O opens, as a person choosing them in a folder. */
async function importByKeyboard(app: Page, files: { name: string; text: string }[]) {
  await app.getByRole('listbox', { name: 'Berichte' }).focus();
  const chooser = app.waitForEvent('filechooser');
  await app.keyboard.press('Control+O');
  await (await chooser).setFiles(files.map((f) => ({ name: f.name, mimeType: 'text/markdown', buffer: Buffer.from(f.text, 'utf8') })));
}

/** Notes of the Glasgow summit, long enough to be recognised as the same text after an edit. */
function notes(protest: string): string {
  const lines = Array.from({ length: 10 }, (_, i) => `Am Verhandlungstag ${i + 1} berieten die Delegationen in Glasgow über Kohle, Geld und die Anpassung an den Klimawandel.`);
  lines.splice(4, 0, protest);
  return `# Klimagipfel in Glasgow geht in die Verlängerung\n\n${lines.join('\n\n')}\n`;
}

test('a file imported again after it changed: the summary says whose new version it is, that the annotation and edits stay there, and compares the two', async ({ app }) => {
  await german(app);
  await importByKeyboard(app, [{ name: 'notizen-glasgow.md', text: notes('Die Straßenproteste blieben friedlich.') }]);
  const list = app.getByRole('listbox', { name: 'Berichte' });
  const summary = app.getByRole('status').filter({ hasText: 'Import abgeschlossen' });
  await expect(summary).toContainText('Hinzugefügt: 1');
  await summary.getByRole('button', { name: 'Schließen' }).click();

  // Read, highlight with a note, and correct the title, by keyboard.
  await list.getByRole('option', { name: /Klimagipfel in Glasgow/ }).click();
  const reader = app.getByRole('region', { name: 'Lesebereich' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Klimagipfel in Glasgow geht in die Verlängerung');
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  await expect(reader.locator('article mark[data-annotation-id]')).toHaveCount(1);
  await app.keyboard.press('Shift+N');
  await expect(app.getByRole('textbox', { name: 'Notiz' })).toBeFocused();
  await app.keyboard.type('Mit der Agentur abgleichen');
  await app.keyboard.press('Control+Enter');
  await app.keyboard.press('Escape');
  await reader.focus();
  await app.keyboard.press('e');
  const dialog = app.getByRole('dialog', { name: 'Angaben bearbeiten' });
  await expect(dialog.getByRole('textbox', { name: 'Titel' })).toBeFocused();
  await app.keyboard.press('Control+A');
  await app.keyboard.type('COP26: Verlängerung in Glasgow');
  await app.keyboard.press('Enter');
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('COP26: Verlängerung in Glasgow');

  // The file changed on disk and the folder is imported again.
  await importByKeyboard(app, [{ name: 'notizen-glasgow.md', text: notes('Die Straßenproteste blieben weitgehend friedlich.') }]);
  await expect(summary).toContainText('Hinzugefügt: 0');
  await expect(summary).toContainText('Neue Fassungen vorhandener Berichte: 1');
  await expect(summary).toContainText(
    'notizen-glasgow.md — neue Fassung von „COP26: Verlängerung in Glasgow“, als Kopie daneben abgelegt; Ihre Anmerkung und Ihre Änderungen bleiben bei der früheren Fassung.',
  );
  // The earlier version keeps the note and the title.
  await expect(list.getByRole('option', { name: /COP26: Verlängerung in Glasgow/ })).toBeVisible();

  // What changed, side by side.
  await summary.getByRole('button', { name: 'Fassungen vergleichen' }).click();
  const view = app.getByRole('region', { name: 'Vergleich' });
  await expect(view.getByRole('heading', { name: 'COP26: Verlängerung in Glasgow' })).toBeVisible();
  await expect(view.getByRole('heading', { name: 'Klimagipfel in Glasgow geht in die Verlängerung' })).toBeVisible();
  await expect(view.getByText('weitgehend', { exact: false }).first()).toBeVisible();
});

test('a highlight taken back with Ctrl+Z comes back with Ctrl+Shift+Z, Ctrl+Y or the status line\'s button', async ({ app }) => {
  // The page's timers are the test's (installed before the highlight's line sets one): the line
  // goes after its seconds, and its button is clicked at the end of a sequence that may take
  // longer than those on a loaded machine.
  await app.clock.install();
  await german(app);
  await app.getByRole('listbox', { name: 'Berichte' }).getByRole('option', { name: /Putins Marathontreffen/ }).click();
  const reader = app.getByRole('region', { name: 'Lesebereich' });
  const marks = reader.locator('article mark[data-annotation-id]');
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  await expect(marks).toHaveCount(1);
  const quote = await marks.first().textContent();
  const status = app.getByRole('status').filter({ hasText: /Änderung zurückgenommen|Markiert/ });
  await app.clock.pauseAt(Date.now() + 1_000);

  await app.keyboard.press('Control+Z');
  await expect(marks).toHaveCount(0);
  await expect(status).toContainText('Änderung zurückgenommen');
  await app.keyboard.press('Control+Shift+Z');
  await expect(marks).toHaveCount(1);
  await expect(marks.first()).toHaveText(quote!);

  await app.keyboard.press('Control+Z');
  await expect(marks).toHaveCount(0);
  await app.keyboard.press('Control+Y');
  await expect(marks).toHaveCount(1);

  await app.keyboard.press('Control+Z');
  await expect(marks).toHaveCount(0);
  await status.getByRole('button', { name: 'Wiederholen' }).click();
  await expect(marks).toHaveCount(1);
  // Nothing left to make again: the key does nothing more.
  await app.keyboard.press('Control+Shift+Z');
  await expect(marks).toHaveCount(1);
  await app.clock.resume();

  // `?` lists the key in German.
  await reader.focus();
  await app.keyboard.press('?');
  await expect(app.getByRole('dialog')).toContainText('Zuletzt zurückgenommene Änderung an Anmerkungen wiederholen');
});

test('a folder imports from the browser: Ctrl+Shift+O or the list\'s ⋯ menu, subfolders in, hidden files out', async ({ app }) => {
  await german(app);
  const dir = mkdtempSync(join(tmpdir(), 'parallax-folder-'));
  try {
    const folder = join(dir, 'Recherche Glasgow');
    mkdirSync(join(folder, 'Agenturen'), { recursive: true });
    mkdirSync(join(folder, '.git'));
    writeFileSync(join(folder, 'notizen.md'), notes('Die Straßenproteste blieben friedlich.'));
    writeFileSync(join(folder, 'Agenturen', 'meldung.txt'), 'Einigung in Glasgow\n\nDie Staaten haben sich auf eine Abschlusserklärung geeinigt; der Kohleausstieg wurde abgeschwächt.\n');
    writeFileSync(join(folder, '.DS_Store'), Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]));
    writeFileSync(join(folder, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(folder, 'leer.txt'), '');

    const list = app.getByRole('listbox', { name: 'Berichte' });
    await list.focus();
    const chooser = app.waitForEvent('filechooser');
    await app.keyboard.press('Control+Shift+O');
    await (await chooser).setFiles(folder);
    const summary = app.getByRole('status').filter({ hasText: 'Import abgeschlossen' });
    await expect(summary).toContainText('Hinzugefügt: 2');
    await expect(summary).toContainText('Übersprungen: 1');
    await expect(summary).toContainText('leer.txt ist leer');
    await expect(summary).not.toContainText('DS_Store');
    await expect(list.getByRole('option', { name: /Einigung in Glasgow/ })).toBeVisible();
    await summary.getByRole('button', { name: 'Schließen' }).click();

    // The same folder again, by the ⋯ menu and the keyboard: nothing new.
    const more = app.getByRole('button', { name: 'Weitere Aktionen der Bibliothek' });
    await more.focus();
    await app.keyboard.press('Enter');
    await expect(app.getByRole('menuitem', { name: 'Ordner importieren…' })).toBeFocused();
    const again = app.waitForEvent('filechooser');
    await app.keyboard.press('Enter');
    await (await again).setFiles(folder);
    await expect(summary).toContainText('Bereits in der Bibliothek: 2');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a picked report\'s number stands beside its title, not over it', async ({ app }) => {
  await german(app);
  await importByKeyboard(app, [{ name: 'lang.md', text: notes('Die Straßenproteste blieben friedlich.').replace('Klimagipfel in Glasgow geht in die Verlängerung', 'Klimagipfel in Glasgow: Verhandlungen gehen in die Verlängerung') }]);
  const list = app.getByRole('listbox', { name: 'Berichte' });
  const row = list.getByRole('option', { name: /Verhandlungen gehen in die Verlängerung/ });
  await row.click();
  await list.focus();
  await app.keyboard.press(' ');
  const badge = row.locator('.pick');
  await expect(badge).toHaveText('1');
  // Where the title's text ends on each of its lines, against where the number begins.
  const overlap = await row.evaluate((r) => {
    const title = r.querySelector('.report-title')!;
    const range = document.createRange();
    range.selectNodeContents(title);
    const pick = r.querySelector('.pick')!.getBoundingClientRect();
    return [...range.getClientRects()].some((line) => line.right > pick.left && line.bottom > pick.top && line.top < pick.bottom);
  });
  expect(overlap).toBe(false);
});
