import { describe, expect, it } from 'vitest';
import type { ArticleId } from '../../src/shared/api';
import { NoteDrafts } from '../../src/renderer/src/lib/state/note-drafts.svelte';
import { AnnotationsState } from '../../src/renderer/src/lib/state/annotations.svelte';
import { FakeClient, fullArticle, summary } from './fake-client';

/** Timers run by hand: what a pause in typing sends is seen without waiting. */
function manualTimers() {
  const due = new Map<number, () => void>();
  let next = 0;
  return {
    setTimer: (fn: () => void) => (due.set(++next, fn), next),
    clearTimer: (h: unknown) => void due.delete(h as number),
    runAll: () => [...due.entries()].forEach(([k, fn]) => (due.delete(k), fn())),
  };
}

async function setup() {
  const client = new FakeClient();
  const s = summary('a1', { title: 'Titel' });
  client.items = [s];
  client.articles.set('a1', fullArticle(s, { text: 'Das Treffen dauerte über vier Stunden.', blocks: [] }));
  const a = await client.addAnnotation({ articleId: 'a1' as ArticleId, start: 0, end: 11, note: 'alt' });
  const timers = manualTimers();
  const drafts = new NoteDrafts({ api: client, setTimer: timers.setTimer, clearTimer: timers.clearTimer });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { client, id: a.id, timers, drafts, settle };
}

describe('NoteDrafts', () => {
  it('sends typing to the library after a pause, once, and says when it is kept', async () => {
    const { client, id, timers, drafts, settle } = await setup();
    drafts.keep(id, 'n', 'alt');
    drafts.keep(id, 'neu', 'alt');
    expect(drafts.keeping(id)).toBe('sending');
    expect(client.noteDrafts.size).toBe(0);
    timers.runAll();
    await settle();
    expect(client.noteDrafts.get(id)).toMatchObject({ text: 'neu', basedOn: 'alt' });
    expect(client.calls.filter((c) => c.method === 'saveNoteDraft')).toHaveLength(1);
    expect(drafts.keeping(id)).toBe('kept');
  });

  it('a new window reads the drafts a restart left', async () => {
    const { client, id, drafts, settle } = await setup();
    drafts.keep(id, 'halb getippt', 'alt');
    drafts.flush();
    await settle();
    const again = new NoteDrafts({ api: client });
    await again.load();
    expect(again.get(id)).toEqual({ text: 'halb getippt', basedOn: 'alt' });
    expect(again.isBehind(id, 'alt')).toBe(false);
    expect(again.isBehind(id, 'anderswo gespeichert')).toBe(true);
  });

  it('typing back to the saved note, or clearing, ends the draft in the library', async () => {
    const { client, id, drafts, settle } = await setup();
    drafts.keep(id, 'neu', 'alt');
    drafts.flush();
    await settle();
    drafts.keep(id, 'alt ', 'alt');
    await settle();
    expect(drafts.has(id)).toBe(false);
    expect(client.noteDrafts.size).toBe(0);
  });

  it('a draft typed elsewhere since this window read them is neither overwritten nor dropped from here', async () => {
    const { client, id, drafts, settle } = await setup();
    await drafts.load();
    await client.saveNoteDraft(id, { text: 'aus dem anderen Fenster', basedOn: 'alt' });
    drafts.keep(id, 'hier getippt', 'alt');
    drafts.flush(id);
    await settle();
    expect(drafts.keeping(id)).toBe('elsewhere');
    expect(drafts.get(id)?.text).toBe('hier getippt');
    drafts.clear(id);
    await settle();
    expect(client.noteDrafts.get(id)?.text).toBe('aus dem anderen Fenster');
  });

  it('one window goes on typing its own draft across many writes', async () => {
    const { client, id, timers, drafts, settle } = await setup();
    for (const text of ['a', 'ab', 'abc']) {
      drafts.keep(id, text, 'alt');
      timers.runAll();
      await settle();
    }
    expect(client.noteDrafts.get(id)?.text).toBe('abc');
    expect(drafts.keeping(id)).toBe('kept');
  });

  it('a draft ended elsewhere goes here on the next read; one still being sent stays', async () => {
    const { client, id, drafts } = await setup();
    await client.saveNoteDraft(id, { text: 'x', basedOn: 'alt' });
    await drafts.load();
    expect(drafts.has(id)).toBe(true);
    await client.saveNoteDraft(id, null);
    await drafts.load();
    expect(drafts.has(id)).toBe(false);
    drafts.keep(id, 'getippt', 'alt');
    await drafts.load();
    expect(drafts.get(id)?.text).toBe('getippt');
  });

  it('a library that refuses the draft leaves it in this window, said so', async () => {
    const { client, id, drafts, settle } = await setup();
    client.saveNoteDraft = () => Promise.reject(new Error('DB_CORRUPT'));
    drafts.keep(id, 'neu', 'alt');
    drafts.flush(id);
    await settle();
    expect(drafts.keeping(id)).toBe('window-only');
    await drafts.load();
    expect(drafts.get(id)?.text).toBe('neu');
  });

  it('an undone delete brings the highlight back with its draft, in the library too; a redo takes both again', async () => {
    const { client, id, drafts, settle } = await setup();
    const notes = new AnnotationsState(client);
    notes.drafts = drafts;
    await notes.load('a1' as ArticleId);
    drafts.keep(id, 'halb getippt', 'alt');
    drafts.flush();
    await settle();
    await notes.remove(id);
    expect(drafts.has(id)).toBe(false);
    expect(client.noteDrafts.has(id)).toBe(false);
    await notes.undo();
    await settle();
    expect(notes.byId(id)).toBeDefined();
    expect(drafts.get(id)).toEqual({ text: 'halb getippt', basedOn: 'alt' });
    expect(client.noteDrafts.get(id)).toMatchObject({ text: 'halb getippt', basedOn: 'alt' });
    expect(drafts.keeping(id)).toBe('kept');
    // Another window (a restart) reads it there.
    const again = new NoteDrafts({ api: client });
    await again.load();
    expect(again.get(id)).toEqual({ text: 'halb getippt', basedOn: 'alt' });
    await notes.redo();
    expect(drafts.has(id)).toBe(false);
    await notes.undo();
    await settle();
    expect(client.noteDrafts.get(id)).toMatchObject({ text: 'halb getippt' });
  });

  it('a draft still waiting for the pause in typing when its highlight is deleted comes back too, and is not sent meanwhile', async () => {
    const { client, id, timers, drafts, settle } = await setup();
    const notes = new AnnotationsState(client);
    notes.drafts = drafts;
    await notes.load('a1' as ArticleId);
    drafts.keep(id, 'noch nicht gesendet', 'alt');
    await notes.remove(id);
    timers.runAll();
    await settle();
    expect(client.calls.filter((c) => c.method === 'saveNoteDraft')).toHaveLength(0);
    await notes.undo();
    await settle();
    expect(client.noteDrafts.get(id)).toMatchObject({ text: 'noch nicht gesendet' });
  });
});
