/**
 * glibc's `malloc` settings for `parallax serve`, a host that stays open for hours.
 *
 * By default glibc raises its trim threshold each time a large block (128 KiB to 32 MiB) it had
 * mapped on its own is freed, up to 64 MiB, and a thread's arena gives pages back only when more
 * than that lies free at its top. One such free anywhere in the process is enough (which ones a
 * host frees was not traced), and from then on what a finished worker or a search freed stays
 * resident. A fixed threshold turns that raising off. Measured
 * on the bench's 100k visit (main's build with and without it, alternating, load 10–17, medians):
 * serve's RSS after the four searches 232 → 189 MB (peak 233 → 200), and with the names regrouped
 * meanwhile 301 → 264 MB (peak 314 → 277, 3 s after the grouping 244 → 198), at the same CPU
 * (`core/search/README.md`).
 *
 * glibc reads these variables once, when the process starts, and Node offers no `mallopt`: the
 * only way in is the environment the process is started with. Hence the relaunch below.
 */
export const SERVE_MALLOC_ENV: Readonly<Record<string, string>> = {
  MALLOC_TRIM_THRESHOLD_: '0',
};

/** What the relaunch decision reads of the running process. */
export interface ProcessFacts {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  execPath: string;
  execArgv: readonly string[];
  /** `process.argv`: node, the script, then the command's arguments. */
  argv: readonly string[];
  /** Whether the C library is glibc (musl and others ignore the variables); asked last, it takes a diagnostic report (~5–300 ms). */
  glibc: () => boolean;
  /** `process.execve` exists (Node 22.15 on, not Windows). */
  canExec: boolean;
}

/** How to start this same command again with the settings: `process.execve(file, args, env)`. */
export interface Relaunch {
  file: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * The relaunch `parallax serve` needs, or null: none off glibc, none when any of the variables
 * is already set (the person's own choice, or this process is the relaunch), and none without
 * `process.execve` — a child process started in its stead would leave this one waiting beside it
 * (~44 MB resident, ~10 MB of its own) and change what a signal or a kill -9 of its pid does.
 */
export function mallocRelaunch(p: ProcessFacts): Relaunch | null {
  if (p.platform !== 'linux' || !p.canExec) return null;
  if (Object.keys(SERVE_MALLOC_ENV).some((k) => p.env[k] !== undefined)) return null;
  if (!p.glibc()) return null;
  return { file: p.execPath, args: [p.execPath, ...p.execArgv, ...p.argv.slice(1)], env: { ...p.env, ...SERVE_MALLOC_ENV } };
}

/**
 * Replaces this process with the same command under `SERVE_MALLOC_ENV` where that can be done
 * in place (see `mallocRelaunch`); returns when it cannot, and the command runs as it is.
 */
export function relaunchWithMallocEnv(): void {
  const execve = (process as { execve?: (file: string, args: string[], env: NodeJS.ProcessEnv) => never }).execve;
  const plan = mallocRelaunch({
    platform: process.platform,
    env: process.env,
    execPath: process.execPath,
    execArgv: process.execArgv,
    argv: process.argv,
    glibc: isGlibc,
    canExec: typeof execve === 'function',
  });
  if (!plan || !execve) return;
  try {
    execve.call(process, plan.file, plan.args, plan.env);
  } catch {
    // execve(2) failed and left this process as it was: serve without the settings.
  }
}

function isGlibc(): boolean {
  const report = process.report as { excludeNetwork?: boolean; getReport(): object } | undefined;
  if (!report) return false;
  // The report's network section resolves host names; the header alone is wanted.
  const before = report.excludeNetwork;
  report.excludeNetwork = true;
  try {
    const header = (report.getReport() as { header?: { glibcVersionRuntime?: string } }).header;
    return typeof header?.glibcVersionRuntime === 'string';
  } finally {
    report.excludeNetwork = before;
  }
}
