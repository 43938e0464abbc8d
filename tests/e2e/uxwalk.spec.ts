import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { expectReadableInEveryTheme } from './support/contrast';
import { dragSelect } from './support/selection';

/**
 * A new user's first hour (the uxwalk pass, `src/renderer/README.md`): each test is a defect
 * seen on that walk, done as a person does it, and fails on the build before its fix.
 * Run `npm run build` first.
 */

const TKP_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';
const LONG_TITLE = 'USA legen Russland neuen Ukraine-Plan vor: Witkoff und Kushner treffen Putin in Moskau';

async function open(app: Page, title: string | RegExp) {
  await app.getByRole('listbox', { name: /^(Reports|Berichte)$/ }).getByRole('option', { name: title }).click();
  const reader = app.getByRole('region', { name: /^(Reader|Lesebereich)$/ });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  return reader;
}

/** The distinct highlights painted in the reader's text (one may be drawn as several marks). */
async function highlightIds(app: Page): Promise<string[]> {
  const ids = await app.locator('article mark[data-annotation-id]').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-annotation-id')));
  return [...new Set(ids.filter((id): id is string => !!id))];
}

test('h again on a highlighted paragraph opens that highlight instead of making a second, identical one', async ({ app }) => {
  const reader = await open(app, TKP_TITLE);
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  await expect.poll(() => highlightIds(app)).toHaveLength(1);
  const popover = reader.getByRole('toolbar', { name: 'Annotation' });
  await expect(popover).toBeHidden();

  await app.keyboard.press('h');
  await expect(popover).toBeVisible();
  await app.keyboard.press('h');
  await expect(popover).toBeVisible();
  expect(await highlightIds(app)).toHaveLength(1);
  // The sidebar's count and the reader's Annotations button both say one.
  await expect(app.getByRole('button', { name: /^Annotations\s*1$/ })).toHaveCount(2);
});

test('All annotations beside an open report: the search field and every filter stay inside the middle pane', async ({ app }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  // A highlight in the report with the longest title: the report filter lists it.
  const reader = await open(app, LONG_TITLE);
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  await expect.poll(() => highlightIds(app)).toHaveLength(1);

  await app.keyboard.press('Control+2');
  const filters = app.getByRole('group', { name: 'Filters' });
  await expect(filters.getByRole('searchbox', { name: 'Search notes and quotes' })).toBeVisible();
  await expect(reader).toBeVisible();
  const overflow = await filters.evaluate((group) => {
    const pane = group.parentElement!.getBoundingClientRect();
    return [...group.querySelectorAll('input, select, button')]
      .map((el) => ({ name: el.getAttribute('aria-label') ?? el.textContent, right: el.getBoundingClientRect().right }))
      .filter((c) => c.right > pane.right + 0.5)
      .map((c) => `${c.name} ends at ${Math.round(c.right)} past ${Math.round(pane.right)}`);
  });
  expect(overflow).toEqual([]);
});

