import type { Locator } from '@playwright/test';
import { test, expect } from './support/fixtures';

/**
 * A page selected in a browser and pasted into "Add text", or dragged onto the window, keeps
 * its markup: the importer reads it as HTML. Run `npm run build` first.
 */

const HEADLINE = 'Brücke in Dresden eingestürzt';
// What Chromium puts on the clipboard for a selected page: a fragment with inline styles, no <title>.
const PAGE_HTML =
  '<div id="header" style="color: rgb(0, 0, 0); font-family: serif;"><nav><a>Politik</a> <a>Sport</a> <a>Kultur</a></nav></div>' +
  `<h1 style="font-size: 2em;">${HEADLINE}</h1>` +
  '<p>Von Anna Weber</p>' +
  '<p>In der Nacht ist ein Teil der Carolabrücke in die Elbe gestürzt, teilte die Stadt am Mittwoch mit. Die Feuerwehr sperrte das Ufer auf beiden Seiten.</p>' +
  '<p>Verletzt wurde nach ersten Angaben niemand; der Verkehr wird über die Albertbrücke umgeleitet. Wie lange die Sperrung dauert, ist offen.</p>' +
  '<p>Die Brücke war seit Jahren als sanierungsbedürftig bekannt; eine Straßenbahn hatte sie kurz vorher überquert.</p>' +
  '<footer><p>Impressum · Datenschutz · Kontakt</p></footer>';
const PAGE_TEXT = PAGE_HTML.replace(/<\/(p|h1|div|footer)>/g, '\n\n').replace(/<[^>]+>/g, '');

async function pasteInto(box: Locator): Promise<void> {
  await box.evaluate((el, [html, text]) => {
    const dt = new DataTransfer();
    dt.setData('text/html', html!);
    dt.setData('text/plain', text!);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, [PAGE_HTML, PAGE_TEXT]);
}

test('a page pasted into Add text is read as HTML: its headline becomes the title', async ({ app }) => {
  await app.getByRole('button', { name: 'Add text…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add text' });
  const box = dialog.getByRole('textbox', { name: 'Text' });
  await box.focus();
  await pasteInto(box);
  // The box shows the page's text; the markup is what will be read, and the dialog says so.
  await expect(box).toHaveValue(/Carolabrücke/);
  await expect(box).not.toHaveValue(/<h1/);
  await expect(dialog.getByRole('status')).toContainText('Pasted with the page’s formatting — read as HTML.');
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('html');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();
  const rows = app.getByRole('listbox', { name: 'Reports' }).getByRole('option');
  await expect(rows).toHaveCount(6);
  await expect(rows.filter({ hasText: HEADLINE })).toHaveCount(1);
});

test('“Use plain text” goes back to the pasted text, by keyboard', async ({ app }) => {
  await app.getByRole('button', { name: 'Add text…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add text' });
  const box = dialog.getByRole('textbox', { name: 'Text' });
  await box.focus();
  await pasteInto(box);
  const plain = dialog.getByRole('button', { name: 'Use plain text' });
  await plain.focus();
  await app.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveCount(0);
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('text');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(/Carolabrücke/);
});

test('a selection dragged from a browser page onto the window is imported as HTML', async ({ app }) => {
  const rows = app.getByRole('listbox', { name: 'Reports' }).getByRole('option');
  await expect(rows).toHaveCount(5);
  const dataTransfer = await app.evaluateHandle(([html, text]) => {
    const dt = new DataTransfer();
    dt.setData('text/html', html!);
    dt.setData('text/plain', text!);
    return dt;
  }, [PAGE_HTML, PAGE_TEXT]);
  await app.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(app.getByText('Drop the page to add it to the library')).toBeVisible();
  await app.dispatchEvent('body', 'dragover', { dataTransfer });
  await app.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(rows).toHaveCount(6);
  await expect(rows.filter({ hasText: HEADLINE })).toHaveCount(1);
  await expect(app.getByRole('status').filter({ hasText: 'Import finished' })).toContainText('Dropped page.html');
});
