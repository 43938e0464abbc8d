import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is tests/e2e/support/server.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** How long the host may take to open (and seed) a fresh library before we give up. */
const START_TIMEOUT_MS = 30_000;
/** How long the host gets to exit after SIGTERM before it is killed. */
const STOP_GRACE_MS = 5_000;

/** The line `parallax serve` prints: `http://127.0.0.1:PORT/?token=TOKEN`. */
const URL_PATTERN = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+)/;

/** A running `parallax serve` on a library of its own. */
export interface ParallaxServer {
  /** The address with the token, as printed. */
  url: string;
  origin: string;
  token: string;
  libraryPath: string;
  /** Everything the host wrote so far (stdout and stderr), for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * Starts `node bin/parallax.mjs serve --library <temp file> --port 0` and resolves once it
 * printed its URL. A fresh library is filled with the five seed reports by the host; with
 * `libraryPath`, that library is served instead (and left in place on stop); `env` is added to its environment.
 * Rejects (with the host's output) if it exits or stays silent for `START_TIMEOUT_MS`.
 */
export async function startServer(options: { libraryPath?: string; env?: Record<string, string> } = {}): Promise<ParallaxServer> {
  const bin = join(REPO_ROOT, 'bin', 'parallax.mjs');
  for (const needed of [bin, join(REPO_ROOT, 'out', 'node', 'cli.js'), join(REPO_ROOT, 'out', 'renderer', 'index.html')]) {
    if (!existsSync(needed)) throw new Error(`e2e: ${needed} is missing; run "npm run build" before the end-to-end tests`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'parallax-e2e-'));
  const libraryPath = options.libraryPath ?? join(dir, 'library.sqlite');
  const child = spawn(process.execPath, [bin, 'serve', '--library', libraryPath, '--port', '0'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (s: string) => (output += s));
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (output += s));

  const stop = async () => {
    await stopChild(child);
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const match = await new Promise<RegExpExecArray>((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`e2e: parallax serve printed no URL within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
      const check = () => {
        const m = URL_PATTERN.exec(output);
        if (m) {
          clearTimeout(timer);
          resolvePromise(m);
        }
      };
      child.stdout?.on('data', check);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`e2e: parallax serve exited early (code ${code}, signal ${signal})`));
      });
      child.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
    const [url, port, token] = match as unknown as [string, string, string];
    return { url, origin: `http://127.0.0.1:${port}`, token, libraryPath, log: () => output, stop };
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message}\n--- host output ---\n${output}`);
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(killer);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}
