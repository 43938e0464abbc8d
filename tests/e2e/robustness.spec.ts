import { test, expect } from './support/fixtures';
import { HTTP_TOKEN_HEADER } from '../../src/shared/api';

/**
 * A new user's bad day in the window (docs/robustness.md): inputs that once made it slow or
 * failed whole. Run `npm run build` first.
 */

test('a page with 5,000 lines of furniture opens with none of them drawn; the fold shows them a page at a time (en, de)', async ({ app, server, request }) => {
  const rows = Array.from({ length: 5000 }, (_, i) => `| ${i} | Zeile ${i} | Wert ${i * 3} |`).join('\n');
  const md = `# Tabelle mit vielen Zeilen\n\nDie Verhandlungen in Genf gingen am Freitag weiter. Der Minister sagte, die Gespräche seien schwierig gewesen.\n\n| a | b | c |\n|---|---|---|\n${rows}\n`;
  const res = await request.post(`${server.origin}/api/ingestFiles`, {
    headers: { [HTTP_TOKEN_HEADER]: server.token, 'content-type': 'application/json' },
    data: [[{ name: 'tabelle.md', dataBase64: Buffer.from(md).toString('base64') }]],
  });
  expect((await res.json()).value.added).toHaveLength(1);
  await app.reload();
  await app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: /Tabelle mit vielen Zeilen/ }).click();
  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Tabelle mit vielen Zeilen');
  const fold = reader.locator('details.fold').filter({ hasText: /^Removed page text \(5[,.]?00\d\)/ });
  await expect(fold).toBeVisible();
  // Folded: not one line of it in the page (main drew all 5,000, six elements each).
  await expect(fold.locator('li')).toHaveCount(0);
  await fold.locator('summary').click();
  await expect(fold.locator('li')).toHaveCount(200);
  const more = fold.getByRole('button', { name: /^Show 200 more \(4,80\d not shown\)$/ });
  await expect(more).toBeVisible();
  await more.click();
  await expect(fold.locator('li')).toHaveCount(400);
  // Each line can still be marked as where the article starts.
  await expect(fold.getByRole('button', { name: /^The article starts here: / }).first()).toBeVisible();

  // The original text view draws a thousand parts at a time too (main drew all: 38 s at 50,000 rows).
  await reader.getByRole('button', { name: 'Original text' }).click();
  const original = reader.getByRole('region', { name: 'Original text' });
  await expect(original.locator('li.run')).toHaveCount(1000);
  await original.getByRole('button', { name: /^Show 1,000 more \(4,00\d not shown\)$/ }).click();
  await expect(original.locator('li.run')).toHaveCount(2000);
  await reader.getByRole('button', { name: 'Original text' }).click();

  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  const gefaltet = app.locator('details.fold').filter({ hasText: /^Entfernter Seitentext \(5\.?00\d\)/ });
  await gefaltet.locator('summary').click();
  await expect(gefaltet.getByRole('button', { name: /^200 weitere zeigen \(4\.80\d nicht gezeigt\)$/ })).toBeVisible();
});

test('a file of one long line without spaces: its title wraps inside the import summary', async ({ app }) => {
  const list = app.getByRole('listbox', { name: 'Reports' });
  await list.focus();
  const chooser = app.waitForEvent('filechooser');
  await app.keyboard.press('Control+O');
  await (await chooser).setFiles([{ name: 'eine-zeile.txt', mimeType: 'text/plain', buffer: Buffer.from('x'.repeat(20_000)) }]);
  const summary = app.getByRole('status').filter({ hasText: 'Import finished' });
  const line = summary.getByRole('listitem').filter({ hasText: 'eine-zeile.txt' });
  await expect(line).toBeVisible();
  const [inside, box] = await line.evaluate((li) => [li.scrollWidth, li.closest('section')!.getBoundingClientRect().right - li.getBoundingClientRect().left]);
  expect(inside).toBeLessThanOrEqual(Math.ceil(box!));
});