test('a half-written JSON Lines file and a bad record, imported in German: what broke off and what to do, each file named once, no English', async ({ app }) => {
  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  const list = app.getByRole('listbox', { name: 'Berichte' });
  await list.focus();
  const chooser = app.waitForEvent('filechooser');
  await app.keyboard.press('Control+O');
  const half = [
    JSON.stringify({ title: 'Gespräche in Riad', text: 'Die Delegationen trafen sich am Dienstag in Riad zu Gesprächen über einen Waffenstillstand.' }),
    '{"title":"Zweiter Tag in Riad","text":"Am Mittwoch setzten die Delegationen ihre Gespr',
  ].join('\n');
  const mixed = [JSON.stringify({ title: 'Kurz', text: 'x' }), 'nicht json'].join('\n');
  await (await chooser).setFiles([
    { name: 'halb.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(half, 'utf8') },
    { name: 'gemischt.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(mixed, 'utf8') },
  ]);
  const summary = app.getByRole('status').filter({ hasText: 'Import abgeschlossen' });
  const skipped = summary.locator('[data-kind="skipped"] li');
  await expect(skipped).toHaveCount(2);
  await expect(skipped.filter({ hasText: 'halb.jsonl' })).toHaveText(
    'halb.jsonl — Zeile 2: der Datensatz bricht ab, bevor sein JSON endet (die Datei ist abgeschnitten oder wird noch geschrieben); importieren Sie die Datei erneut, wenn sie vollständig ist',
  );
  // The JSON engine's own English ("Unexpected token …") is not the person's language.
  await expect(skipped.filter({ hasText: 'gemischt.jsonl' })).toHaveText('gemischt.jsonl — Zeile 2: kein gültiges JSON');
  // A warning of one report says which.
  await expect(summary.locator('.warnings li')).toHaveText('gemischt.jsonl — Kein Artikeltext gefunden');
});

test('the "Highlighted · Undo" line goes after its few seconds while the person moves on to the timeline and another report', async ({ app }) => {
  // The page's clock stands still and is moved by hand: the line's seconds are counted, not waited for.
  await app.clock.install();
  await app.clock.pauseAt(Date.now() + 1_000);
  const reader = await open(app, TKP_TITLE);
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  const line = app.locator('.status .pill');
  await expect(line).toContainText('Highlighted');
  await app.clock.runFor(4_000);
  await expect(line).toContainText('Highlighted');

  // On to the timeline (the report stays beside it) and from it to another report.
  await app.keyboard.press('Control+4');
  const events = app.getByRole('list', { name: 'Events by date' });
  await events.getByRole('button', { name: /^Open USA legen Russland/ }).first().click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(LONG_TITLE);
  await app.clock.runFor(2_500);
  await expect(line).toBeHidden();
});

test('one report picked: the greyed Compare button says in words what is missing, en and de', async ({ app }) => {
  const list = app.getByRole('listbox', { name: 'Reports' });
  await list.focus();
  await app.keyboard.press('Space');
  const bar = app.getByRole('group', { name: 'Picked for comparison' });
  await expect(bar.getByRole('button', { name: 'Compare (1)' })).toBeDisabled();
  await expect(bar.getByRole('button', { name: 'Compare (1)' })).toHaveAccessibleDescription('Pick one more report to compare: Space, or Ctrl/Cmd+click (2 to 4)');
  await expect(bar.getByText('Pick one more report to compare')).toBeVisible();
  await expectReadableInEveryTheme(app);
  await list.focus();
  // C does nothing yet; the words stay until the second pick, which enables the button.
  await app.keyboard.press('c');
  await expect(bar.getByText('Pick one more report to compare')).toBeVisible();
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Space');
  await expect(bar.getByRole('button', { name: 'Compare (2)' })).toBeEnabled();
  await expect(bar.getByText('Pick one more report to compare')).toBeHidden();

  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await app.getByRole('listbox', { name: 'Berichte' }).focus();
  await app.keyboard.press('Space');
  await expect(app.getByRole('group', { name: 'Zum Vergleich gewählt' }).getByText('Noch einen Bericht zum Vergleich wählen: Leertaste oder Strg/Cmd+Klick (2 bis 4)')).toBeVisible();
});

test('in a comparison a highlight is told from the alignment’s fills: a stroke of its colour under the words, light and dark', async ({ app }) => {
  // The highlight is made in the reader, on the report's first paragraph.
  const reader = await open(app, LONG_TITLE);
  await reader.focus();
  await app.keyboard.press('j');
  await app.keyboard.press('h');
  await expect.poll(() => highlightIds(app)).toHaveLength(1);
  const list = app.getByRole('listbox', { name: 'Reports' });
  await list.focus();
  await app.keyboard.press('Home');
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Space');
  await app.keyboard.press('c');
  const mark = app.locator('article.column mark[data-annotation-id]').first();
  await expect(mark).toBeVisible();

  const strokes = () =>
    app.evaluate(() => {
      const shadow = (el: Element | null) => (el ? getComputedStyle(el).boxShadow : 'missing');
      const mark = document.querySelector('article.column mark[data-annotation-id]');
      // A sentence the alignment filled, with no highlight in it.
      const filled = [...document.querySelectorAll('article.column [data-class]')].find((el) => el.getAttribute('data-class') !== 'none' && !el.querySelector('mark[data-annotation-id]') && getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)');
      return { mark: shadow(mark), filled: shadow(filled ?? null) };
    });
  for (const theme of ['light', 'dark']) {
    await app.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    const seen = await strokes();
    expect(seen.mark, theme).toMatch(/rgb\(232, 194, 54\).*inset|inset.*rgb\(232, 194, 54\)/);
    expect(seen.filled, theme).toBe('none');
  }
});

test('the seeds moved to the trash: the timeline and People & places say what fills them, en and de', async ({ app }) => {
  const list = app.getByRole('listbox', { name: 'Reports' });
  const rows = list.getByRole('option');
  for (let left = 5; left > 0; left--) {
    await expect(rows).toHaveCount(left);
    await list.focus();
    await app.keyboard.press('Delete');
  }
  await expect(app.getByText('No reports yet. Drop files onto this window or choose Import files.')).toBeVisible();
  await app.keyboard.press('Control+4');
  await expect(app.getByText('No reports yet, so no events. Import reports (Import files…, Ctrl/Cmd+O) or paste one (Add text…): the dates they give are placed here.')).toBeVisible();
  await app.keyboard.press('Control+5');
  await expect(app.getByText(/^No reports yet, so no names\. Import reports/)).toBeVisible();
  await app.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await expect(app.getByText(/^Noch keine Berichte, also keine Namen\. Berichte importieren \(Importieren…, Strg\/Cmd\+O\)/)).toBeVisible();
  await app.keyboard.press('Control+4');
  await expect(app.getByText(/^Noch keine Berichte, also keine Ereignisse\./)).toBeVisible();
});

test('Escape from a story’s comparison brings the keyboard back to that story’s button, not to the first story', async ({ app }) => {
  await app.keyboard.press('Control+3');
  const compareButtons = app.getByRole('button', { name: /^Compare this story/ });
  await expect(compareButtons).toHaveCount(2);
  const second = compareButtons.nth(1);
  const name = await second.getAttribute('aria-label');
  await second.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('region', { name: 'Comparison' })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('button', { name: name! })).toBeFocused();
});

test('selecting highlighted words again and choosing Highlight or a colour changes that highlight, and makes no second one', async ({ app }) => {
  const reader = await open(app, TKP_TITLE);
  await dragSelect(app, 'über vier Stunden');
  const toolbar = app.getByRole('toolbar', { name: 'Annotate the selection' });
  await toolbar.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect.poll(() => highlightIds(app)).toHaveLength(1);
  const mark = reader.locator('article mark[data-annotation-id]');
  await expect(mark).toHaveText(['über vier Stunden']);

  await app.mouse.click(5, 5);
  await dragSelect(app, 'über vier Stunden');
  await toolbar.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(reader.getByRole('toolbar', { name: 'Annotation' })).toBeVisible();
  await app.keyboard.press('Escape');
  await dragSelect(app, 'über vier Stunden');
  await toolbar.getByRole('button', { name: 'Green' }).click();
  await expect(mark).toHaveAttribute('data-color', 'green');
  expect(await highlightIds(app)).toHaveLength(1);
});
