import { test as base, expect, type Page } from '@playwright/test';
import type { ArticlePage, ArticleSummary } from '../../../src/shared/api';
import { HTTP_TOKEN_HEADER } from '../../../src/shared/api';
import { startServer, type ParallaxServer } from './server';

interface Fixtures {
  /** A fresh `parallax serve` with its own library (the five seeds) for each test. */
  server: ParallaxServer;
  /** The page opened at the server's printed URL, with the list loaded. */
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
    await page.goto(server.url);
    await expect(page.getByRole('listbox', { name: 'Reports' }).getByRole('option').first()).toBeVisible();
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
