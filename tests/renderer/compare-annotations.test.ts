import { describe, expect, it } from 'vitest';
import type { ArticleId, Comparison } from '../../src/shared/api';
import type { SavePdfRequest, SavePdfResult } from '../../src/shared/shell';
import { ApiError } from '../../src/shared/errors';
import { shownText } from '../../src/renderer/src/lib/compare-view';
import { AppState } from '../../src/renderer/src/lib/state/app.svelte';
import { AnnotationsState, ColorChoice } from '../../src/renderer/src/lib/state/annotations.svelte';
import { CompareState } from '../../src/renderer/src/lib/state/compare.svelte';
import { FakeClient, fullArticle, summary } from './fake-client';

const A = 'aaaaaaaaaaaa' as ArticleId;
const B = 'bbbbbbbbbbbb' as ArticleId;
const TEXT_A = 'Title A\n\nOne two three. Four five.\n\nSix seven.';
const TEXT_B = 'Title B\n\nOne two three! Eight nine.';

/** Two reports with text (so annotations can be made) and their comparison. */
function setup(): FakeClient {
  const client = new FakeClient();
  client.items = [summary(A, { site: 'TKP' }), summary(B, { site: 'dpa' })];
  client.articles.set(A, fullArticle(client.items[0]!, { text: TEXT_A }));
  client.articles.set(B, fullArticle(client.items[1]!, { text: TEXT_B }));
  const sentence = (text: string, whole: string, block: number) => ({ start: whole.indexOf(text), end: whole.indexOf(text) + text.length, text, block });
  const noDiff = { figures: [], dates: [], names: [], quotes: [], sources: [] };
  client.comparison = {
    articles: [
      { id: A, title: 'A', site: 'TKP', published: null, sentences: [sentence('One two three.', TEXT_A, 1), sentence('Four five.', TEXT_A, 1), sentence('Six seven.', TEXT_A, 2)], unique: [1, 2], sources: [], quotes: [] },
      { id: B, title: 'B', site: 'dpa', published: null, sentences: [sentence('One two three!', TEXT_B, 1), sentence('Eight nine.', TEXT_B, 1)], unique: [1], sources: [], quotes: [] },
    ],
    pairs: [{ a: { articleId: A, sentence: 0 }, b: { articleId: B, sentence: 0 }, class: 'same', score: 0.95, reasons: [], differences: noDiff }],
    passages: [],
    sources: [],
    spellings: [],
    tookMs: 1,
  } satisfies Comparison;
  return client;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('shownText', () => {
  it('gives what a compare column shows of a range: its sentences, a space between them', () => {
    const a = setup().comparison!.articles[0]!;
    const start = TEXT_A.indexOf('three');
    expect(shownText(a, start, TEXT_A.indexOf('seven') + 5)).toBe('three. Four five. Six seven');
    expect(shownText(a, 0, 5)).toBe('');
  });
});

describe('annotations in the compare columns', () => {
  it('loads each column’s annotations with the comparison', async () => {
    const client = setup();
    await client.addAnnotation({ articleId: A, start: TEXT_A.indexOf('two'), end: TEXT_A.indexOf('two') + 3, color: 'blue' });
    const cmp = new CompareState(client);
    await cmp.load([A, B]);
    expect(cmp.notesOf(A)?.paints).toEqual([expect.objectContaining({ start: TEXT_A.indexOf('two'), color: 'blue' })]);
    expect(cmp.notesOf(B)?.paints).toEqual([]);
    expect(client.callsOf('listAnnotations').map((c) => c.args[0])).toEqual([{ articleId: A }, { articleId: B }]);
  });

  it('still compares when the annotations cannot be listed', async () => {
    const client = setup();
    client.listAnnotations = async () => {
      throw new ApiError('UNSUPPORTED', 'annotations: not in this library');
    };
    const cmp = new CompareState(client);
    await cmp.load([A, B]);
    expect(cmp.comparison).not.toBeNull();
    expect(cmp.notesOf(B)?.items).toEqual([]);
  });

  it('writes a highlight made in a column to its report, and undoes the newest change across columns', async () => {
    const client = setup();
    const cmp = new CompareState(client);
    await cmp.load([A, B]);
    const inA = await cmp.notesOf(A)!.add({ start: 9, end: 12, color: 'green' });
    const inB = await cmp.notesOf(B)!.add({ start: 9, end: 12, color: 'pink' });
    expect(inA?.articleId).toBe(A);
    expect(inB?.articleId).toBe(B);
    expect(cmp.canUndo).toBe(true);
    // The status line tells the newest change, in B.
    expect(cmp.lastNotes).toBe(cmp.notesOf(B));
    expect(cmp.lastNotes?.lastChange).toBe('added');
    await cmp.undo();
    expect(cmp.notesOf(B)!.items).toEqual([]);
    expect(cmp.notesOf(A)!.items).toHaveLength(1);
    await cmp.undo();
    expect(cmp.notesOf(A)!.items).toEqual([]);
    expect(cmp.lastNotes).toBe(cmp.notesOf(A));
    expect(cmp.lastNotes?.lastChange).toBe('reverted');
    expect(cmp.canUndo).toBe(false);
    expect(client.annotations.size).toBe(0);
  });

  it('redoes across columns what undo took back, newest undone first; a new change ends it', async () => {
    const client = setup();
    const cmp = new CompareState(client);
    await cmp.load([A, B]);
    await cmp.notesOf(A)!.add({ start: 9, end: 12, color: 'green' });
    await cmp.notesOf(B)!.add({ start: 9, end: 12, color: 'pink' });
    await cmp.undo(); // B's
    await cmp.undo(); // A's
    expect(cmp.canRedo).toBe(true);
    await cmp.redo();
    expect(cmp.notesOf(A)!.items).toHaveLength(1);
    expect(cmp.notesOf(B)!.items).toEqual([]);
    expect(cmp.lastNotes).toBe(cmp.notesOf(A));
    await cmp.redo();
    expect(cmp.notesOf(B)!.items).toHaveLength(1);
    expect(cmp.canRedo).toBe(false);
    // Undone again, then a highlight of one's own in the other column: nothing to redo.
    await cmp.undo();
    expect(cmp.canRedo).toBe(true);
    await cmp.notesOf(A)!.add({ start: 0, end: 4, color: 'yellow' });
    expect(cmp.canRedo).toBe(false);
  });

  it('shares the colour picked last between the reader and the columns', async () => {
    const client = setup();
    const color = new ColorChoice();
    const reader = new AnnotationsState(client, { color });
    const cmp = new CompareState(client, color);
    await cmp.load([A, B]);
    await cmp.notesOf(B)!.add({ start: 9, end: 12, color: 'purple' });
    expect(reader.lastColor).toBe('purple');
    expect(cmp.notesOf(A)!.lastColor).toBe('purple');
  });
});

describe('AppState while comparing', () => {
  const make = (client: FakeClient) => new AppState({ client, storage: null, languages: ['en'], colorScheme: null });

  it('Ctrl/Cmd+Z undoes in the columns; a change elsewhere reloads them; the reader sees their highlights after', async () => {
    const client = setup();
    const app = make(client);
    const stop = app.start();
    await app.open(A);
    app.startCompare([A, B]);
    await tick();
    await app.compare.notesOf(A)!.add({ start: 9, end: 12, color: 'yellow' });
    expect(app.canUndo).toBe(true);
    // Made in the reader's report elsewhere (another window, an import): the column follows.
    await client.addAnnotation({ articleId: B, start: 9, end: 14, color: 'blue' });
    client.emit({ type: 'libraryChanged' });
    await tick();
    expect(app.compare.notesOf(B)!.items).toHaveLength(1);
    await app.undo();
    expect(app.compare.notesOf(A)!.items).toEqual([]);
    await app.compare.notesOf(A)!.add({ start: 9, end: 12, color: 'green' });
    app.closeCompare();
    await tick();
    expect(app.annotations.articleId).toBe(A);
    expect(app.annotations.paints).toEqual([expect.objectContaining({ start: 9, end: 12, color: 'green' })]);
    stop();
  });

  it('saves a PDF through the shell where it can, naming the file after the reports', async () => {
    const client = setup() as FakeClient & { savePdf?: (r: SavePdfRequest) => Promise<SavePdfResult> };
    const asked: SavePdfRequest[] = [];
    const browser = make(client);
    expect(browser.canSavePdf).toBe(false);
    expect(await browser.saveComparisonPdf()).toBeNull();

    client.savePdf = async (r) => (asked.push(r), { saved: true, path: `/home/a/${r.suggestedName}` });
    const app = make(client);
    expect(app.canSavePdf).toBe(true);
    app.startCompare([A, B]);
    await tick();
    expect(await app.saveComparisonPdf()).toBe('/home/a/parallax-compare-aaaaaa-bbbbbb.pdf');
    expect(asked).toEqual([{ suggestedName: 'parallax-compare-aaaaaa-bbbbbb.pdf', landscape: true }]);

    client.savePdf = async () => ({ saved: false });
    expect(await app.saveComparisonPdf()).toBeNull();
    expect(app.error).toBeNull();
    client.savePdf = async () => {
      throw { name: 'ApiError', code: 'INTERNAL', message: 'savePdf: could not write "/x.pdf": EACCES' };
    };
    expect(await app.saveComparisonPdf()).toBeNull();
    expect(app.error).toBe('Could not write "/x.pdf": EACCES');
  });
});
