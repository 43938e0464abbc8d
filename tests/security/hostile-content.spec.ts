import { readFile, writeFile } from 'node:fs/promises';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { HTTP_TOKEN_HEADER } from '../../src/shared/api';
import type { Article, IngestReport } from '../../src/shared/api';
import { test, expect } from '../e2e/support/fixtures';
import type { ParallaxServer } from '../e2e/support/server';
import { HOSTILE_FILES, HOSTILE_NOTES, HOSTILE_TAGS, liveMarkupIn } from './support/hostile';

/**
 * Hostile content as a person meets it in Chromium: reports imported as HTML, Markdown, plain
 * text and JSON Lines, and a W3C annotation export, opened in the reader, the compare view, the
 * search results, the notes and the HTML export. No payload may run (each would leave its name
 * in `window.__pwned`), no dialog may open, no CSP violation may be reported (that would mean
 * attacker markup reached the page and only the policy stopped it), and no attacker element or
 * handler may be in the DOM.
 */

type Watched = { dialogs: string[] };

/** Records what only live attacker markup could cause, from before the app's first script. */
async function watch(page: Page): Promise<Watched> {
  const w: Watched = { dialogs: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const g = window as unknown as { __violations: string[] };
    g.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => g.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return w;
}

async function expectNothingRan(page: Page, w: Watched): Promise<void> {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    violations: (window as unknown as { __violations?: string[] }).__violations ?? [],
  }));
  expect(state.pwned, 'a payload ran').toBeNull();
  expect(state.violations, 'attacker markup reached the page').toEqual([]);
  expect(w.dialogs, 'a dialog opened').toEqual([]);
}

async function expectInert(region: Locator): Promise<void> {
  await expect(region).toBeVisible();
  expect(await region.evaluate(liveMarkupIn, true)).toEqual([]);
}

async function call<T>(request: APIRequestContext, server: ParallaxServer, method: string, args: unknown[]): Promise<T> {
  const res = await request.post(`${server.origin}/api/${method}`, { headers: { [HTTP_TOKEN_HEADER]: server.token }, data: args });
  const body = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

/** Ticks two reports for comparison the way a person does, seeing each ticked before going on. */
async function tickTwo(page: Page, list: Locator, first: RegExp, second: RegExp): Promise<void> {
  await list.getByRole('option', { name: first }).click();
  await page.keyboard.press('Space');
  await expect(list.getByRole('option', { name: first })).toHaveAttribute('aria-checked', 'true');
  await list.getByRole('option', { name: second }).click({ modifiers: ['ControlOrMeta'] });
  await expect(list.getByRole('option', { name: second })).toHaveAttribute('aria-checked', 'true');
}

/** Imports the hostile reports as a person's file drop would hand them over. */
async function importHostile(request: APIRequestContext, server: ParallaxServer): Promise<IngestReport> {
  const files = HOSTILE_FILES.map((f) => ({ name: f.name, dataBase64: Buffer.from(f.content).toString('base64') }));
  const report = await call<IngestReport>(request, server, 'ingestFiles', [files]);
  expect(report.skipped).toEqual([]);
  expect(report.added).toHaveLength(HOSTILE_FILES.length);
  return report;
}

test('hostile reports in every format stay text in the reader, the search results and the compare view', async ({ page, server, request }) => {
  const w = await watch(page);
  await importHostile(request, server);
  await page.goto(server.url);
  const list = page.getByRole('listbox', { name: 'Reports' });
  const reader = page.getByRole('region', { name: 'Reader' });

  for (const f of HOSTILE_FILES) {
    await list.getByRole('option', { name: new RegExp(f.title) }).click();
    await expect(reader.getByRole('heading', { level: 1 })).toContainText(f.title);
    await expect(reader).toContainText('Der Gipfel in Genf endete ohne Einigung');
    await expectInert(reader);
    // Hovering and clicking the text triggers nothing either.
    await reader.getByText('Der Gipfel in Genf', { exact: false }).first().hover();
    await reader.getByText('Der Gipfel in Genf', { exact: false }).first().click();
  }
  // The text of the markup is shown as text (the person can see what the page tried).
  await list.getByRole('option', { name: /Angriff im Text/ }).click();
  await expect(reader).toContainText('onerror=');

  const field = page.getByRole('combobox', { name: 'Search reports' });
  await field.fill('Genf Einigung');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results).toHaveAttribute('data-query', 'Genf Einigung');
  await expect(results.getByRole('option')).toHaveCount(HOSTILE_FILES.length);
  await expectInert(results);
  await field.fill('');
  await page.keyboard.press('Escape');

  // Two hostile reports side by side.
  await expect(list).toBeVisible();
  await tickTwo(page, list, /Angriff im HTML/, /Angriff in JSON Lines/);
  await page.keyboard.press('c');
  const view = page.getByRole('region', { name: 'Comparison' });
  await expect(view.locator('article.column')).toHaveCount(2);
  await expect(view.locator('article.column').first()).toContainText('Der Gipfel in Genf');
  await expectInert(view);
  await expectNothingRan(page, w);
  expect(await page.locator('body').evaluate(liveMarkupIn, false)).toEqual([]);
});

