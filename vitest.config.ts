import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Many tests do real work (spawn the CLI, ingest, start workers). On a 2-core machine that
    // another process keeps busy they take several times as long as on an idle one; a timeout
    // is there to end a hang, not to measure speed (that is bench/'s job).
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The CLI words its output in the locale's language; tests that want German ask for it.
    env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  },
});
