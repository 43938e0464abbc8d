import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * Smoke test of the real desktop shell: Electron starts the built app (`out/main/index.js`, the
 * `main` of package.json) on a fresh profile, and the window lists the five seed reports.
 *
 * Electron's binary is not in the npm package: it is downloaded from GitHub on first use. Where
 * it is missing this spec skips, and it looks without triggering that download (requiring
 * `electron` would start it).
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron');

/** The Electron executable if it is installed, else why not. */
function findElectron(): { path: string } | { missing: string } {
  const pathFile = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      missing: `Electron binary not present (${pathFile} does not exist: the binary was never downloaded) and it cannot be downloaded here, since this machine reaches only the npm registry`,
    };
  }
  const exe = join(ELECTRON_DIR, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(exe)) {
    return { missing: `Electron binary not present at ${exe} and it cannot be downloaded here` };
  }
  return { path: exe };
}

test('the desktop window shows the library with the five seed reports', async () => {
  const found = findElectron();
  test.skip('missing' in found, 'missing' in found ? found.missing : '');
  if (!('path' in found)) return;
  for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    expect(existsSync(join(ROOT, built)), `${built} is missing; run "npm run build" first`).toBe(true);
  }
  const profile = mkdtempSync(join(tmpdir(), 'parallax-electron-e2e-'));
  const app = await electron.launch({
    executablePath: found.path,
    // The app folder, so app.getAppPath() is the repo (seeds/) and package.json's main runs.
    args: [ROOT, `--user-data-dir=${profile}`, ...(process.env.CI ? ['--no-sandbox'] : [])],
    env: { ...process.env, PARALLAX_LIBRARY: join(profile, 'library.sqlite') },
  });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle(/Parallax/);
    await expect(window.getByRole('listbox').getByRole('option')).toHaveCount(5);
    // The preload exposed the client and nothing that reaches Node.
    const exposed = await window.evaluate(() => ({
      parallax: typeof (window as unknown as { parallax?: unknown }).parallax,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({ parallax: 'object', require: 'undefined', process: 'undefined' });
  } finally {
    await app.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
