import { describe, expect, it } from 'vitest';
import { importTooLarge, MAX_IMPORT_CHARS, type ArticleId, type Block } from '../../src/shared/api';
import type { ApiError } from '../../src/shared/errors';
import { sayError } from '../../src/shared/i18n';
import { AnnotationsState } from '../../src/renderer/src/lib/state/annotations.svelte';
import { AllAnnotationsState } from '../../src/renderer/src/lib/state/all-annotations.svelte';
import { TypographyState } from '../../src/renderer/src/lib/state/typography.svelte';
import { ReadingTracker } from '../../src/renderer/src/lib/state/reading.svelte';
import { AppState } from '../../src/renderer/src/lib/state/app.svelte';
import { ThemeState } from '../../src/renderer/src/lib/state/theme.svelte';
import { FakeClient, fullArticle, summary } from './fake-client';

const TEXT = 'Titel\n\nDas Treffen dauerte über vier Stunden.\n\nDanach flog Witkoff nach Oman.';
const blocks: Block[] = [
  { kind: 'title', region: 'header', text: 'Titel', start: 0, end: 5 },
  { kind: 'paragraph', region: 'body', text: 'Das Treffen dauerte über vier Stunden.', start: 7, end: 45 },
  { kind: 'paragraph', region: 'body', text: 'Danach flog Witkoff nach Oman.', start: 47, end: 77 },
];
const A = 'a1' as ArticleId;
const at = (s: string) => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length] as const;

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

function setup() {
  const client = new FakeClient();
  const s = summary('a1', { title: 'Titel', site: 'TKP' });
  client.items = [s, summary('b2', { title: 'Anderer Bericht', site: 'dpa' })];
  client.articles.set('a1', fullArticle(s, { text: TEXT, blocks }));
  client.articles.set('b2', fullArticle(client.items[1]!, { text: 'Witkoff war in Oman.', blocks: [{ kind: 'paragraph', region: 'body', text: 'Witkoff war in Oman.', start: 0, end: 20 }] }));
  return { client, notes: new AnnotationsState(client) };
}

