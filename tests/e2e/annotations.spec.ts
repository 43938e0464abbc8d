import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { startServer } from './support/server';
import { HTTP_TOKEN_HEADER } from '../../src/shared/api';
import { dragSelect } from './support/selection';

/**
 * Annotations as a person makes them (issue 5): select with the mouse, highlight, note, see
 * them after a reload, follow them through edits of the text, export and import them.
 * Run `npm run build` first.
 */

const TKP_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';
const PHRASE = 'über vier Stunden';
const NOTE = 'Länger als **jedes** frühere Treffen? Quelle prüfen.';

async function openReport(app: Page, title: string): Promise<Locator> {
  await app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: title }).click();
  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toContainText(title);
  return reader;
}

/** The <mark>s of the one annotation on the page. */
const marks = (reader: Locator) => reader.locator('article mark[data-annotation-id]');

async function highlightPhraseWithNote(app: Page, reader: Locator) {
  await dragSelect(app, PHRASE);
  const toolbar = app.getByRole('toolbar', { name: 'Annotate the selection' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(marks(reader)).toHaveText([PHRASE]);
  const popover = app.getByRole('toolbar', { name: 'Annotation', exact: true });
  await popover.getByRole('button', { name: 'Note', exact: true }).click();
  await popover.getByRole('textbox', { name: 'Note' }).fill(NOTE);
  await popover.getByRole('button', { name: 'Save' }).click();
  await expect(marks(reader)).toHaveClass(/noted/);
}

async function openPanel(app: Page, reader: Locator): Promise<Locator> {
  const toggle = reader.getByRole('button', { name: /^Annotations/ });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  const panel = app.getByRole('complementary', { name: 'Annotations' });
  await expect(panel).toBeVisible();
  return panel;
}

async function editText(app: Page, reader: Locator, change: (text: string) => string) {
  await reader.getByRole('button', { name: 'More' }).click();
  await reader.getByRole('menuitem', { name: 'Edit text…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Edit text' });
  const field = dialog.getByRole('textbox', { name: 'Article text' });
  const before = await field.inputValue();
  await field.fill(change(before));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test('select with the mouse, highlight, note; both survive a reload, follow an edit of the text, and orphan when their paragraph goes', async ({ app }) => {
  await app.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  let reader = await openReport(app, TKP_TITLE);
  await highlightPhraseWithNote(app, reader);
  // Copy quote puts the words with their source on the clipboard.
  await app.getByRole('toolbar', { name: 'Annotation', exact: true }).getByRole('button', { name: 'Copy quote' }).click();
  await expect.poll(() => app.evaluate(() => navigator.clipboard.readText())).toBe(`“${PHRASE}” — ${TKP_TITLE}, TKP, 12 Apr 2025`);

  // Reload: the highlight and its note come back from the library.
  await app.reload();
  reader = await openReport(app, TKP_TITLE);
  await expect(marks(reader)).toHaveText([PHRASE]);
  const panel = await openPanel(app, reader);
  await expect(panel.getByRole('listitem').filter({ hasText: PHRASE })).toContainText('Länger als jedes frühere Treffen? Quelle prüfen.');
  // The note's Markdown is rendered, not shown raw.
  await expect(panel.locator('.note-html strong')).toHaveText('jedes');

  // A paragraph inserted before it: the highlight moves with its words.
  await editText(app, reader, (text) => {
    const at = text.indexOf('Witkoff besuchte Russland am Freitag');
    expect(at).toBeGreaterThan(0);
    return `${text.slice(0, at)}Ein eingeschobener Absatz, den es vorher nicht gab, mit eigenen Worten.\n\n${text.slice(at)}`;
  });
  await expect(reader.locator('article.column')).toContainText('Ein eingeschobener Absatz');
  await expect(marks(reader)).toHaveText([PHRASE]);
  await expect(panel.getByRole('heading', { name: 'No longer found in the text' })).toHaveCount(0);

  // Its paragraph removed: no mark, and the sidebar lists it as orphaned with quote and note.
  await editText(app, reader, (text) => {
    const start = text.indexOf('Witkoff besuchte Russland am Freitag');
    const end = text.indexOf('\n', start);
    return text.slice(0, start) + text.slice(end + 1);
  });
  await expect(reader.locator('article.column')).not.toContainText('Das Treffen dauerte');
  await expect(marks(reader)).toHaveCount(0);
  const orphans = panel.getByRole('region', { name: 'No longer found in the text' });
  await expect(orphans).toContainText(PHRASE);
  await expect(orphans).toContainText('Quelle prüfen');

  // Restore original: it is found again.
  await reader.getByRole('button', { name: 'More' }).click();
  await reader.getByRole('menuitem', { name: 'Edit text…' }).click();
  await app.getByRole('dialog', { name: 'Edit text' }).getByRole('button', { name: 'Restore original' }).click();
  await expect(marks(reader)).toHaveText([PHRASE]);
  await expect(orphans).toHaveCount(0);
});

test('export Markdown from the reader; JSON-LD from All annotations imports into an empty library', async ({ app, pageErrors }) => {
  void pageErrors;
  const reader = await openReport(app, TKP_TITLE);
  await highlightPhraseWithNote(app, reader);
  const panel = await openPanel(app, reader);

  // Markdown of this report: the quote and the note are in the file.
  await panel.getByRole('button', { name: 'Export annotations' }).click();
  const [md] = await Promise.all([app.waitForEvent('download'), panel.getByRole('menuitem', { name: 'Markdown' }).click()]);
  expect(md.suggestedFilename()).toMatch(/\.md$/);
  const markdown = await readFile((await md.path())!, 'utf8');
  expect(markdown).toContain(`> ${PHRASE}`);
  expect(markdown).toContain(NOTE);
  expect(markdown).toContain(TKP_TITLE);

  // The library's JSON-LD from the All annotations view.
  await app.getByRole('navigation', { name: 'Library views' }).getByRole('button', { name: /^Annotations/ }).click();
  const list = app.getByRole('list', { name: 'Annotations in the library' });
  await expect(list).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  const pane = app.getByRole('region', { name: 'All annotations' });
  await pane.getByRole('button', { name: 'Export annotations' }).click();
  const [jsonld] = await Promise.all([app.waitForEvent('download'), app.getByRole('menuitem', { name: /^JSON-LD/ }).click()]);
  const file = (await jsonld.path())!;
  expect(JSON.parse(await readFile(file, 'utf8'))).toBeTruthy();

  // A second host on a fresh library (the same five reports, no annotations): import it.
  const other = await startServer();
  try {
    const page = await app.context().newPage();
    await page.goto(other.url);
    await page.getByRole('navigation', { name: 'Library views' }).getByRole('button', { name: /^Annotations/ }).click();
    await expect(page.getByText('No annotations yet.')).toBeVisible();
    await page.getByLabel('JSON-LD file to import').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1 annotation' })).toBeVisible();
    const imported = page.getByRole('list', { name: 'Annotations in the library' }).getByRole('listitem');
    await expect(imported).toHaveCount(1);
    await expect(imported).toContainText(PHRASE);
    await expect(imported).toContainText('Quelle prüfen');
    // A click opens the report at the highlight.
    await imported.getByRole('button').first().click();
    const otherReader = page.getByRole('region', { name: 'Reader' });
    await expect(otherReader.getByRole('heading', { level: 1 })).toContainText(TKP_TITLE);
    await expect(marks(otherReader)).toHaveText([PHRASE]);
    await expect(marks(otherReader)).toBeInViewport();
    await page.close();
  } finally {
    await other.stop();
  }
});

test('link a highlight to one in another report: both show the link and jump to each other', async ({ app, request, server, listed }) => {
  // A highlight in the dpa report, made through the API as another session would.
  const items = await listed();
  const dpa = items.find((a) => a.title.startsWith('Der US-Sondergesandte Steve Witkoff führt'))!;
  const call = async (method: string, args: unknown[]) => {
    const res = await request.post(`${server.origin}/api/${method}`, { headers: { [HTTP_TOKEN_HEADER]: server.token }, data: args });
    const body = (await res.json()) as { ok: boolean; value: { text: string } & Record<string, unknown> };
    expect(body.ok).toBe(true);
    return body.value;
  };
  const article = await call('getArticle', [dpa.id]);
  const quote = 'mehr als vier Stunden';
  const start = article.text.indexOf(quote);
  expect(start).toBeGreaterThan(0);
  await call('addAnnotation', [{ articleId: dpa.id, start, end: start + quote.length, color: 'blue' }]);

  let reader = await openReport(app, TKP_TITLE);
  await dragSelect(app, PHRASE);
  await app.getByRole('toolbar', { name: 'Annotate the selection' }).getByRole('button', { name: 'Highlight', exact: true }).click();
  const panel = await openPanel(app, reader);
  await panel.getByRole('button', { name: 'Link…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Link to an annotation in another report' });
  await dialog.getByText('Contradicts').click();
  await dialog.getByRole('searchbox').fill('vier Stunden');
  await dialog.getByRole('button', { name: new RegExp(`Link to “${quote}”`) }).click();
  await expect(dialog).toBeHidden();
  const link = panel.getByRole('list', { name: 'Links' });
  await expect(link).toContainText('Contradicts');
  await expect(link).toContainText(quote);

  // Following the link opens the dpa report at its highlight, which links back.
  await link.getByRole('button', { name: `Go to “${quote}”` }).click();
  reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('zwei Wochen');
  await expect(marks(reader)).toHaveText([quote]);
  await expect(marks(reader)).toBeInViewport();
  const back = panel.getByRole('list', { name: 'Links' });
  await expect(back).toContainText(PHRASE);
  await back.getByRole('button', { name: `Go to “${PHRASE}”` }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toContainText(TKP_TITLE);
  await expect(marks(reader)).toHaveText([PHRASE]);
});

test('Tags in the sidebar: a tag given to highlights is listed with its count, and opens the annotations that carry it', async ({ page, server, request, listed }) => {
  const tkp = (await listed()).find((a) => a.title === TKP_TITLE)!;
  const call = async (method: string, args: unknown[]) => {
    const res = await request.post(`${server.origin}/api/${method}`, { headers: { [HTTP_TOKEN_HEADER]: server.token }, data: args });
    const body = (await res.json()) as { ok: boolean; value: { text: string } };
    expect(body.ok).toBe(true);
    return body.value;
  };
  const { text } = await call('getArticle', [tkp.id]);
  for (const [quote, tags] of [[PHRASE, ['Treffen', 'Dauer']], ['Witkoff', ['Treffen']]] as const) {
    const start = text.indexOf(quote);
    await call('addAnnotation', [{ articleId: tkp.id, start, end: start + quote.length, color: 'yellow', tags }]);
  }
  await page.goto(server.url);
  const tags = page.getByRole('region', { name: 'Tags' });
  // Not "coming soon", not disabled: the tags there are, most used first.
  await expect(tags.getByRole('button')).toHaveText(['#Treffen 2', '#Dauer 1']);
  await expect(page.getByText('coming soon')).toHaveCount(0);
  await tags.getByRole('button', { name: '#Treffen: 2 annotations' }).click();
  const list = page.getByRole('list', { name: 'Annotations in the library' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'All annotations' }).getByRole('combobox', { name: 'Filter by tag' })).toHaveValue('Treffen');
  await tags.getByRole('button', { name: '#Dauer: 1 annotation' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText(PHRASE);
});
