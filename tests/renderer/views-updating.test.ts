import { describe, expect, it } from 'vitest';
import type { TimelinePage, TimelinePageQuery } from '../../src/shared/api';
import { AppState } from '../../src/renderer/src/lib/state/app.svelte';
import { FakeClient } from './fake-client';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

/** A window's state on a fake host, subscribed to its events and loading its list. */
function startedApp() {
  const client = new FakeClient();
  const app = new AppState({ client, storage: memoryStorage(), languages: ['en'], colorScheme: null });
  app.start();
  return { client, app };
}

describe('the views served while they are built again', () => {
  it('are marked as updating from viewsUpdating, the build shown from its start, and read again once it lands', async () => {
    const { client, app } = startedApp();
    app.setView('timeline');
    client.emit({ type: 'taskProgress', task: 'views', step: 'timeline', done: 150, total: 150 });
    client.emit({ type: 'viewsUpdating' });
    expect(app.views.updating).toBe(true);
    // The bar of an earlier build is not this one's.
    expect(app.views.build).toBeNull();
    client.emit({ type: 'taskProgress', task: 'views', step: 'entities', done: 50, total: 500 });
    expect(app.views.build).toEqual({ step: 'entities', done: 50, total: 500 });
    const reads = client.callsOf('getTimelinePage').length;
    client.emit({ type: 'viewsUpdated' });
    expect(app.views.updating).toBe(false);
    expect(client.callsOf('getTimelinePage').length).toBe(reads + 1);
    // The views not on screen are not read.
    expect(client.callsOf('listStorySummaries')).toHaveLength(0);
  });

  it('are marked as updating from a read\'s answer: a window opened in the middle of a build, the line gone once it lands', async () => {
    const { client, app } = startedApp();
    const answers = markedPages(client);
    app.setView('timeline');
    await answers.settle(0, true);
    expect(app.views.updating).toBe(true);
    client.emit({ type: 'viewsUpdated' });
    expect(app.views.updating).toBe(false);
    await answers.settle(1, false);
    expect(app.views.updating).toBe(false);
  });

  it('do not stay marked by an answer that arrives after the build landed', async () => {
    const { client, app } = startedApp();
    const answers = markedPages(client);
    app.setView('timeline');
    // The read was served from the last answer, but the build lands before its answer arrives.
    client.emit({ type: 'viewsUpdated' });
    await answers.settle(0, true);
    expect(app.views.updating).toBe(false);
    // The read the landing started answers current.
    expect(answers.pending()).toBe(1);
    await answers.settle(1, false);
    expect(app.views.updating).toBe(false);
    // A read sent after the landing and served updating belongs to a later build: shown, until that one lands.
    void app.timeline.load();
    await answers.settle(2, true);
    expect(app.views.updating).toBe(true);
    client.emit({ type: 'viewsUpdated' });
    expect(app.views.updating).toBe(false);
  });

  it('are read again when the event stream opens under a line whose build landed unheard', async () => {
    const { client, app } = startedApp();
    const answers = markedPages(client);
    app.setView('timeline');
    // Served during a build whose `viewsUpdated` went out before this window's stream opened.
    await answers.settle(0, true);
    expect(app.views.updating).toBe(true);
    client.emit({ type: 'eventsResumed', again: false });
    expect(app.views.updating).toBe(false);
    await answers.settle(1, false);
    expect(app.views.updating).toBe(false);
    // Still building when read again: the line comes back, and the build's own landing clears it.
    app.views.updating = true;
    client.emit({ type: 'eventsResumed', again: true });
    await answers.settle(2, true);
    expect(app.views.updating).toBe(true);
  });

  it('are not read again when the stream first opens with nothing marked; a stream opened again reads everything', async () => {
    const { client, app } = startedApp();
    app.setView('timeline');
    await expect.poll(() => client.callsOf('getTimelinePage').length).toBe(1);
    const lists = client.callsOf('listArticles').length;
    client.emit({ type: 'eventsResumed', again: false });
    expect(client.callsOf('getTimelinePage')).toHaveLength(1);
    expect(client.callsOf('listArticles')).toHaveLength(lists);
    // After a lost connection anything may have been missed: the list and the view are read again.
    client.emit({ type: 'eventsResumed', again: true });
    await expect.poll(() => client.callsOf('getTimelinePage').length).toBe(2);
    expect(client.callsOf('listArticles').length).toBeGreaterThan(lists);
  });

  it('are marked as updating from the people & places\' answer too', async () => {
    const { client, app } = startedApp();
    const listEntityPage = client.listEntityPage.bind(client);
    client.listEntityPage = async (q) => ({ ...(await listEntityPage(q)), updating: true });
    app.setView('people');
    await expect.poll(() => app.views.updating).toBe(true);
  });

  it('say so in English and German', () => {
    const client = new FakeClient();
    const app = new AppState({ client, storage: memoryStorage(), languages: ['en'], colorScheme: null });
    expect(app.i18n.m.updatingView).toBe('Updating…');
    app.i18n.setLang('de');
    expect(app.i18n.m.updatingView).toBe('Wird aktualisiert…');
  });
});

/**
 * Holds each timeline page read until the test answers it (`settle(i, updating)`: the i-th read,
 * marked or not), so the order of answers and events is the test's.
 */
function markedPages(client: FakeClient) {
  const read = client.getTimelinePage.bind(client);
  const held: { answer: (updating: boolean) => void; done: boolean }[] = [];
  client.getTimelinePage = (query: TimelinePageQuery = {}) =>
    new Promise<TimelinePage>((resolve) => {
      held.push({ answer: (updating) => void read(query).then((page) => resolve(updating ? { ...page, updating: true } : page)), done: false });
    });
  return {
    pending: () => held.filter((h) => !h.done).length,
    async settle(i: number, updating: boolean) {
      await expect.poll(() => held.length).toBeGreaterThan(i);
      held[i]!.done = true;
      held[i]!.answer(updating);
      // Let the answer reach the state.
      for (let k = 0; k < 5; k++) await Promise.resolve();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}
