import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/renderer/src/lib/state/app.svelte';
import { FakeClient } from './fake-client';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('the views served while they are built again', () => {
  it('are marked as updating from viewsUpdating, the build shown from its start, and read again once it lands', async () => {
    const client = new FakeClient();
    const app = new AppState({ client, storage: memoryStorage(), languages: ['en'], colorScheme: null });
    app.start();
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

  it('say so in English and German', () => {
    const client = new FakeClient();
    const app = new AppState({ client, storage: memoryStorage(), languages: ['en'], colorScheme: null });
    expect(app.i18n.m.updatingView).toBe('Updating…');
    app.i18n.setLang('de');
    expect(app.i18n.m.updatingView).toBe('Wird aktualisiert…');
  });
});
