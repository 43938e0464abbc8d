import { afterEach, describe, expect, it } from 'vitest';
import { mallocRelaunch, relaunchWithMallocEnv, SERVE_MALLOC_ENV, type ProcessFacts } from '../../src/cli/malloc-env';

const FACTS: ProcessFacts = {
  platform: 'linux',
  env: { PATH: '/usr/bin', LANG: 'de_DE.UTF-8' },
  execPath: '/usr/bin/node',
  execArgv: ['--enable-source-maps'],
  argv: ['/usr/bin/node', '/opt/parallax/bin/parallax.mjs', 'serve', '--library', '/home/a/lib.sqlite', '--port', '5321'],
  glibc: () => true,
  canExec: true,
};

describe('mallocRelaunch', () => {
  it('starts the same command again, with the same node flags and environment, plus the malloc settings', () => {
    const plan = mallocRelaunch(FACTS)!;
    expect(plan.file).toBe('/usr/bin/node');
    expect(plan.args).toEqual(['/usr/bin/node', '--enable-source-maps', '/opt/parallax/bin/parallax.mjs', 'serve', '--library', '/home/a/lib.sqlite', '--port', '5321']);
    expect(plan.env).toEqual({ PATH: '/usr/bin', LANG: 'de_DE.UTF-8', ...SERVE_MALLOC_ENV });
  });

  it('does not relaunch a process that already has the settings, so the relaunch runs once', () => {
    const plan = mallocRelaunch(FACTS)!;
    expect(mallocRelaunch({ ...FACTS, env: plan.env })).toBeNull();
  });

  it("keeps a person's own malloc setting", () => {
    expect(mallocRelaunch({ ...FACTS, env: { ...FACTS.env, MALLOC_TRIM_THRESHOLD_: '4194304' } })).toBeNull();
  });

  it('does nothing where the settings mean nothing or the process cannot be replaced in place', () => {
    expect(mallocRelaunch({ ...FACTS, platform: 'darwin' })).toBeNull();
    expect(mallocRelaunch({ ...FACTS, platform: 'win32' })).toBeNull();
    expect(mallocRelaunch({ ...FACTS, glibc: () => false })).toBeNull();
    expect(mallocRelaunch({ ...FACTS, canExec: false })).toBeNull();
  });
});

describe('relaunchWithMallocEnv', () => {
  const proc = process as { execve?: unknown };
  const had = Object.prototype.hasOwnProperty.call(process, 'execve');
  const original = proc.execve;
  afterEach(() => {
    if (had) proc.execve = original;
    else delete proc.execve;
  });

  it('on glibc Linux, replaces the process through process.execve; a failed execve leaves it running', () => {
    const glibc = process.platform === 'linux' && typeof (process.report.getReport() as { header: { glibcVersionRuntime?: string } }).header.glibcVersionRuntime === 'string';
    const calls: unknown[][] = [];
    proc.execve = (...args: unknown[]) => {
      calls.push(args);
      throw Object.assign(new Error('execve failed'), { code: 'ENOENT' });
    };
    const saved = Object.fromEntries(Object.keys(SERVE_MALLOC_ENV).map((k) => [k, process.env[k]]));
    for (const k of Object.keys(SERVE_MALLOC_ENV)) delete process.env[k];
    try {
      expect(() => relaunchWithMallocEnv()).not.toThrow();
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
    }
    if (!glibc) {
      expect(calls).toEqual([]);
      return;
    }
    expect(calls).toHaveLength(1);
    const [file, args, env] = calls[0] as [string, string[], NodeJS.ProcessEnv];
    expect(file).toBe(process.execPath);
    expect(args.slice(-process.argv.length + 1)).toEqual(process.argv.slice(1));
    expect(env).toMatchObject(SERVE_MALLOC_ENV);
  });
});
