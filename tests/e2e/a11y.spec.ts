import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { audit, blocking, type Finding } from './support/axe';
import { focusStop, tabWalk } from './support/focus-ring';
import { en } from '../../src/renderer/src/lib/i18n/en';
import { de } from '../../src/renderer/src/lib/i18n/de';
import type { Messages } from '../../src/renderer/src/lib/i18n/en';

/**
 * An accessibility audit a tool repeats: axe-core on every view a person reaches on the seed
 * library, in light, dark and sepia, English and German. A serious or critical violation fails
 * the test (the rules switched off are in `support/axe.ts`, each with its reason). One browser
 * and one page per language: the walk goes from view to view as a person would, so each view
 * is audited in the state a person sees it (a highlight with its popover, a skipped file in the
 * import summary, the differences panel of a chosen pair). Run `npm run build` first.
 */

const TKP_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';
const DPA_LEAD = /Der US-Sondergesandte Steve Witkoff hat in St\. Petersburg mehr als vier Stunden/;

async function walk(app: Page, m: Messages): Promise<Finding[]> {
  const found: Finding[] = [];
  const check = async (view: string) => found.push(...(await audit(app, view)));
  const nav = (name: string) => app.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  /** A sidebar view whose button also shows a count ("All reports 5"). */
  const navCounted = (name: string) => app.getByRole('navigation').getByRole('button', { name: new RegExp(`^${name}`) }).click();
  const list = app.getByRole('listbox', { name: m.listLabel });

  await check('library list, sidebar with theme and language');

  // The import summary with a skipped file.
  const chooser = app.waitForEvent('filechooser');
  await list.focus();
  await app.keyboard.press('Control+O');
  await (await chooser).setFiles([{ name: 'leer.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }]);
  const summary = app.locator('section.summary[role="status"]');
  await expect(summary).toContainText('leer.txt');
  await check('import summary with a skipped file');
  await summary.getByRole('button', { name: m.dismiss }).click();
  await expect(summary).toHaveCount(0);

  // The other way in (Add text…) and the list's own menu.
  await app.getByRole('button', { name: m.addText }).click();
  const addText = app.getByRole('dialog', { name: m.addTextTitle });
  await expect(addText).toBeVisible();
  await check('add text dialog');
  await app.keyboard.press('Escape');
  await expect(addText).toBeHidden();
  await app.getByRole('button', { name: m.moreActions }).first().click();
  await expect(app.getByRole('menu')).toBeVisible();
  await check('library menu');
  await app.keyboard.press('Escape');
  await expect(app.getByRole('menu')).toHaveCount(0);

  // Search results.
  const field = app.getByRole('combobox', { name: m.searchLabel });
  await field.fill('Witkoff');
  await expect(app.getByRole('listbox', { name: m.resultsLabel }).getByRole('option').first()).toBeVisible();
  await check('search results');
  await field.fill('');
  await expect(list.getByRole('option').first()).toBeVisible();

  // The reader: a highlight made with h (its undo line shows), then its popover with the note open.
  await list.getByRole('option', { name: TKP_TITLE }).click();
  const reader = app.getByRole('region', { name: m.readerLabel });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(TKP_TITLE);
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  await expect(reader.locator('article mark[data-annotation-id]').first()).toBeVisible();
  await expect(app.getByRole('button', { name: m.undo }).first()).toBeVisible();
  await check('reader with the undo line');
  await app.keyboard.press('Shift+N');
  const popover = reader.getByRole('toolbar', { name: m.annotationToolbarLabel, exact: true });
  await expect(popover.getByRole('textbox', { name: m.note })).toBeFocused();
  await check('reader with a highlight and its popover');
  await app.keyboard.press('Escape');
  await app.keyboard.press('Escape');
  await expect(popover).toBeHidden();

  // Find in the report: the current match is marked apart from the others (dark: it was 3.4:1).
  await reader.focus();
  await app.keyboard.press('Control+f');
  const find = app.getByRole('search', { name: m.findLabel });
  await find.getByRole('searchbox').fill('Putin');
  // The first match is in the title (large text, where 3:1 is enough); Enter goes to one in the text.
  await app.keyboard.press('Enter');
  await expect(reader.locator('article p mark[data-hit][aria-current="true"]')).toBeVisible();
  await check('reader with find');
  await app.keyboard.press('Escape');
  await expect(find).toBeHidden();

  // The annotations panel, the text settings, the ⋯ menu, the edit dialog.
  await reader.focus();
  await app.keyboard.press('a');
  await expect(app.getByRole('complementary', { name: m.annotationsTitle })).toBeVisible();
  await reader.getByRole('button', { name: m.textSettings }).click();
  await expect(app.getByRole('group', { name: m.textSettings })).toBeVisible();
  await check('reader with the annotations panel and text settings');
  await app.keyboard.press('Escape');
  await reader.getByRole('button', { name: m.annotationMenu }).click();
  await expect(app.getByRole('menu')).toBeVisible();
  await check('reader with its ⋯ menu');
  await app.keyboard.press('Escape');
  await reader.focus();
  await app.keyboard.press('e');
  const dialog = app.getByRole('dialog', { name: m.editDetailsTitle });
  await expect(dialog).toBeVisible();
  await check('edit details dialog');
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // All annotations, with the highlight just made as its card.
  await navCounted(m.viewAnnotations);
  await expect(app.getByRole('list', { name: m.annotationsListLabel }).getByRole('listitem')).toHaveCount(1);
  await check('all annotations with a card');
  await navCounted(m.viewAll);

  // The shortcuts.
  await list.focus();
  await app.keyboard.press('?');
  const help = app.getByRole('dialog', { name: m.shortcutsTitle });
  await expect(help).toBeVisible();
  await check('? shortcuts');
  await app.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // Compare two reports picked in the list, a pair chosen.
  await list.getByRole('option', { name: TKP_TITLE }).click();
  await app.keyboard.press('Space');
  await list.getByRole('option', { name: DPA_LEAD }).click({ modifiers: ['ControlOrMeta'] });
  await expect(list.getByRole('option', { name: DPA_LEAD })).toHaveAttribute('aria-checked', 'true');
  await app.keyboard.press('c');
  const comparison = app.getByRole('region', { name: m.compareLabel });
  await expect(comparison.locator('article.column')).toHaveCount(2);
  await comparison.locator('article.column .s.aligned:not(:has(mark))').first().click();
  await expect(app.getByRole('complementary', { name: m.differencesLabel })).toBeVisible();
  await check('compare of two with the differences');
  await app.keyboard.press('Escape');
  await expect(comparison).toHaveCount(0);

  // Stories, then the April story's three reports compared.
  await nav(m.viewStories);
  const april = app.getByRole('list', { name: m.storiesTitle }).getByRole('listitem').filter({ hasText: 'April 2025' });
  await expect(april).toBeVisible();
  await check('stories');
  await april.getByRole('button', { name: m.compareStory }).click();
  await expect(comparison.locator('article.column')).toHaveCount(3);
  await comparison.locator('article.column .s.aligned:not(:has(mark))').first().click();
  await expect(app.getByRole('complementary', { name: m.differencesLabel })).toBeVisible();
  await check('compare of three with the differences');
  await app.keyboard.press('Escape');
  await expect(comparison).toHaveCount(0);

  await nav(m.viewTimeline);
  await expect(app.getByRole('region', { name: m.timelineTitle }).getByRole('button').first()).toBeVisible();
  await check('timeline');

  await nav(m.viewPeople);
  const names: Locator = app.getByRole('list', { name: m.peopleTitle });
  await expect(names.getByRole('listitem').first()).toBeVisible();
  await check('people & places');
  await names.getByRole('listitem').filter({ hasText: 'Witkoff' }).first().getByRole('button').click();
  await expect(app.getByRole('region', { name: m.peopleTitle }).locator('.mentions').getByRole('button').first()).toBeVisible();
  await check("a person's page");

  // The list's context menu, then the trash with a report in it, and its question before deleting.
  await navCounted(m.viewAll);
  await list.focus();
  await app.keyboard.press('Shift+F10');
  await expect(app.getByRole('menu')).toBeVisible();
  await check('list context menu');
  await app.keyboard.press('Escape');
  await app.keyboard.press('Delete');
  await navCounted(m.openTrash);
  const trash = app.getByRole('list', { name: m.trashTitle });
  // The reports still picked for the comparison went together.
  await expect(trash.getByRole('listitem').first()).toBeVisible();
  await check('trash');
  await trash.getByRole('button', { name: m.deleteForGood }).first().click();
  await expect(trash.getByRole('alert')).toBeVisible();
  await check('trash asking before deleting');
  return found;
}

for (const [lang, m] of [['en', en], ['de', de]] as const) {
  test(`axe finds nothing serious on any view, in light, dark and sepia (${lang})`, async ({ app }) => {
    if (lang === 'de') await app.getByRole('combobox', { name: en.language }).selectOption({ label: 'Deutsch' });
    const found = await walk(app, m);
    // Everything axe said is in the report; only serious and critical fail the test.
    await test.info().attach(`axe-${lang}.json`, { body: JSON.stringify(found, null, 1), contentType: 'application/json' });
    expect(blocking(found)).toEqual([]);
    // Moderate, but a screen reader's "go to main" found nothing in stories, timeline and people
    // until one main held every view: no landmark finding in any view.
    expect(found.filter((f) => f.rule.startsWith('landmark-')).map((f) => `${f.view}: ${f.rule}`)).toEqual([]);
  });
}

test('by keyboard alone every view is reached and left, and the focus ring shows at every stop (3:1 in every theme)', async ({ app }) => {
  const problems: string[] = [];
  const walk = async (where: string, stops: number) => {
    const { problems: seen } = await tabWalk(app, stops);
    problems.push(...seen.map((p) => `${where}: ${p}`));
  };
  /** From the search field (Ctrl+K), Tab to a sidebar button and press Enter. */
  const reach = async (name: string) => {
    await app.keyboard.press('Control+k');
    const { problems: seen, reached } = await tabWalk(app, 30, (what) => what.startsWith(`button "${name}`));
    problems.push(...seen.map((p) => `to ${name}: ${p}`));
    expect(reached, `Tab reaches ${name}`).toBe(true);
    await app.keyboard.press('Enter');
  };
  const notOnPage = async (after: string) => expect((await focusStop(app)).onPage, `the keyboard is on the page after ${after}`).toBe(false);

  await walk('library', 40);
  for (const view of [en.viewTimeline, en.viewPeople, en.viewStories, en.viewAnnotations]) {
    await reach(view);
    await expect(app.getByRole('navigation').getByRole('button', { name: new RegExp(`^${view}`) })).toHaveAttribute('aria-current', 'page');
    await walk(view, 25);
  }

  // The reader: opened from the list with Enter, walked, left with Escape.
  await reach(en.viewAll);
  const list = app.getByRole('listbox', { name: en.listLabel });
  await list.focus();
  await app.keyboard.press('Enter');
  const reader = app.getByRole('region', { name: en.readerLabel });
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  await walk('reader', 30);
  // j puts the keyboard on a paragraph (its ring is softer than the controls'); h highlights it;
  // Shift+N opens its popover, whose controls are walked; A opens the annotations panel.
  await reader.focus();
  await app.keyboard.press('j');
  const para = await focusStop(app);
  expect(para.what).toMatch(/^p /);
  if (para.problem) problems.push(`reader paragraph: ${para.what}: ${para.problem}`);
  await app.keyboard.press('h');
  await app.keyboard.press('Shift+N');
  const popover = reader.getByRole('toolbar', { name: en.annotationToolbarLabel, exact: true });
  await expect(popover.getByRole('textbox', { name: en.note })).toBeFocused();
  // From its first control through its last (Save); it is no trap, so the walk ends there.
  await popover.getByRole('button').first().focus();
  await walk('popover', 6);
  await popover.getByRole('textbox', { name: en.note }).focus();
  await app.keyboard.press('Escape');
  await app.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await notOnPage('closing the popover');
  await app.keyboard.press('a');
  const panel = app.getByRole('complementary', { name: en.annotationsTitle });
  await expect(panel).toBeVisible();
  await panel.getByRole('button').first().focus();
  await walk('annotations panel', 12);
  await reader.focus();
  await app.keyboard.press('a');
  await expect(panel).toBeHidden();
  await reader.focus();
  await app.keyboard.press('e');
  await expect(app.getByRole('dialog', { name: en.editDetailsTitle })).toBeVisible();
  await walk('edit details', 12);
  await app.keyboard.press('Escape');
  await notOnPage('closing the edit dialog');
  // A menu opened with Enter: each item the arrows reach shows it has the keyboard.
  const more = reader.getByRole('button', { name: en.annotationMenu });
  await more.focus();
  await app.keyboard.press('Enter');
  const menu = app.getByRole('menu');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  for (let i = 0; i < 3; i++) {
    const stop = await focusStop(app);
    if (stop.problem) problems.push(`⋯ menu: ${stop.what}: ${stop.problem}`);
    await app.keyboard.press('ArrowDown');
  }
  await app.keyboard.press('Escape');
  await expect(more).toBeFocused();
  await reader.focus();
  await app.keyboard.press('Escape');
  await expect(list).toBeFocused();

  // Compare: two picked with Space, C, walked, left with Escape.
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Space');
  await app.keyboard.press('c');
  const comparison = app.getByRole('region', { name: en.compareLabel });
  await expect(comparison.locator('article.column')).toHaveCount(2);
  await walk('compare', 30);
  await app.keyboard.press('Escape');
  await expect(comparison).toHaveCount(0);
  await notOnPage('closing the comparison');

  // The shortcuts: Tab stays inside, Escape leaves.
  await app.keyboard.press('?');
  const help = app.getByRole('dialog', { name: en.shortcutsTitle });
  await expect(help).toBeVisible();
  for (let i = 0; i < 4; i++) {
    await app.keyboard.press('Tab');
    // Inside the dialog, or (past its last control) in the browser's own bar, never behind it.
    expect(await help.evaluate((d) => d.contains(document.activeElement) || document.activeElement === document.body)).toBe(true);
    const stop = await focusStop(app);
    if (stop.problem && !stop.onPage) problems.push(`? shortcuts: ${stop.what}: ${stop.problem}`);
  }
  await app.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await notOnPage('closing the shortcuts');

  expect(problems).toEqual([]);
});
