import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository root (benchmarks run from out/bench). */
export const ROOT = process.cwd();
export const SEEDS = join(ROOT, 'seeds');
/** The shared data beside the repository (corpus, extraction benchmark). */
export const SHARED = join(ROOT, '..', 'shared');

/** A fresh temporary folder. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
