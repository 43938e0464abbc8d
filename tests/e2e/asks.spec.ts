import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { expectReadableInEveryTheme } from './support/contrast';

/**
 * What a demanding reader asked for after the walkthrough pass: a key for the note (and tags)
 * of the highlight just made, a person's mentions grouped under each report, and "Compare this
 * story" that looks and works like the button it is. Run `npm run build` first.
 */

const TKP_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';

async function openTkp(app: Page) {
  await app.getByRole('listbox', { name: /^(Reports|Berichte)$/ }).getByRole('option', { name: TKP_TITLE }).click();
  const reader = app.getByRole('region', { name: /^(Reader|Lesebereich)$/ });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(TKP_TITLE);
  return reader;
}

test('after h, Shift+N writes the new highlight’s note and Shift+T tags it, without the mouse or Tab; ? lists both', async ({ app }) => {
  const reader = await openTkp(app);
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  await expect(reader.locator('article mark[data-annotation-id]')).toHaveCount(1);

  await app.keyboard.press('Shift+N');
  const popover = reader.getByRole('toolbar', { name: 'Annotation' });
  const note = popover.getByRole('textbox', { name: 'Note' });
  await expect(note).toBeFocused();
  // Shift+N is not n: the report stays.
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(TKP_TITLE);
  await app.keyboard.type('Quelle prüfen');
  await app.keyboard.press('Control+Enter');
  await expect(note).toBeHidden();
  await expect(popover.getByRole('button', { name: 'Note', exact: true })).toBeFocused();

  await app.keyboard.press('Shift+T');
  const tag = popover.getByRole('combobox', { name: 'Tag' });
  await expect(tag).toBeFocused();
  await app.keyboard.type('Oman');
  await app.keyboard.press('Enter');
  // Escape folds the tag field, the next one the popover: the keyboard is never on the page.
  await app.keyboard.press('Escape');
  await expect(tag).toBeHidden();
  await expect(popover.getByRole('button', { name: 'Tag', exact: true })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(popover).toBeHidden();

  await app.keyboard.press('a');
  const card = app.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem');
  await expect(card).toHaveCount(1);
  await expect(card.locator('.note-html')).toHaveText('Quelle prüfen');
  await expect(card).toContainText('#Oman');

  await reader.focus();
  await app.keyboard.press('?');
  const help = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.locator('dt', { hasText: /⇧\s*N/ })).toHaveCount(1);
  await expect(help.locator('dd', { hasText: 'Write a note on the highlight just made' })).toHaveCount(1);
  await app.keyboard.press('Escape');
});

test('Shift+N in German: the note editor opens on the highlight in the focused paragraph; the help says so in German', async ({ app }) => {
  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  const reader = await openTkp(app);
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  // A person sees the highlight before moving on; the key must find it stored.
  await expect(reader.locator('article mark[data-annotation-id]')).toHaveCount(1);
  // Another paragraph and back: the key follows the focus, not only the last highlight.
  await app.keyboard.press('j');
  await app.keyboard.press('k');
  await app.keyboard.press('Shift+N');
  await expect(reader.getByRole('textbox', { name: 'Notiz' })).toBeFocused();
  await app.keyboard.press('Escape');

  await reader.focus();
  await app.keyboard.press('?');
  const help = app.getByRole('dialog', { name: 'Tastenkürzel' });
  await expect(help.locator('dd', { hasText: 'Notiz zur eben gemachten Markierung' })).toHaveCount(1);
  await expect(help.locator('dd', { hasText: 'Schlagwort an die eben gemachte Markierung' })).toHaveCount(1);
});

