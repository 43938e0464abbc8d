import { test as base, expect, type Page } from '@playwright/test';
import type { ArticlePage, ArticleSummary } from '../../../src/shared/api';
import { HTTP_TOKEN_HEADER } from '../../../src/shared/api';
import { startServer, type ParallaxServer } from './server';

interface Fixtures {
  /** A fresh `parallax serve` with its own library (the five seeds) for each test. */
  server: ParallaxServer;
  /** The page opened at the server's printed URL, with the list loaded and the host's events heard. */
  app: Page;
  /** The library as the API lists it, in the UI's order (published-desc). */
  listed: () => Promise<ArticleSummary[]>;
  /** Uncaught errors of the page; a test fails if any happened. */
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  server: async ({}, use) => {
    const server = await startServer();
    try {
      await use(server);
    } finally {
      await server.stop();
    }
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await use(errors);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
  app: async ({ page, server, pageErrors }, use) => {
    void pageErrors;
    // The window opens its event stream after its first reads, and hears nothing the host says
    // before: a test that changes the library from outside it (another window, the desktop menu)
    // starts once the host has the stream (it answers as it takes it in), not once the list shows.
    const hearing = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/events');
    await page.goto(server.url);
    await expect(page.getByRole('listbox', { name: 'Reports' }).getByRole('option').first()).toBeVisible();
    await hearing;
    await use(page);
  },
  listed: async ({ request, server }, use) => {
    await use(async () => {
      const res = await request.post(`${server.origin}/api/listArticles`, {
        headers: { [HTTP_TOKEN_HEADER]: server.token, 'content-type': 'application/json' },
        data: [{ sort: 'published-desc' }],
      });
      const body = (await res.json()) as { ok: boolean; value: ArticlePage };
      expect(body.ok).toBe(true);
      return body.value.items;
    });
  },
});

export { expect };
