import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { REPO_ROOT, startServer, type ParallaxServer } from './server';

/**
 * A test whose library is built once per worker from generated JSON Lines records by the real
 * `parallax ingest` (in a temporary folder), and whose server opens it. For specs that need more
 * reports than the seeds: the records are invented text, so nothing licensed is shipped.
 */
export function withGeneratedLibrary(prefix: string, records: () => string[]) {
  return base.extend<{ server: ParallaxServer }, { library: string }>({
    library: [
      async ({}, use) => {
        const dir = mkdtempSync(join(tmpdir(), `parallax-${prefix}-`));
        const data = join(dir, 'reports.jsonl');
        writeFileSync(data, records().join('\n'));
        const library = join(dir, 'library.sqlite');
        const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'parallax.mjs'), 'ingest', data, '--library', library, '--json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
        if (r.status !== 0) throw new Error(`e2e: ingest failed: ${r.stderr}`);
        await use(library);
        rmSync(dir, { recursive: true, force: true });
      },
      { scope: 'worker', timeout: 180_000 },
    ],
    server: async ({ library }, use) => {
      const server = await startServer({ libraryPath: library });
      try {
        await use(server);
      } finally {
        await server.stop();
      }
    },
  });
}
