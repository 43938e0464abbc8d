import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

/**
 * Memory of a child process from /proc (Linux): VmHWM is the peak resident set the kernel saw
 * (worker threads included: they share the process), VmRSS the resident set now. Null where
 * /proc is not there.
 */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/**
 * Follows a child's peak resident set until it exits: the kernel's own high-water mark, read
 * every 50 ms (the last reading is within 50 ms of the end, and a peak is a plateau, not a
 * spike, for a process that holds what it allocates).
 */
export function watchPeak(child: ChildProcess): { peakMb: () => number; exited: Promise<number | null> } {
  let peak = 0;
  const timer = setInterval(() => {
    const m = child.pid ? memoryOf(child.pid) : null;
    if (m && m.peakMb > peak) peak = m.peakMb;
  }, 50);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      clearInterval(timer);
      resolve(code);
    }),
  );
  return { peakMb: () => peak, exited };
}

/** Runs the built `parallax` with `args`; resolves with its exit code and peak RSS. Its progress is kept out of the bench's output; its errors are printed. */
export async function parallaxPeak(args: string[]): Promise<{ code: number | null; peakMb: number; ms: number }> {
  const t = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'bin/parallax.mjs'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (c) => (err += c));
  const w = watchPeak(child);
  const code = await w.exited;
  if (code !== 0) process.stderr.write(err.split('\n').filter((l) => !/%\s\(/.test(l)).join('\n'));
  return { code, peakMb: w.peakMb(), ms: performance.now() - t };
}

/** Starts `parallax serve` on `library`; resolves with the child and its URL (with the token). */
export async function startServe(library: string): Promise<{ child: ChildProcess; url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/parallax.mjs'), 'serve', '--library', library, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out);
      if (m) resolve(m[0]);
    });
    child.once('exit', () => reject(new Error(`serve exited: ${out}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await gone;
  };
  return { child, url, stop };
}