test('the HTML export of a hostile comparison opens in a browser without running anything', async ({ page, server, request }) => {
  const w = await watch(page);
  await importHostile(request, server);
  await page.goto(server.url);
  const list = page.getByRole('listbox', { name: 'Reports' });
  await tickTwo(page, list, /Angriff im Markdown/, /Angriff im HTML/);
  await page.keyboard.press('c');
  const view = page.getByRole('region', { name: 'Comparison' });
  await expect(view.locator('article.column')).toHaveCount(2);
  const [download] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: 'Export HTML' }).click()]);
  const html = await readFile((await download.path())!, 'utf8');
  expect(html).toContain('Der Gipfel in Genf');
  // Its own policy allows no script even if escaping ever missed one.
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'/);

  // Opened as a person opens a saved file: no app, no CSP of ours around it.
  const file = `${(await download.path())!}.html`;
  await writeFile(file, html);
  const opened = await page.context().newPage();
  const ow = await watch(opened);
  await opened.goto(`file://${file}`);
  await expect(opened.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(opened.locator('body')).toContainText('Der Gipfel in Genf');
  expect(await opened.locator('body').evaluate(liveMarkupIn, true)).toEqual([]);
  await expectNothingRan(opened, ow);
  await expectNothingRan(page, w);
});

test('hostile notes and tags in an imported W3C annotation export stay inert in the panel and in All annotations', async ({ page, server, request, listed }) => {
  const w = await watch(page);
  const target = (await listed())[0]!;
  const article = await call<Article>(request, server, 'getArticle', [target.id]);
  // Quotes from the body's paragraphs, where the reader paints highlights.
  const words = article.blocks.filter((b) => b.region === 'body' && b.kind === 'paragraph').map((b) => b.text).join(' ').split(/\s+/).slice(4, 40);
  const items = HOSTILE_NOTES.map((note, i) => {
    const exact = words.slice(i * 8, i * 8 + 4).join(' ');
    const start = article.text.indexOf(exact);
    return {
      id: `urn:uuid:00000000-0000-4000-8000-00000000000${i}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: '2025-12-01T10:00:00.000Z',
      modified: '2025-12-01T10:00:00.000Z',
      body: [{ type: 'TextualBody', value: note, format: 'text/markdown', purpose: 'commenting' }, ...HOSTILE_TAGS.map((t) => ({ type: 'TextualBody', value: t, purpose: 'tagging' }))],
      target: {
        source: `urn:parallax:article:${article.id}`,
        selector: [
          { type: 'TextQuoteSelector', exact, prefix: article.text.slice(Math.max(0, start - 20), start), suffix: article.text.slice(start + exact.length, start + exact.length + 20) },
          { type: 'TextPositionSelector', start, end: start + exact.length },
        ],
      },
      'parallax:color': 'red',
    };
  });
  const doc = { '@context': ['http://www.w3.org/ns/anno.jsonld'], type: 'AnnotationCollection', total: items.length, first: { type: 'AnnotationPage', startIndex: 0, items } };
  const file = test.info().outputPath('hostile.jsonld');
  await writeFile(file, JSON.stringify(doc));

  await page.goto(server.url);
  // Imported the way a person does it: the All annotations view's import.
  await page.getByRole('navigation', { name: 'Library views' }).getByRole('button', { name: /^Annotations/ }).click();
  await page.getByLabel('JSON-LD file to import').setInputFiles(file);
  const all = page.getByRole('region', { name: 'All annotations' });
  await expect(all.getByRole('list', { name: 'Annotations in the library' }).getByRole('listitem')).toHaveCount(HOSTILE_NOTES.length);
  await expect(all).toContainText('Fett');
  await expectInert(all.getByRole('list', { name: 'Annotations in the library' }));
  // The Markdown link to javascript: is not a link at all.
  await expect(all.locator('a[href^="javascript:"], a[href^="data:"], a[href^="vbscript:"]')).toHaveCount(0);

  // In the reader, with the annotations panel open, hovering and clicking the notes.
  await page.getByRole('navigation', { name: 'Library views' }).getByRole('button', { name: /^All reports/ }).click();
  await page.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: target.title }).click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.locator('mark[data-annotation-id]')).toHaveCount(HOSTILE_NOTES.length);
  await page.keyboard.press('a');
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await expect(panel).toContainText('Fett');
  for (const note of await panel.locator('.note-html').all()) {
    await note.hover();
    await note.click();
  }
  await expectInert(panel.locator('.note-html').first());
  expect(await panel.evaluate(liveMarkupIn, false)).toEqual([]);
  await expectNothingRan(page, w);
});
