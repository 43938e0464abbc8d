import type { Page, Route } from '@playwright/test';

/** Lets a held call go on; `asked` settles once the window has made the call (it is then held). */
export type Release = (() => void) & { asked: Promise<void> };

/**
 * Holds the library's answer to `method` until the returned function is called, so what the
 * window shows while it waits (a build's bar, an import's Stop) stays in sight as long as a test
 * needs, without any fixed wait. Its `asked` tells when the window has made the call: what the
 * window does before it (an import sends its files first) may take longer than a test's next step.
 */
export function held(page: Page, method: string): Promise<Release> {
  return hold(page, method, async (route, gate) => {
    await gate;
    await route.continue();
  });
}

/**
 * Lets the call to `method` reach the library but holds its answer from the window until the
 * returned function is called. What the library says on the event stream before it answers
 * (an import's last count) comes on another channel than the answer, and may be handled after
 * it; a test that needs the window to have shown it waits for it to show, then releases.
 */
export function heldAnswer(page: Page, method: string): Promise<Release> {
  return hold(page, method, async (route, gate) => {
    // No limit of its own: an import of many reports on a loaded machine answers after minutes.
    const response = await route.fetch({ timeout: 0 });
    await gate;
    await route.fulfill({ response });
  });
}

/** Routes `method` through `handle`, given a gate the returned release opens; `asked` settles as the window makes the call. */
async function hold(page: Page, method: string, handle: (route: Route, gate: Promise<void>) => Promise<void>): Promise<Release> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let ask!: () => void;
  const asked = new Promise<void>((r) => (ask = r));
  await page.route(`**/api/${method}`, async (route) => {
    ask();
    await handle(route, gate);
  });
  return Object.assign(() => release(), { asked });
}
