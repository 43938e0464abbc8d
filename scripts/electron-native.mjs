#!/usr/bin/env node
// Builds better-sqlite3 for Electron into build/electron-native/better_sqlite3.node, leaving
// node_modules/better-sqlite3 (Node's build, which the tests and the CLI use) untouched. The
// desktop shell passes this file to better-sqlite3 as `nativeBinding` when it exists.
//
// It works on a copy of the package in a temporary folder: first it asks prebuild-install for
// the maintainers' Electron prebuild, then it compiles with node-gyp against Electron's
// headers (electronjs.org). Both need the internet beyond the npm registry; when neither host
// answers it says so in one sentence and exits 1.
//
// Usage: node scripts/electron-native.mjs [--arch x64|arm64]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'build', 'electron-native', 'better_sqlite3.node');
const HEADERS_URL = 'https://electronjs.org/headers';
const PREBUILD_HOST = 'https://github.com';
/** How long a host may take to answer before we call it unreachable. */
const PROBE_TIMEOUT_MS = 10_000;

const archFlag = process.argv.indexOf('--arch');
const arch = archFlag > 0 ? process.argv[archFlag + 1] : process.arch;
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
const electronVersion = readJson(join(root, 'node_modules', 'electron', 'package.json')).version;
const sqliteDir = join(root, 'node_modules', 'better-sqlite3');
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);

/** True when `url` answers at all within the timeout (any HTTP status counts). */
async function reachable(url) {
  try {
    await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return true;
  } catch {
    return false;
  }
}

const run = (cmd, args, cwd) => spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, npm_config_runtime: 'electron' } }).status === 0;

const devDir = join(homedir(), '.electron-gyp');
const haveHeaders = existsSync(join(devDir, electronVersion, 'include', 'node', 'node.h'));
const canPrebuild = await reachable(PREBUILD_HOST);
const canCompile = haveHeaders || (await reachable(`${HEADERS_URL}/v${electronVersion}/`));
if (!canPrebuild && !canCompile) {
  console.error(
    `electron-native: cannot build better-sqlite3 for Electron ${electronVersion} because neither its prebuilt binary (${PREBUILD_HOST}) nor Electron's headers (${HEADERS_URL}) can be downloaded from this machine; run this script where the internet is reachable, or package with "npm run dist" (electron-builder install-app-deps) there.`,
  );
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'parallax-electron-native-'));
try {
  const pkg = join(work, 'better-sqlite3');
  // Sources only: the copy must not start from Node's compiled objects.
  cpSync(sqliteDir, pkg, { recursive: true, filter: (src) => !src.startsWith(join(sqliteDir, 'build')) });
  const built = join(pkg, 'build', 'Release', 'better_sqlite3.node');
  let ok = false;
  if (canPrebuild) {
    console.log(`electron-native: fetching the better-sqlite3 prebuild for Electron ${electronVersion} (${arch})…`);
    ok = run(process.execPath, [bin('prebuild-install', 'bin.js'), '--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--verbose'], pkg) && existsSync(built);
  }
  if (!ok && canCompile) {
    console.log(`electron-native: compiling better-sqlite3 against Electron ${electronVersion}'s headers (${arch})…`);
    ok = run(process.execPath, [
      bin('node-gyp', join('bin', 'node-gyp.js')),
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      `--dist-url=${HEADERS_URL}`,
      `--devdir=${devDir}`,
    ], pkg) && existsSync(built);
  }
  if (!ok) {
    console.error(`electron-native: building better-sqlite3 for Electron ${electronVersion} failed (see the output above); nothing was written to ${out}.`);
    process.exit(1);
  }
  mkdirSync(dirname(out), { recursive: true });
  cpSync(built, out);
  console.log(`electron-native: wrote ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
