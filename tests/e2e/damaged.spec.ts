import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { test as base, expect } from '@playwright/test';
import { audit, blocking } from './support/axe';
import { expectReadableInEveryTheme } from './support/contrast';
import { startServer, type ParallaxServer } from './support/server';

/**
 * A damaged library as a person meets it: the seeds, their annotations table's root page then
 * overwritten. The first highlight meets the damage: the window says the library is damaged and
 * that nothing will be written to it; a later edit is refused with the same words; "Rescue into a
 * new library" writes a new file beside it and says where. The damaged file is left as it was.
 */

const test = base.extend<{ damaged: { server: ParallaxServer; dir: string; lib: string } }>({
  damaged: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-damaged-'));
    const lib = join(dir, 'library.sqlite');
    // The host makes the library (the five seeds) and closes it cleanly.
    await (await startServer({ libraryPath: lib })).stop();
    const raw = new Database(lib);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    const root = raw.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'annotations'").pluck().get() as number;
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    raw.close();
    const fd = openSync(lib, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
    closeSync(fd);
    const server = await startServer({ libraryPath: lib });
    try {
      await use({ server, dir, lib });
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

test('a damaged library: a banner says so, writes are refused with its words, the rescue says where the new file is', async ({ page, damaged }) => {
  await page.goto(damaged.server.url);
  const list = page.getByRole('listbox', { name: 'Reports' });
  await list.getByRole('option').first().click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await reader.focus();
  await page.keyboard.press('j');
  await page.keyboard.press('h');

  const banner = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'This library is damaged' }) });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Nothing will be written to it any more');
  const before = readFileSync(damaged.lib);

  // A later write: refused before it reaches the file, with the banner's words.
  await reader.focus();
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Edit details' });
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await page.keyboard.type(' (geprüft)');
  await page.keyboard.press('Enter');
  // Said in the dialog, which keeps the edit (nothing was saved); Escape leaves it.
  await expect(dialog).toContainText('is damaged, so nothing will be written to it');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(readFileSync(damaged.lib).equals(before)).toBe(true);
  // Reading goes on.
  await expect(list.getByRole('option')).toHaveCount(5);

  await banner.getByRole('button', { name: 'Rescue into a new library' }).click();
  const result = banner.getByRole('status');
  await expect(result).toContainText('Rescued into ');
  await expect(result).toContainText('5 reports and 0 annotations; some parts could not be read');
  const to = /Rescued into (.+?\.sqlite):/.exec((await result.textContent()) ?? '')?.[1];
  expect(to).toBeDefined();
  expect(to!.startsWith(join(damaged.dir, 'library.rescued-'))).toBe(true);
  expect(existsSync(to!)).toBe(true);
  expect(readFileSync(damaged.lib).equals(before)).toBe(true);

  // No serious or critical axe finding with the banner and the rescue's line, in any theme.
  expect(blocking(await audit(page, 'damaged'))).toEqual([]);
  // Readable in every theme (the banner, its button and the rescue's line with the rest), and in German.
  await expectReadableInEveryTheme(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await expect(page.getByRole('heading', { name: 'Diese Bibliothek ist beschädigt' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Diese Bibliothek ist beschädigt' }) })).toContainText('Gerettet in ');
});

test('a damaged library is found as it opens: the banner shows before anything is done, and reading goes on (en, de)', async ({ page, damaged }) => {
  // The library checks its file on a thread of its own as it opens; nothing here touches the damaged table.
  await page.goto(damaged.server.url);
  const banner = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'This library is damaged' }) });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Rescue into a new library' })).toBeVisible();
  const list = page.getByRole('listbox', { name: 'Reports' });
  await expect(list.getByRole('option')).toHaveCount(5);
  await list.getByRole('option').first().click();
  await expect(page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await expect(page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Diese Bibliothek ist beschädigt' }) })).toBeVisible();
});
