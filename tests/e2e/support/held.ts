import type { Page } from '@playwright/test';

/**
 * Holds the library's answer to `method` until the returned function is called, so what the
 * window shows while it waits (a build's bar, an import's Stop) stays in sight as long as a test
 * needs, without any fixed wait.
 */
export async function held(page: Page, method: string): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route(`**/api/${method}`, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}
