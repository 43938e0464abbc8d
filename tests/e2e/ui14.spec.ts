import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { audit, blocking } from './support/axe';

/**
 * What a demanding reader still met in the window (the ui14 pass, `src/renderer/README.md`):
 * each test fails on the build before its fix. Run `npm run build` first.
 */

async function view(app: Page, name: string): Promise<Locator> {
  await app.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  return app.getByRole('region', { name, exact: true });
}

/** The findings that break a heading outline: a skipped level, an empty heading, or a serious one. */
async function outlineFindings(app: Page, label: string): Promise<string[]> {
  const all = await audit(app, label);
  const outline = all.filter((f) => ['heading-order', 'empty-heading', 'page-has-heading-one'].includes(f.rule)).map((f) => `${f.rule} ${f.targets.join(' ')}`);
  return [...blocking(all), ...outline];
}

for (const lang of ['en', 'de'] as const) {
  const w =
    lang === 'en'
      ? { stories: 'Stories', people: 'People & places', reports: /\b3 reports\b/, mentions: /mentions/ }
      : { stories: 'Geschichten', people: 'Personen & Orte', reports: /\b3 Berichte\b/, mentions: /Nennungen/ };

  test(`Stories: each story's label is a heading under the view's, the row looks and clicks as before (${lang})`, async ({ app }) => {
    if (lang === 'de') await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
    const region = await view(app, w.stories);
    await expect(region.getByRole('heading', { level: 2, name: w.stories })).toBeVisible();
    const list = region.getByRole('list', { name: w.stories });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    const heads = list.getByRole('heading', { level: 3 });
    await expect(heads).toHaveCount(2);
    // The heading reads as the label alone, its button is named the same; the rest is its description.
    for (const head of await heads.all()) {
      const label = (await head.locator('.label').innerText()).trim();
      expect(label.length).toBeGreaterThan(0);
      await expect(head).toHaveAccessibleName(label);
      await expect(head.getByRole('button')).toHaveAccessibleName(label);
    }
    const april = list.getByRole('listitem').filter({ hasText: 'April 2025' });
    const open = april.getByRole('heading', { level: 3 }).getByRole('button');
    await expect(open).toHaveAccessibleDescription(w.reports);
    expect(await outlineFindings(app, `stories ${lang}`)).toEqual([]);
    // The count under the label is still part of what is clicked, and the keyboard reaches it.
    const box = (await open.boundingBox())!;
    const count = (await april.getByText(w.reports).boundingBox())!;
    expect(count.y + count.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
    await open.focus();
    await app.keyboard.press('Enter');
    await expect(app.getByRole('listbox').getByRole('option')).toHaveCount(3);
  });

  test(`People & places: each name is a heading under the view's, its spellings and counts its description (${lang})`, async ({ app }) => {
    if (lang === 'de') await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
    const region = await view(app, w.people);
    await expect(region.getByRole('heading', { level: 2, name: w.people })).toBeVisible();
    const list = region.getByRole('list', { name: w.people });
    const witkoff = list.getByRole('heading', { level: 3, name: 'Steve Witkoff', exact: true });
    await expect(witkoff).toBeVisible();
    const rows = await list.getByRole('listitem').count();
    await expect(list.getByRole('heading', { level: 3 })).toHaveCount(rows);
    const button = witkoff.getByRole('button');
    await expect(button).toHaveAccessibleName('Steve Witkoff');
    await expect(button).toHaveAccessibleDescription(/Whitkoff/);
    await expect(button).toHaveAccessibleDescription(w.mentions);
    expect(await outlineFindings(app, `people ${lang}`)).toEqual([]);
    await button.focus();
    await app.keyboard.press('Enter');
    await expect(region.getByRole('heading', { level: 3, name: 'Steve Witkoff' })).toBeFocused();
  });
}
