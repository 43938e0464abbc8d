import { describe, expect, it } from 'vitest';
import { RebuildState } from '../../src/renderer/src/lib/state/rebuild.svelte';
import { PROGRESS_DELAY_MS } from '../../src/renderer/src/lib/state/ingest.svelte';
import { FakeClient } from './fake-client';
import { CatchUpState } from '../../src/renderer/src/lib/state/catch-up.svelte';

function manualTimers() {
  const pending: { fn: () => void; ms: number }[] = [];
  return { pending, setTimer: (fn: () => void, ms: number) => pending.push({ fn, ms }), fire: () => pending.splice(0).forEach((t) => t.fn()) };
}

describe('RebuildState', () => {
  it('learns a rebuild already running from the library, follows its events, and shows it only after the delay', async () => {
    const client = new FakeClient();
    client.rebuilding = { dataset: 'search-index', done: 500, total: 10000 };
    const timers = manualTimers();
    const r = new RebuildState({ api: client, setTimer: timers.setTimer });
    await r.load();
    expect(r.status).toEqual({ dataset: 'search-index', done: 500, total: 10000 });
    expect(r.isRebuilding('search-index')).toBe(true);
    expect(r.show).toBe(false);
    expect(timers.pending.map((t) => t.ms)).toEqual([PROGRESS_DELAY_MS]);
    timers.fire();
    expect(r.show).toBe(true);

    r.handleEvent({ type: 'rebuildProgress', dataset: 'near-duplicates', done: 2000, total: 10000 });
    expect(r.isRebuilding('search-index')).toBe(false);
    expect(r.status?.done).toBe(2000);
    r.handleEvent({ type: 'rebuildDone' });
    expect(r.status).toBeNull();
    expect(r.show).toBe(false);
  });

  it('shows nothing for a rebuild that ends within the delay', () => {
    const timers = manualTimers();
    const r = new RebuildState({ api: new FakeClient(), setTimer: timers.setTimer });
    r.handleEvent({ type: 'rebuildProgress', dataset: 'search-index', done: 0, total: 5 });
    r.handleEvent({ type: 'rebuildDone' });
    timers.fire();
    expect(r.show).toBe(false);
  });

  it('keeps what an event said over an older answer from the library', async () => {
    const client = new FakeClient();
    client.rebuilding = { dataset: 'search-index', done: 0, total: 5 };
    const r = new RebuildState({ api: client });
    r.handleEvent({ type: 'rebuildProgress', dataset: 'search-index', done: 4, total: 5 });
    await r.load();
    expect(r.status?.done).toBe(4);
    // Not even a rebuild the library still reported as running when it had finished.
    const late = new RebuildState({ api: client });
    late.handleEvent({ type: 'rebuildDone' });
    await late.load();
    expect(late.status).toBeNull();
  });
});

describe('CatchUpState', () => {
  it('shows a catch-up that outlasts the delay, with its count, until every report is done', () => {
    const timers = manualTimers();
    const c = new CatchUpState(timers.setTimer);
    c.progress(0, 9884);
    expect(c.show).toBe(false);
    expect(timers.pending.map((t) => t.ms)).toEqual([PROGRESS_DELAY_MS]);
    c.progress(2176, 9884);
    timers.fire();
    expect(c.show).toBe(true);
    expect(c.status).toEqual({ done: 2176, total: 9884 });
    c.progress(9884, 9884);
    expect(c.status).toBeNull();
    expect(c.show).toBe(false);
  });

  it('never shows the few reports of an ordinary import', () => {
    const timers = manualTimers();
    const c = new CatchUpState(timers.setTimer);
    c.progress(0, 3);
    c.progress(3, 3);
    timers.fire();
    expect(c.show).toBe(false);
  });
});