test('Shift+N in a compare column opens the note of the sentence just highlighted there', async ({ app }) => {
  await app.getByRole('navigation').getByRole('button', { name: 'Stories' }).click();
  await app.getByRole('button', { name: /^Compare this story/ }).first().click();
  const view = app.getByRole('region', { name: 'Comparison' });
  const sentence = view.locator('article.column').first().locator('.s').first();
  await sentence.focus();
  await app.keyboard.press('h');
  await expect(view.locator('article.column').first().locator('mark[data-annotation-id]').first()).toBeVisible();
  await app.keyboard.press('Shift+N');
  await expect(view.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await expect(view.getByRole('textbox', { name: 'Note' })).toHaveCount(1);
});

test('a person’s mentions come under each report: its title once with a count, its sentences below, reachable with Tab', async ({ app }) => {
  await app.getByRole('navigation').getByRole('button', { name: 'People & places' }).click();
  const names = app.getByRole('list', { name: 'People & places' });
  await names.getByRole('listitem').filter({ hasText: 'Witkoff' }).first().getByRole('button').click();
  const region = app.getByRole('region', { name: 'People & places' });
  const meta = await region.locator('.detail > .meta').textContent();
  const [, total, reports] = meta!.match(/(\d+) mentions? in (\d+) reports?/)!;

  const groups = region.locator('.mentions > li');
  await expect(groups).toHaveCount(Number(reports));
  // A report that names the person more than three times shows three sentences and "n more"
  // (people-scale.spec.ts); opened, it lists them all.
  const unfolds = region.getByRole('button', { name: /more mentions? in this report$/ });
  while ((await unfolds.count()) > 0) await unfolds.first().click();
  const titles = await groups.getByRole('heading', { level: 5 }).allTextContents();
  // Each report once; its count says how many sentences are under it, and they add up.
  const seen = titles.map((t) => t.replace(/\s*\d+ mentions?$/, ''));
  expect(new Set(seen).size).toBe(seen.length);
  let sum = 0;
  for (let i = 0; i < titles.length; i++) {
    const n = Number(titles[i]!.match(/(\d+) mentions?$/)![1]);
    await expect(groups.nth(i).getByRole('button')).toHaveCount(n);
    sum += n;
  }
  expect(sum).toBe(Number(total));
  // The title is no longer repeated on every sentence.
  await expect(region.locator('.mention .src')).toHaveCount(0);
  expect(sum).toBeGreaterThan(titles.length);

  // Keyboard: from Back, Tab reaches the first sentence; Enter opens its report beside the list.
  await region.getByRole('button', { name: /Back/ }).focus();
  const first = groups.first().getByRole('button').first();
  for (let i = 0; i < 30 && !(await first.evaluate((el) => el === document.activeElement)); i++) await app.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await expect(first).toHaveAccessibleDescription(new RegExp(`^${seen[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await app.keyboard.press('Enter');
  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(seen[0]!);
});

/** Contrast of a control's border with what is behind the control (WCAG 1.4.11 asks 3:1). */
function borderContrast(control: Locator): Promise<number> {
  return control.evaluate((el) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    let bg = 'rgb(255, 255, 255)';
    for (let e = el.parentElement; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      if ((rgb(c)[3] ?? 1) > 0) {
        bg = c;
        break;
      }
    }
    const border = rgb(getComputedStyle(el).borderTopColor);
    if ((border[3] ?? 1) === 0 || parseFloat(getComputedStyle(el).borderTopWidth) < 1) return 1;
    const [hi, lo] = [lum(border), lum(rgb(bg))].sort((a, b) => b - a) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  });
}

test('"Compare this story" is a button a person sees as one: outlined, focus ring, readable in every theme, Enter compares', async ({ app }) => {
  await app.getByRole('navigation').getByRole('button', { name: 'Stories' }).click();
  const stories = app.getByRole('region', { name: 'Stories' });
  const compare = stories.getByRole('button', { name: /^Compare this story/ }).first();
  await expect(compare).toHaveText('Compare this story');

  const html = app.locator('html');
  const theme = app.getByRole('button', { name: /^Theme:/ });
  const seen = new Set<string>();
  for (let i = 0; i < 4; i++) {
    const name = (await html.getAttribute('data-theme'))!;
    if (!seen.has(name)) {
      seen.add(name);
      await expect.poll(() => borderContrast(compare), { message: `border in ${name}` }).toBeGreaterThanOrEqual(3);
    }
    await theme.click();
  }
  expect(seen.size).toBe(3);
  await expectReadableInEveryTheme(app);

  // Reached with Tab from the story it belongs to, it shows the focus ring; Enter compares.
  await stories.getByRole('heading', { level: 3 }).first().getByRole('button').focus();
  await app.keyboard.press('Tab');
  await expect(compare).toBeFocused();
  const ring = await compare.evaluate((el) => ({ style: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) }));
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('region', { name: 'Comparison' }).locator('article.column').first()).toBeVisible();
});
