import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS, tempDir } from '../support/temp';

/**
 * Runs the *built* main process (out/main/index.js, as electron-vite bundled it) in Node with
 * `electron` resolved to a fake, so the bundle's imports, the worker file next to it
 * (out/main/service-worker.js) and the IPC binding are checked as they ship. Needs
 * `npx electron-vite build` first; skips without it.
 */
const MAIN = join(ROOT, 'out', 'main', 'index.js');
const REGISTER = join(ROOT, 'tests', 'main', 'built', 'register.mjs');

describe.skipIf(!existsSync(MAIN))('built main bundle', () => {
  it('opens the seeded library on its worker thread and answers IPC calls', () => {
    const tmp = tempDir('parallax-built-');
    try {
      const appPath = join(tmp.dir, 'app');
      mkdirSync(appPath);
      symlinkSync(SEEDS, join(appPath, 'seeds'));
      const r = spawnSync(process.execPath, ['--import', REGISTER, MAIN, '--library', join(tmp.dir, 'lib.sqlite')], {
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, FAKE_APP_DATA: join(tmp.dir, 'appData'), FAKE_APP_PATH: appPath, FAKE_RESOURCES_PATH: join(tmp.dir, 'res') },
      });
      const lines = r.stdout
        .split('\n')
        .filter((l) => l.startsWith('FAKE '))
        .map((l) => JSON.parse(l.slice(5)) as Record<string, unknown>);
      const found = Object.assign({}, ...lines) as {
        webPreferences?: Record<string, unknown>;
        list?: { ok: boolean; value: { total: number } };
        info?: { ok: boolean; value: { host: string; libraryPath: string } };
        errorBox?: unknown;
      };
      expect(found.errorBox, r.stderr).toBeUndefined();
      expect(r.status, r.stderr).toBe(0);
      expect(found.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        preload: join(ROOT, 'out', 'preload', 'index.cjs'),
      });
      expect(found.list).toMatchObject({ ok: true, value: { total: 5 } });
      expect(found.info).toMatchObject({ ok: true, value: { host: 'electron', libraryPath: join(tmp.dir, 'lib.sqlite') } });
    } finally {
      tmp.cleanup();
    }
  });
});
