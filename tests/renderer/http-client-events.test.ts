import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/renderer/src/lib/http-client';
import type { ParallaxEvent } from '../../src/shared/events';

/** A stand-in for the browser's EventSource: counts the streams opened and lets the test send. */
class FakeSource {
  static open: FakeSource[] = [];
  onmessage: ((m: { data: string }) => void) | null = null;
  onopen: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeSource.open.push(this);
  }
  close(): void {
    this.closed = true;
  }
  send(event: ParallaxEvent): void {
    this.onmessage?.({ data: JSON.stringify(event) });
  }
}

const g = globalThis as { EventSource?: unknown };
afterEach(() => {
  delete g.EventSource;
  FakeSource.open = [];
});

describe('the HTTP client’s events', () => {
  it('gives every listener of a window the same one stream, and closes it when the last goes', () => {
    g.EventSource = FakeSource;
    const client = createHttpClient('http://127.0.0.1:1/', 'tok', (async () => new Response('{}')) as typeof fetch);
    const a: ParallaxEvent[] = [];
    const b: ParallaxEvent[] = [];
    const offA = client.onEvent((e) => a.push(e));
    const offB = client.onEvent((e) => b.push(e));
    expect(FakeSource.open).toHaveLength(1);
    expect(FakeSource.open[0]!.url).toBe('http://127.0.0.1:1/api/events?token=tok');
    FakeSource.open[0]!.send({ type: 'rebuildDone' } as ParallaxEvent);
    expect(a).toEqual([{ type: 'rebuildDone' }]);
    expect(b).toEqual([{ type: 'rebuildDone' }]);
    offA();
    expect(FakeSource.open[0]!.closed).toBe(false);
    offB();
    expect(FakeSource.open[0]!.closed).toBe(true);
    // A listener after that opens a stream again.
    client.onEvent(() => {});
    expect(FakeSource.open).toHaveLength(2);
  });

  it('tells its listeners each time the stream opens, since what the host sent before was not heard', () => {
    g.EventSource = FakeSource;
    const client = createHttpClient('http://127.0.0.1:1/', 'tok', (async () => new Response('{}')) as typeof fetch);
    const heard: ParallaxEvent[] = [];
    client.onEvent((e) => heard.push(e));
    expect(heard).toEqual([]);
    FakeSource.open[0]!.onopen?.();
    // The browser opens the stream again by itself after a lost connection.
    FakeSource.open[0]!.onopen?.();
    expect(heard).toEqual([{ type: 'eventsResumed', again: false }, { type: 'eventsResumed', again: true }]);
  });
});
