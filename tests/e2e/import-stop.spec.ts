import type { Page } from '@playwright/test';
import type { ArticlePage } from '../../src/shared/api';
import { HTTP_TOKEN_HEADER } from '../../src/shared/api';
import { expect, test } from './support/fixtures';
import { held } from './support/held';

/**
 * A long import can be stopped from its progress line (en, de): what was written until then
 * stays, whole, the rest is dropped, and the summary says the import was stopped. The library's
 * answer is held until the button was pressed, so the stop always lands while the import runs.
 */

const REPORTS = 3000;
const jsonl = Buffer.from(
  Array.from({ length: REPORTS }, (_, i) => JSON.stringify({ id: `s${i}`, title: `Hafenbericht ${i}`, text: `Der Rat von Lindenau beriet am Montag den Fall ${i}. Bericht ${i} nennt Einzelheiten zur Lage im Hafen.` })).join('\n'),
  'utf8',
);

/**
 * Starts the import and resolves once the window has sent the files and asked the library to read
 * them (that call held). The Stop button shows half a second after the click: on a loaded machine
 * the files may still be being sent then, and a stop there ends the import before a byte is read.
 */
async function importHeld(app: Page, button: string) {
  const release = await held(app, 'ingestUploads');
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name: 'hafen.jsonl', mimeType: 'application/x-ndjson', buffer: jsonl });
  await release.asked;
  return release;
}

test('a running import stops at the press of a button; the summary says so and what stayed (en, de)', async ({ app, server, request }) => {
  const rows = app.getByRole('listbox', { name: 'Reports' }).getByRole('option');
  await expect(rows).toHaveCount(5);
  const release = await importHeld(app, 'Import files…');
  const stop = app.getByRole('status').getByRole('button', { name: 'Stop import' });
  await expect(stop).toBeVisible();
  await stop.click();
  await expect(app.getByRole('status').getByRole('button', { name: 'Stopping…' })).toHaveAttribute('aria-disabled', 'true');
  release();
  const summary = app.getByRole('status').filter({ hasText: 'Import stopped: what was added until then stays' });
  await expect(summary).toBeVisible();
  const added = Number((await summary.getByRole('heading', { name: /^Added: / }).innerText()).replace(/\D/g, ''));
  expect(added).toBeLessThan(REPORTS);
  // Whole batches only, and the library holds exactly what the summary says was added.
  expect(added % 250).toBe(0);
  const res = await request.post(`${server.origin}/api/listArticles`, { headers: { [HTTP_TOKEN_HEADER]: server.token, 'content-type': 'application/json' }, data: [{ limit: 1 }] });
  expect(((await res.json()) as { value: ArticlePage }).value.total).toBe(5 + added);
  await summary.getByRole('button', { name: 'Dismiss' }).click();

  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  const again = await importHeld(app, 'Importieren…');
  const halt = app.getByRole('status').getByRole('button', { name: 'Import anhalten' });
  await expect(halt).toBeVisible();
  await halt.click();
  await expect(app.getByRole('status').getByRole('button', { name: 'Wird angehalten…' })).toBeVisible();
  again();
  await expect(app.getByRole('status').filter({ hasText: 'Import angehalten: was bis dahin hinzugefügt wurde, bleibt' })).toBeVisible();
});

test('an import started elsewhere (the desktop menu’s Import…, another window) shows its progress line and its summary here', async ({ app, server, request }) => {
  const rows = app.getByRole('listbox', { name: 'Reports' }).getByRole('option');
  await expect(rows).toHaveCount(5);
  // As the desktop shell's menu does: the library imports under a job id the window did not make.
  const files = [{ name: 'hafen.jsonl', dataBase64: jsonl.toString('base64') }];
  const call = request.post(`${server.origin}/api/ingestFiles`, { headers: { [HTTP_TOKEN_HEADER]: server.token, 'content-type': 'application/json' }, data: [files, { jobId: 'menu-import' }], timeout: 120_000 });
  const summary = app.getByRole('status').filter({ hasText: 'Import finished' });
  await expect(summary).toBeVisible({ timeout: 120_000 });
  await expect(summary).toContainText(`Added: ${REPORTS.toLocaleString('en')}`);
  expect((await call).ok()).toBe(true);
});
