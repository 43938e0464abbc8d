import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../support/temp';

/** The uid and gid of `nobody` on Debian and most Unix systems. */
export const NOBODY = 65534;

/**
 * Whether the CLI can be run as `nobody` here. Root may read and write any file whatever its
 * mode, so the cases that need a file this user cannot read (or write) run the CLI as `nobody`
 * instead; that needs root, and a checkout `nobody` may read (not one under a private home).
 * Not root: the modes hold for this user already, and no switch is needed (null).
 */
export function nobodySwitch(): { uid: number; gid: number } | null | 'impossible' {
  if (process.getuid?.() !== 0) return null;
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/parallax.mjs'), '--version'], { uid: NOBODY, gid: NOBODY, encoding: 'utf8' });
  return r.status === 0 ? { uid: NOBODY, gid: NOBODY } : 'impossible';
}
