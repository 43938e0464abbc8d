import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { procStatCpuMs } from '../../../src/core/worker/thread-cpu';

/** The repository root (this file is tests/e2e/support/server.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * How much CPU the host may use opening (and seeding) a fresh library without printing its URL
 * before we give up: CPU time, since at load 30 a host that needs ~2 s of CPU took over 30 s of
 * wall time, and a wall-time limit of 30 s failed tests that had done nothing wrong.
 */
const START_CPU_MS = 30_000;
/** The wall-time backstop for a host that prints nothing and uses no CPU (blocked): under a test's 120 s, so its output is shown. */
const START_BACKSTOP_MS = 100_000;
/** How often the host's CPU time is read while it starts. */
const CPU_LOOK_MS = 500;
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
 * Rejects (with the host's output) if it exits, or stays silent past `START_CPU_MS` of its CPU
 * time or `START_BACKSTOP_MS` of wall time.
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
      const started = Date.now();
      const done = () => (clearTimeout(backstop), clearInterval(look));
      const backstop = setTimeout(() => (done(), reject(new Error(`e2e: parallax serve printed no URL within ${START_BACKSTOP_MS} ms`))), START_BACKSTOP_MS);
      const look = setInterval(() => {
        const cpu = hostCpuMs(child.pid);
        if (cpu !== null && cpu >= START_CPU_MS) {
          done();
          reject(new Error(`e2e: parallax serve used ${Math.round(cpu)} ms of CPU in ${Date.now() - started} ms without printing its URL`));
        }
      }, CPU_LOOK_MS);
      const check = () => {
        const m = URL_PATTERN.exec(output);
        if (m) {
          done();
          resolvePromise(m);
        }
      };
      child.stdout?.on('data', check);
      child.once('exit', (code, signal) => {
        done();
        reject(new Error(`e2e: parallax serve exited early (code ${code}, signal ${signal})`));
      });
      child.once('error', (e) => {
        done();
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

/** A process's CPU time so far (all its threads), or null where /proc cannot tell. */
export function hostCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const ms = procStatCpuMs(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return Number.isNaN(ms) ? null : ms;
  } catch {
    return null;
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
