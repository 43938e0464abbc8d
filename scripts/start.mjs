#!/usr/bin/env node
// `npm start [-- --library FILE …]`: builds when out/ is missing or older than the sources,
// then starts the desktop app. Where Electron's binary is missing and cannot be downloaded
// (it is downloaded from outside the npm registry), it says so and starts the browser host
// (`parallax serve`) instead, with the same arguments.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const isWindows = process.platform === 'win32';
/** How long the first-run download of Electron's binary may take before we give up on it. */
const ELECTRON_DOWNLOAD_TIMEOUT_MS = 120_000;

const OUTPUTS = ['out/main/index.js', 'out/main/service-worker.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/node/cli.js'];
const INPUTS = ['src', 'bin', 'package.json', 'electron.vite.config.ts', 'scripts/build-node.mjs'];

/** Newest modification time under `path` (a file or a folder, recursively). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

function isBuildStale() {
  const outputs = OUTPUTS.map((p) => join(root, p));
  if (outputs.some((p) => !existsSync(p))) return true;
  const oldestOutput = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  return INPUTS.some((p) => newest(join(root, p)) > oldestOutput);
}

if (isBuildStale()) {
  console.log('parallax: building (out/ is missing or older than the sources)…');
  const npm = isWindows ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: isWindows });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/**
 * The Electron executable, downloading it the way the `electron` package does on first use
 * (requiring it in a child process, so a failed or hung download cannot take us down). Returns
 * null with the reason when there is none.
 */
function findElectron() {
  const dir = join(root, 'node_modules', 'electron');
  if (!existsSync(join(dir, 'package.json'))) return { path: null, reason: 'the electron package is not installed' };
  const pathFile = join(dir, 'path.txt');
  if (existsSync(pathFile)) {
    const exe = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    if (existsSync(exe)) return { path: exe };
  }
  console.log("parallax: fetching Electron's binary (first run)…");
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], {
    cwd: root,
    encoding: 'utf8',
    timeout: ELECTRON_DOWNLOAD_TIMEOUT_MS,
  });
  if (r.status === 0 && r.stdout && existsSync(r.stdout)) return { path: r.stdout };
  const why = r.error?.code === 'ETIMEDOUT' ? `the download did not finish within ${ELECTRON_DOWNLOAD_TIMEOUT_MS / 1000} s` : 'the download failed';
  return { path: null, reason: why };
}

/** Runs `cmd` with our stdio and signals, and exits with its status. */
function runAndExit(cmd, cmdArgs, env = process.env) {
  const child = spawn(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = findElectron();
if (electron.path) {
  // The app folder, not out/main/index.js: package.json's "main" points there, and
  // app.getAppPath() must be the project so the app finds seeds/.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  runAndExit(electron.path, [root, ...args], env);
} else {
  console.log(
    `\nParallax: the desktop shell cannot start on this machine, because Electron's binary could not be downloaded (${electron.reason}; it is downloaded from outside the npm registry, which this machine may not reach). Starting the browser host instead: open the address it prints below in a browser. The library is the same one the desktop app would use.\n`,
  );
  // This launcher starts serve as a child anyway, so the child gets glibc's fixed trim threshold
  // here, on every Node; `parallax serve` run directly sets it itself where Node can re-exec in
  // place (src/cli/malloc-env.ts, with the figures). A value the person set is kept.
  runAndExit(process.execPath, [join(root, 'bin', 'parallax.mjs'), 'serve', ...args], {
    MALLOC_TRIM_THRESHOLD_: '0',
    ...process.env,
  });
}