describe('AnnotationsState', () => {
  it('adds highlights in reading order, paints them, remembers the last colour', async () => {
    const { notes } = setup();
    await notes.load(A);
    const [s2, e2] = at('Witkoff');
    const [s1, e1] = at('über vier Stunden');
    await notes.add({ start: s2, end: e2, color: 'green' });
    await notes.add({ start: s1, end: e1, color: 'pink' });
    expect(notes.placed.map((a) => a.quote.exact)).toEqual(['über vier Stunden', 'Witkoff']);
    expect(notes.paints.map((p) => [p.start, p.end, p.color])).toEqual([
      [s1, e1, 'pink'],
      [s2, e2, 'green'],
    ]);
    expect(notes.lastColor).toBe('pink');
  });

  it('a reload of the previous report that answers after another report opened leaves the new one shown', async () => {
    const { client, notes } = setup();
    const [s1, e1] = at('Witkoff');
    await client.addAnnotation({ articleId: A, start: s1, end: e1, color: 'green' });
    await notes.load(A);
    // The library changed while a1 was open: its annotations are asked for again, and answer late.
    let release = () => {};
    const late = new Promise<void>((r) => (release = r));
    const list = client.listAnnotations.bind(client);
    client.listAnnotations = async (filter) => {
      const items = await list(filter);
      if (filter?.articleId === A) await late;
      return items;
    };
    const reload = notes.reload();
    // Meanwhile the person opens b2 (the reader shows its annotations with its text).
    notes.show('b2' as ArticleId, await client.listAnnotations({ articleId: 'b2' as ArticleId }));
    release();
    await reload;
    expect(notes.articleId).toBe('b2');
    expect(notes.items).toEqual([]);
  });

  it('undo restores a deleted annotation (same id) and reverts an edit, newest first', async () => {
    const { client, notes } = setup();
    await notes.load(A);
    const [s, e] = at('über vier Stunden');
    const a = (await notes.add({ start: s, end: e, color: 'yellow' }))!;
    await notes.update(a.id, { note: 'Quelle prüfen', color: 'blue' });
    await notes.remove(a.id);
    expect(notes.items).toHaveLength(0);
    expect(notes.lastChange).toBe('deleted');

    await notes.undo();
    expect(notes.items.map((x) => x.id)).toEqual([a.id]);
    expect(client.callsOf('restoreAnnotation')).toHaveLength(1);
    expect(notes.byId(a.id)).toMatchObject({ note: 'Quelle prüfen', color: 'blue' });

    await notes.undo();
    expect(notes.byId(a.id)).toMatchObject({ note: null, color: 'yellow' });
    await notes.undo();
    expect(notes.items).toHaveLength(0);
    expect(notes.canUndo).toBe(false);
    expect(await notes.undo()).toBeNull();
  });

  it('redo makes again what undo took back, in reverse order; a new change ends what can be redone', async () => {
    const { notes } = setup();
    await notes.load(A);
    const [s, e] = at('über vier Stunden');
    const a = (await notes.add({ start: s, end: e, color: 'yellow' }))!;
    await notes.update(a.id, { note: 'Quelle prüfen', tags: ['Oman'] });
    await notes.remove(a.id);
    expect(notes.canRedo).toBe(false);

    await notes.undo(); // the deletion
    await notes.undo(); // the note and tag
    await notes.undo(); // the highlight
    expect(notes.items).toHaveLength(0);
    expect(notes.canRedo).toBe(true);

    await notes.redo();
    expect(notes.byId(a.id)).toMatchObject({ color: 'yellow', note: null, tags: [] });
    await notes.redo();
    expect(notes.byId(a.id)).toMatchObject({ note: 'Quelle prüfen', tags: ['Oman'] });
    await notes.redo();
    expect(notes.items).toHaveLength(0);
    expect(notes.lastChange).toBe('deleted');
    expect(await notes.redo()).toBeNull();

    // What was redone can be undone again; then a change of one's own ends the redo.
    await notes.undo();
    expect(notes.byId(a.id)).toMatchObject({ note: 'Quelle prüfen' });
    expect(notes.canRedo).toBe(true);
    await notes.update(a.id, { color: 'green' });
    expect(notes.canRedo).toBe(false);
  });

  it('runs two edits of one annotation in the order asked, the second after the first is written', async () => {
    const { client, notes } = setup();
    await notes.load(A);
    const [s, e] = at('über vier Stunden');
    const a = (await notes.add({ start: s, end: e, color: 'yellow' }))!;
    // The first answer is slow (a busy machine); the second edit must not overtake it.
    const original = client.updateAnnotation.bind(client);
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    let calls = 0;
    client.updateAnnotation = async (id, edit) => (++calls === 1 ? await slow : undefined, original(id, edit));
    const first = notes.update(a.id, { tags: ['Katar'] });
    const second = notes.update(a.id, { tags: ['Katar', 'Opposition'] });
    await Promise.resolve();
    expect(calls).toBe(1);
    release();
    await Promise.all([first, second]);
    expect(client.callsOf('updateAnnotation').map((c) => c.args[1])).toEqual([{ tags: ['Katar'] }, { tags: ['Katar', 'Opposition'] }]);
    expect(notes.byId(a.id)?.tags).toEqual(['Katar', 'Opposition']);
    // Undo takes the second back to what the first wrote.
    await notes.undo();
    expect(notes.byId(a.id)?.tags).toEqual(['Katar']);
  });

  it('filters by colour and tag; orphans are listed apart and not painted', async () => {
    const { client, notes } = setup();
    await notes.load(A);
    const [s1, e1] = at('über vier Stunden');
    const [s2, e2] = at('Oman');
    const x = (await notes.add({ start: s1, end: e1, color: 'yellow', tags: ['Dauer'] }))!;
    await notes.add({ start: s2, end: e2, color: 'green' });
    notes.filterColor = 'green';
    expect(notes.shown.map((a) => a.quote.exact)).toEqual(['Oman']);
    notes.filterColor = null;
    notes.filterTag = 'Dauer';
    expect(notes.shown.map((a) => a.id)).toEqual([x.id]);
    notes.filterTag = null;

    await client.updateArticleText(A, TEXT.replace('Das Treffen dauerte über vier Stunden.', 'Das Treffen war kurz.'));
    await notes.reload();
    expect(notes.orphans.map((a) => a.quote.exact)).toEqual(['über vier Stunden']);
    expect(notes.paints.map((p) => p.id)).not.toContain(x.id);
  });

  it('links to an annotation in another report; both show it', async () => {
    const { client, notes } = setup();
    await notes.load(A);
    const [s, e] = at('Witkoff');
    const mine = (await notes.add({ start: s, end: e }))!;
    const theirs = await client.addAnnotation({ articleId: 'b2' as ArticleId, start: 0, end: 7 });
    await notes.link(mine.id, theirs.id, 'same-claim');
    expect(notes.byId(mine.id)!.links).toEqual([{ id: theirs.id, relation: 'same-claim', articleId: 'b2', quote: 'Witkoff' }]);
    expect(client.annotations.get(theirs.id)!.links[0]).toMatchObject({ id: mine.id, relation: 'same-claim' });
    await notes.unlink(mine.id, theirs.id);
    expect(notes.byId(mine.id)!.links).toEqual([]);
  });
});

