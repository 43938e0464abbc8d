import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests of the renderer against the real HTTP host (`parallax serve`), in
 * Debian's Chromium. Build first: `npm run build` (the host serves out/renderer and runs
 * out/node/cli.js), then `npx playwright test`.
 */
export default defineConfig({
  // The end-to-end specs, and the attack suite's browser cases (hostile content in Chromium).
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'security/**/*.spec.ts'],
  outputDir: 'test-results/',
  workers: 1,
  retries: 0,
  fullyParallel: false,
  // Generous, because the suite must pass on a 2-core machine that another process keeps busy:
  // every wait is for a state a person would see, so a longer limit costs nothing when it is
  // reached early and only ends a real hang.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1360, height: 860 },
    locale: 'en-GB',
    colorScheme: 'light',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
