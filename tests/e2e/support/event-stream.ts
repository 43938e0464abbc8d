import type { Page } from '@playwright/test';

/**
 * Scripts the host's event stream for a test that must see a long task's steps whatever the
 * machine's speed: stream n (EventSource reconnects after each) carries `events[n - 1]`, the
 * last scripted one only once `hold` settles, later streams nothing and a long retry.
 */
export async function scriptEventStream(page: Page, origin: string, events: readonly object[], hold: Promise<void>): Promise<void> {
  let streams = 0;
  await page.route((url) => url.origin === origin && url.pathname === '/api/events', async (route) => {
    const n = ++streams;
    const event = events[n - 1] ?? null;
    if (n === events.length) await hold;
    await route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
      body: `retry: ${n >= 2 ? 60000 : 50}\n\n${event ? `data: ${JSON.stringify(event)}\n\n` : ''}`,
    });
  });
}