describe('AllAnnotationsState', () => {
  it('filters by text, colour and outlet, and imports a file with a summary', async () => {
    const { client } = setup();
    const all = new AllAnnotationsState(client);
    const [s, e] = at('über vier Stunden');
    await client.addAnnotation({ articleId: A, start: s, end: e, color: 'pink', note: 'Länger als sonst' });
    await client.addAnnotation({ articleId: 'b2' as ArticleId, start: 0, end: 7, color: 'blue' });
    await all.load();
    expect(all.items).toHaveLength(2);
    all.text = 'länger';
    await all.load();
    expect(all.items.map((a) => a.articleTitle)).toEqual(['Titel']);
    expect(client.callsOf('listAnnotations').at(-1)!.args[0]).toEqual({ text: 'länger' });
    await all.clearFilters();
    all.outlet = 'dpa';
    await all.load();
    expect(all.items.map((a) => a.quote.exact)).toEqual(['Witkoff']);

    const file = await client.exportAnnotations({ format: 'jsonld' });
    client.annotations.clear();
    const report = await all.importFile(new Blob([file.content]));
    expect(report).toMatchObject({ added: 2, present: 0 });
    expect(all.importReport).toEqual(report);
  });
});

describe('AllAnnotationsState import', () => {
  it('refuses a file too large from its size, unread and unsent, with the words the host gives', async () => {
    const client = new FakeClient();
    const all = new AllAnnotationsState(client);
    let read = false;
    const huge = { size: 3 * MAX_IMPORT_CHARS + 1, text: () => ((read = true), Promise.resolve('[]')) };
    const e = await all.importFile(huge).then(() => null, (x: unknown) => x as ApiError);
    expect(e?.code).toBe('TOO_LARGE');
    expect(read).toBe(false);
    expect(client.callsOf('importAnnotations')).toHaveLength(0);
    expect(sayError('en', e!)).toBe('import: the file is larger than 64 MB');
    expect(sayError('de', e!)).toBe('Die Datei ist größer als 64 MB');
    expect(e!.messageCoded).toEqual(importTooLarge());
  });

  it('reads and sends a file at the size limit, which only the host can judge', async () => {
    const client = new FakeClient();
    const all = new AllAnnotationsState(client);
    const atLimit = { size: 3 * MAX_IMPORT_CHARS, text: () => Promise.resolve('[]') };
    await all.importFile(atLimit).catch(() => undefined);
    expect(client.callsOf('importAnnotations')).toHaveLength(1);
  });
});

