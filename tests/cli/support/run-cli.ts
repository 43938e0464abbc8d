import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../support/temp';

const BIN = join(ROOT, 'bin/parallax.mjs');

/** Runs the built CLI as a person would, in `locale` (only LANG set, so it alone decides the language). */
export function runCli(args: string[], locale = 'en_GB.UTF-8'): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: locale } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
