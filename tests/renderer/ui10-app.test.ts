import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/shared/errors';
import type { ArticleId } from '../../src/shared/api';
import { AppState } from '../../src/renderer/src/lib/state/app.svelte';
import { onAppKey } from '../../src/renderer/src/lib/app-keys';
import { FakeClient, summary } from './fake-client';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}
const make = (client: FakeClient) => new AppState({ client, storage: memoryStorage(), languages: ['en'], colorScheme: null });
const ctrlZ = () => ({ key: 'z', code: 'KeyZ', ctrlKey: true, metaKey: false, altKey: false, shiftKey: false, target: null, defaultPrevented: false, preventDefault() {} }) as unknown as KeyboardEvent;
const id = (s: string) => s as ArticleId;

describe('Ctrl/Cmd+Z with the trash line and the version line both showing', () => {
  it('takes back the newer of the two', async () => {
    // The key goes to the window, not a text field (no DOM here: nothing is an element).
    vi.stubGlobal('HTMLElement', class {});
    const client = new FakeClient();
    client.items = [summary('a'), summary('b')];
    const app = make(client);
    await app.trash.move([id('a')]);
    await app.versions.use(id('b'), 'B');
    onAppKey(app, ctrlZ(), () => {});
    await vi.waitFor(() => expect(client.callsOf('undoNewVersion')).toHaveLength(1));
    expect(client.callsOf('restoreArticles')).toHaveLength(0);

    await app.versions.use(id('b'), 'B');
    await app.trash.move([id('a')]);
    onAppKey(app, ctrlZ(), () => {});
    await vi.waitFor(() => expect(client.callsOf('restoreArticles')).toHaveLength(1));
    expect(client.callsOf('undoNewVersion')).toHaveLength(1);
    vi.unstubAllGlobals();
  });
});

describe('Ctrl/Cmd+Shift+Z and Ctrl+Y after a trash move was undone', () => {
  it('move the reports to the trash again, once per undo', async () => {
    vi.stubGlobal('HTMLElement', class {});
    const client = new FakeClient();
    client.items = [summary('a'), summary('b')];
    const app = make(client);
    let prevented = 0;
    const key = (k: string, shiftKey: boolean) => ({ ...ctrlZ(), key: k, code: `Key${k.toUpperCase()}`, shiftKey, preventDefault: () => void prevented++ }) as unknown as KeyboardEvent;
    await app.trash.move([id('a')]);
    onAppKey(app, ctrlZ(), () => {});
    await vi.waitFor(() => expect(client.callsOf('restoreArticles')).toHaveLength(1));
    onAppKey(app, key('Z', true), () => {});
    await vi.waitFor(() => expect(client.callsOf('trashArticles')).toHaveLength(2));
    expect(app.trash.lastMoved).toEqual(['a']);
    onAppKey(app, ctrlZ(), () => {});
    await vi.waitFor(() => expect(client.callsOf('restoreArticles')).toHaveLength(2));
    onAppKey(app, key('y', false), () => {});
    await vi.waitFor(() => expect(client.callsOf('trashArticles')).toHaveLength(3));
    expect(prevented).toBe(2);
    // Nothing undone since: the key is not the trash's (nor anyone's) to take, and is left to the browser.
    onAppKey(app, key('y', false), () => {});
    expect(prevented).toBe(2);
    expect(client.callsOf('trashArticles')).toHaveLength(3);
    vi.unstubAllGlobals();
  });
});

describe('a damaged library in the window', () => {
  it('is known from the event, from getAppInfo, and from any call that fails with DB_CORRUPT', async () => {
    const client = new FakeClient();
    const app = make(client);
    expect(app.health.damaged).toBe(false);
    client.emit({ type: 'libraryDamaged' });
    app.start();
    client.emit({ type: 'libraryDamaged' });
    expect(app.health.damaged).toBe(true);

    const again = make(new FakeClient());
    await again.guard(() => Promise.reject(new ApiError('DB_CORRUPT', 'store: library "x" is damaged')));
    expect(again.health.damaged).toBe(true);
    expect(again.error).toContain('damaged');

    const third = new FakeClient();
    third.damaged = true;
    const app3 = make(third);
    await app3.health.load();
    expect(app3.health.damaged).toBe(true);
  });

  it('rescues and keeps where the new file is', async () => {
    const client = new FakeClient();
    client.rescue = { from: '/l.sqlite', to: '/l.rescued-1.sqlite', tables: [{ table: 'articles', kept: 5, refused: 0, damaged: false }] };
    const app = make(client);
    await app.health.rescue();
    expect(app.health.rescued?.to).toBe('/l.rescued-1.sqlite');
    expect(app.health.rescuing).toBe(false);
  });

  it('shows how far a running rescue has read, and nothing once it ended', async () => {
    const client = new FakeClient();
    const app = make(client);
    let finish!: (r: Awaited<ReturnType<FakeClient['rescueLibrary']>>) => void;
    client.rescueLibrary = () => new Promise((r) => (finish = r));
    // Progress of a rescue not asked here (another window's) is not shown as this one's.
    app.handleEvent({ type: 'taskProgress', task: 'rescue', done: 1, total: 4 });
    expect(app.health.rescueShare).toBeNull();
    const running = app.health.rescue();
    app.handleEvent({ type: 'taskProgress', task: 'rescue', done: 300, total: 1200 });
    expect(app.health.rescueShare).toBe(0.25);
    finish({ from: '/l.sqlite', to: '/l.rescued-2.sqlite', tables: [] });
    await running;
    expect(app.health.rescueShare).toBeNull();
  });
});