describe('TypographyState', () => {
  it('persists font, size, width and spacing; ignores nonsense in storage', () => {
    const storage = memoryStorage();
    const t = new TypographyState(storage);
    expect(t.isDefault).toBe(true);
    t.set({ font: 'sans', width: 'wide', leading: 'loose' });
    t.step(1);
    t.step(1);
    const again = new TypographyState(storage);
    expect([again.font, again.size, again.width, again.leading]).toEqual(['sans', 19, 'wide', 'loose']);
    expect(again.measure).toBe('80ch');
    storage.setItem('parallax.typography', '{"font":"comic","size":400}');
    const bad = new TypographyState(storage);
    expect([bad.font, bad.size]).toEqual(['serif', 17]);
    for (let i = 0; i < 30; i++) bad.step(1);
    expect(bad.size).toBe(28);
  });
});

describe('ReadingTracker', () => {
  it('saves the newest progress once per interval and reports an article read at the end', async () => {
    const { client } = setup();
    const timers: (() => void)[] = [];
    const read: string[] = [];
    const tracker = new ReadingTracker({ api: client, setTimer: (fn) => timers.push(fn), clearTimer: () => undefined, onRead: (id) => read.push(id) });
    tracker.report(A, 0.2);
    tracker.report(A, 0.35);
    expect(timers).toHaveLength(1);
    expect(client.callsOf('updateReadingState')).toHaveLength(0);
    timers[0]!();
    await new Promise((r) => setTimeout(r, 0));
    expect(client.callsOf('updateReadingState').map((c) => c.args)).toEqual([[A, { progress: 0.35 }]]);
    tracker.report(A, 0.99);
    await tracker.flush();
    expect(read).toEqual([A]);
    expect(client.items[0]!.readAt).not.toBeNull();
  });
});

describe('ThemeState sepia', () => {
  it('cycles system → light → dark → sepia and resolves sepia as itself', () => {
    const storage = memoryStorage();
    const theme = new ThemeState(storage, null);
    theme.cycle();
    theme.cycle();
    theme.cycle();
    expect(theme.choice).toBe('sepia');
    expect(new ThemeState(storage, null).resolved).toBe('sepia');
    theme.cycle();
    expect(theme.choice).toBe('system');
  });
});

describe('AppState reading', () => {
  const make = (client: FakeClient) => new AppState({ client, storage: memoryStorage(), languages: ['en'], colorScheme: null });

  it('n/p step through the list; opening loads the annotations with the article', async () => {
    const { client } = setup();
    const [s, e] = at('Witkoff');
    await client.addAnnotation({ articleId: A, start: s, end: e });
    const app = make(client);
    await app.library.refresh();
    await app.stepArticle(1);
    expect(app.reader.openId).toBe('a1');
    expect(app.annotations.articleId).toBe('a1');
    expect(app.annotations.items).toHaveLength(1);
    await app.stepArticle(1);
    expect(app.reader.openId).toBe('b2');
    expect(app.annotations.items).toHaveLength(0);
    await app.stepArticle(1);
    expect(app.reader.openId).toBe('b2');
    await app.stepArticle(-1);
    expect(app.reader.openId).toBe('a1');
  });

  it('mark read / unread updates the list row and the reader at once', async () => {
    const { client } = setup();
    const app = make(client);
    await app.library.refresh();
    await app.open(A);
    await app.toggleRead();
    expect(client.callsOf('updateReadingState').at(-1)!.args).toEqual([A, { read: true }]);
    expect(app.library.rowAt(0)!.readAt).not.toBeNull();
    expect(app.reader.article!.readAt).not.toBeNull();
    await app.toggleRead();
    expect(app.library.rowAt(0)!.readAt).toBeNull();
  });

  it('zoom steps and resets, remembered', () => {
    const storage = memoryStorage();
    const app = new AppState({ client: new FakeClient(), storage, languages: ['en'], colorScheme: null });
    app.zoomBy(1);
    app.zoomBy(1);
    expect(app.zoom).toBe(1.25);
    expect(new AppState({ client: new FakeClient(), storage, languages: ['en'], colorScheme: null }).zoom).toBe(1.25);
    app.zoomBy(0);
    expect(app.zoom).toBe(1);
  });
});
