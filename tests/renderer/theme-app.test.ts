import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/shared/errors';
import { AppState } from '../../src/renderer/src/lib/state/app.svelte';
import { ThemeState } from '../../src/renderer/src/lib/state/theme.svelte';
import { FakeClient, summary } from './fake-client';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

function fakeQuery(matches: boolean) {
  let listener: ((e: { matches: boolean }) => void) | null = null;
  return {
    matches,
    addEventListener: (_: 'change', l: (e: { matches: boolean }) => void) => void (listener = l),
    removeEventListener: () => void (listener = null),
    change: (m: boolean) => listener?.({ matches: m }),
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('ThemeState', () => {
  it('follows the system until a theme is chosen, and remembers the choice', () => {
    const storage = memoryStorage();
    const query = fakeQuery(false);
    const theme = new ThemeState(storage, query);
    expect(theme.resolved).toBe('light');
    query.change(true);
    expect(theme.resolved).toBe('dark');
    theme.cycle();
    expect(theme.choice).toBe('light');
    expect(theme.resolved).toBe('light');
    theme.cycle();
    expect(new ThemeState(storage, fakeQuery(false)).resolved).toBe('dark');
  });
});

describe('AppState', () => {
  const make = (client: FakeClient) => new AppState({ client, storage: memoryStorage(), languages: ['en'], colorScheme: null });

  it('refreshes the list when the library changes', async () => {
    const client = new FakeClient();
    client.items = [summary('a')];
    const app = make(client);
    const stop = app.start();
    await vi.waitFor(() => expect(app.library.length).toBe(1));
    client.items = [summary('a'), summary('b')];
    client.emit({ type: 'libraryChanged' });
    await vi.waitFor(() => expect(app.library.length).toBe(2));
    expect(app.library.rowAt(1)?.id).toBe('b');
    stop();
    expect(client.listeners.size).toBe(0);
  });

  it('shows the token screen for UNAUTHORIZED and one line for other errors', async () => {
    const client = new FakeClient();
    const app = make(client);
    client.failWith = new ApiError('NOT_FOUND', 'library: no article with id "x"');
    await app.open('x' as never);
    // The module tag of an English core message is for the command line, not the window.
    expect(app.error).toBe('No article with id "x"');
    expect(app.isUnauthorized).toBe(false);
    client.failWith = new ApiError('UNAUTHORIZED', 'http: missing or wrong token');
    await app.guard(() => app.library.refresh());
    expect(app.isUnauthorized).toBe(true);
  });

  it('maps menu commands to actions', () => {
    const app = make(new FakeClient());
    app.runCommand('import');
    expect(app.pickFilesRequest).toBe(1);
    app.runCommand('add-text');
    expect(app.dialog).toBe('add-text');
    app.runCommand('theme-dark');
    expect(app.theme.resolved).toBe('dark');
    app.view = 'compare';
    app.runCommand('print');
    expect(app.printRequest).toBe(1);
  });

  it('shows how far a re-extraction of the library got, from the library\'s progress events', async () => {
    const client = new FakeClient();
    client.items = [summary('a'), summary('b'), summary('c')];
    let finish!: () => void;
    const held = new Promise<void>((r) => (finish = r));
    const original = client.reextractArticles.bind(client);
    client.reextractArticles = async (ids) => (await held, original(ids));
    const app = make(client);
    const stop = app.start();
    const running = app.reextractArticles('all');
    expect(app.reextract?.running).toBe(true);
    expect(app.reextract?.progress).toBeUndefined();
    client.emit({ type: 'taskProgress', task: 'reextract', done: 2, total: 3 });
    expect(app.reextract?.progress).toEqual({ done: 2, total: 3 });
    // Another task's progress is not this one's.
    client.emit({ type: 'taskProgress', task: 'compareIndex', done: 1, total: 9 });
    expect(app.reextract?.progress).toEqual({ done: 2, total: 3 });
    // Stop asks the library, which stops between two batches and says so in the report.
    expect(await app.reextracting.cancel()).toBe(true);
    expect(client.callsOf('cancelReextract')).toHaveLength(1);
    finish();
    await running;
    expect(app.reextract).toMatchObject({ running: false, report: { updated: 3 } });
    stop();
  });

  it('shows a re-extraction the library runs by itself (a site’s pages after an import) while it runs, and drops it at its end', async () => {
    const client = new FakeClient();
    const app = make(client);
    const stop = app.start();
    expect(app.reextract).toBeNull();
    client.emit({ type: 'taskProgress', task: 'reextract', done: 0, total: 400 });
    expect(app.reextract).toMatchObject({ scope: 'site', running: true, progress: { done: 0, total: 400 } });
    client.emit({ type: 'taskProgress', task: 'reextract', done: 200, total: 400 });
    expect(app.reextract?.progress).toEqual({ done: 200, total: 400 });
    client.emit({ type: 'taskProgress', task: 'reextract', done: 400, total: 400 });
    expect(app.reextract).toBeNull();
    stop();
  });
});
