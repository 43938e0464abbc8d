import { test, expect } from './support/fixtures';
import type { Page } from '@playwright/test';

/**
 * The reader as a person uses it (issue 3): the original text with its parts marked, editing
 * a report's details, re-extraction, and the folded comments. Run `npm run build` first.
 */

const TKP_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';

async function openReport(app: Page, title: string) {
  await app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: title }).click();
  await expect(app.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 1 })).toContainText(title);
}

test('the original text shows every part with its kind in the margin; O toggles it', async ({ app }) => {
  await openReport(app, TKP_TITLE);
  const reader = app.getByRole('region', { name: 'Reader' });
  const toggle = reader.getByRole('button', { name: 'Original text' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  const original = reader.getByRole('region', { name: 'Original text' });
  await expect(original).toBeVisible();
  const margin = original.locator('.margin .kind:visible');
  await expect(margin.filter({ hasText: /^comment$/ }).first()).toBeVisible();
  await expect(margin.filter({ hasText: /^boilerplate$/ }).first()).toBeVisible();
  await expect(margin.filter({ hasText: /^paragraph$/ }).first()).toBeVisible();
  await expect(margin.filter({ hasText: /^title$/ }).first()).toBeVisible();
  // Removed page text keeps its reason next to the kind.
  await expect(original.locator('.margin .label').filter({ hasText: 'related' }).first()).toBeVisible();
  // Comments are in the original, in place.
  await expect(original).toContainText('Michael Rosemeyer');

  // The keyboard: O goes back to the reader view and again to the original.
  await reader.focus();
  await app.keyboard.press('o');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(original).toHaveCount(0);
  await expect(reader.getByRole('group', { name: 'Comments (20)' }).or(reader.getByText('Comments (20)'))).toBeVisible();
  await app.keyboard.press('o');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
});

test('Comments (20) on the TKP report unfolds into threads with replies indented', async ({ app }) => {
  await openReport(app, TKP_TITLE);
  const reader = app.getByRole('region', { name: 'Reader' });
  const summary = reader.getByText('Comments (20)');
  const comments = reader.locator('article.comment');
  await expect(comments.first()).toBeHidden();
  await summary.click();
  await expect(comments).toHaveCount(20);
  await expect(comments.first()).toBeVisible();
  const reply = reader.locator('ol.replies article.comment').first();
  await expect(reply).toBeVisible();
  const topLevel = reader.locator('details > ol.thread > li > article.comment').first();
  const [replyBox, topBox] = [await reply.boundingBox(), await topLevel.boundingBox()];
  expect(replyBox!.x).toBeGreaterThan(topBox!.x + 10);
  // Removed page text is folded too, with its count.
  await expect(reader.getByText(/^Removed page text \(\d+\)$/)).toBeVisible();
});

test('editing title and date: shown in list and reader, kept after reload and re-extraction, reset restores', async ({ app }) => {
  await openReport(app, TKP_TITLE);
  const reader = app.getByRole('region', { name: 'Reader' });
  const heading = reader.getByRole('heading', { level: 1 });
  const list = app.getByRole('listbox', { name: 'Reports' });

  // E opens the dialog from the reader.
  await reader.focus();
  await app.keyboard.press('e');
  const dialog = app.getByRole('dialog', { name: 'Edit details' });
  await expect(dialog).toBeVisible();
  const title = dialog.getByRole('textbox', { name: 'Title' });
  const date = dialog.getByRole('textbox', { name: 'Date' });
  await expect(title).toHaveValue(TKP_TITLE);
  await expect(date).toHaveValue('2025-04-12');

  // A date the library cannot read is explained in place, and nothing is saved.
  await date.fill('12.04.2025');
  await title.focus();
  await expect(dialog.getByText('Write the date as YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD HH:MM.')).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeVisible();

  await title.fill('Putin empfängt Witkoff in St. Petersburg');
  await date.fill('2025-04');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(heading).toContainText('Putin empfängt Witkoff in St. Petersburg');
  await expect(heading).toContainText('edited');
  await expect(reader.locator('header .meta time')).toHaveText('April 2025');
  await expect(list.getByRole('option', { name: /Putin empfängt Witkoff in St\. Petersburg/ })).toBeVisible();

  // After a reload the edit is still there.
  await app.reload();
  await expect(list.getByRole('option').first()).toBeVisible();
  await openReport(app, 'Putin empfängt Witkoff in St. Petersburg');

  // Re-extraction of this report keeps the edit…
  await reader.getByRole('button', { name: 'Re-extract' }).click();
  const status = app.getByRole('status').filter({ hasText: /Re-extracted 1 report/ });
  await expect(status).toBeVisible();
  await expect(heading).toContainText('Putin empfängt Witkoff in St. Petersburg');
  // …and so does re-extracting the whole library from the list's menu.
  await app.getByRole('button', { name: 'More library actions' }).click();
  await app.getByRole('menuitem', { name: 'Re-extract all reports' }).click();
  await expect(app.getByRole('status').filter({ hasText: /Re-extracted 5 reports/ })).toBeVisible();
  await expect(heading).toContainText('Putin empfängt Witkoff in St. Petersburg');
  await expect(reader.locator('header .meta time')).toHaveText('April 2025');

  // Reset gives the extracted title back.
  await reader.getByRole('button', { name: 'Edit details…' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Reset Title to the extracted value' }).click();
  await expect(title).toHaveValue(TKP_TITLE);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(heading).toHaveText(TKP_TITLE);
  await expect(list.getByRole('option', { name: TKP_TITLE })).toBeVisible();
  // The date edit is still there until it is reset as well.
  await expect(reader.locator('header .meta time')).toHaveText('April 2025');
});

test('what the library refuses in an edit is shown in the dialog', async ({ app }) => {
  await openReport(app, TKP_TITLE);
  await app.getByRole('button', { name: 'Edit details…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Edit details' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('x'.repeat(1200));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Title must be non-empty text of at most 1,000 characters');
  // The module that refused ("edit:") is the command line's word, not the window's.
  await expect(dialog.getByRole('alert')).not.toContainText('edit:');
  await expect(dialog).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 1 })).toHaveText(TKP_TITLE);
});

test('screenshots of the reader: original text and the edit dialog, light and dark', async ({ app }, testInfo) => {
  await openReport(app, TKP_TITLE);
  const toggle = app.getByRole('button', { name: 'Original text' });
  const shoot = async (name: string) => {
    const path = `test-results/${name}.png`;
    await app.screenshot({ path });
    await testInfo.attach(name, { path, contentType: 'image/png' });
  };
  for (const theme of ['light', 'dark'] as const) {
    if (theme === 'dark') {
      const themeButton = app.getByRole('button', { name: /^Theme:/ });
      while ((await app.locator('html').getAttribute('data-theme')) !== 'dark') await themeButton.click();
    }
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await shoot(`reader-original-${theme}`);
    await toggle.click();
    await app.getByRole('button', { name: 'Edit details…' }).click();
    await expect(app.getByRole('dialog', { name: 'Edit details' })).toBeVisible();
    await shoot(`reader-edit-${theme}`);
    await app.keyboard.press('Escape');
    await expect(app.getByRole('dialog', { name: 'Edit details' })).toBeHidden();
  }
});

/** The boxes of a toolbar's controls that overlap one another or stick out of its pane. */
async function crowdedControls(app: Page, toolbar: import('@playwright/test').Locator): Promise<string[]> {
  return toolbar.evaluate((bar) => {
    const pane = bar.closest('#reader') ?? bar.parentElement!;
    const limit = pane.getBoundingClientRect();
    const controls = [...bar.querySelectorAll<HTMLElement>('button, input')].filter((el) => el.getClientRects().length > 0);
    const boxes = controls.map((el) => ({ name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName, r: el.getBoundingClientRect() }));
    const problems: string[] = [];
    for (const b of boxes) {
      if (b.r.left < limit.left - 0.5 || b.r.right > Math.min(limit.right, window.innerWidth) + 0.5) problems.push(`${b.name} is cut off`);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const c = boxes[j]!.r;
        if (a.left < c.right - 1 && c.left < a.right - 1 && a.top < c.bottom - 1 && c.top < a.bottom - 1) problems.push(`${boxes[i]!.name} overlaps ${boxes[j]!.name}`);
      }
    }
    return problems;
  });
}

test('the reader toolbar in German at 1440 px: the find bar covers nothing, no button is cut off with the panel open, and "Aa" is never under a selection toolbar', async ({ app }) => {
  await app.setViewportSize({ width: 1440, height: 900 });
  await app.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await app.getByRole('listbox', { name: 'Berichte' }).getByRole('option', { name: TKP_TITLE }).click();
  const reader = app.getByRole('region', { name: 'Lesebereich' });
  await expect(reader.getByRole('heading', { level: 1 })).toContainText(TKP_TITLE);
  const toolbar = reader.getByRole('toolbar', { name: 'Aktionen zum Bericht' });

  // Ctrl+F in the reader: the find bar and every action, none on top of another.
  await reader.getByRole('heading', { level: 1 }).click();
  await app.keyboard.press('ControlOrMeta+f');
  const find = toolbar.getByRole('search', { name: 'Im Bericht suchen' });
  await find.getByRole('searchbox').fill('Witkoff');
  await expect(find).toContainText(/1 von \d+/);
  await expect(toolbar.getByRole('button', { name: 'Originaltext' })).toBeVisible();
  expect(await crowdedControls(app, toolbar)).toEqual([]);

  // Escape leaves the match selected; opening "Aa" then shows the settings on top, and no
  // selection toolbar appears for that match.
  await app.keyboard.press('Escape');
  await expect(find).toBeHidden();
  await expect.poll(() => app.evaluate(() => window.getSelection()?.toString())).toBe('Witkoff');
  await toolbar.getByRole('button', { name: 'Texteinstellungen' }).click();
  const settings = app.getByRole('group', { name: 'Texteinstellungen' });
  await expect(settings).toBeVisible();
  await expect(app.getByRole('toolbar', { name: 'Auswahl anmerken' })).toBeHidden();
  const onTop = await settings.evaluate((panel) => {
    const r = panel.getBoundingClientRect();
    const points = [[0.5, 0.5], [0.1, 0.1], [0.9, 0.1], [0.1, 0.9], [0.9, 0.9]].map(([x, y]) => document.elementFromPoint(r.left + r.width * x!, r.top + r.height * y!));
    return points.every((el) => el !== null && panel.contains(el));
  });
  expect(onTop, 'the text settings are covered by something').toBe(true);
  await app.keyboard.press('Escape');
  await expect(settings).toBeHidden();

  // With the annotations panel open the reader is narrower: still every button whole and apart.
  await app.keyboard.press('a');
  await expect(app.getByRole('complementary', { name: 'Anmerkungen' })).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Anmerkungen' })).toBeInViewport({ ratio: 1 });
  expect(await crowdedControls(app, toolbar)).toEqual([]);
});
