import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/temp';

// The layer and size checks `npm test` runs (npm run lint): each must fail on a planted
// violation, or it would pass on anything.

const PLANTED = join(ROOT, 'tests', 'fixtures', 'layers');

describe('the layer check (dependency-cruiser)', () => {
  it('reports every planted violation by its rule, and nothing on the clean file', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'), 'src', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'], {
      cwd: PLANTED,
      encoding: 'utf8',
    });
    const { summary } = JSON.parse(r.stdout) as { summary: { error: number; violations: { from: string; to: string; rule: { name: string } }[] } };
    expect(summary.error).toBe(6);
    const found = summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
    expect(found).toEqual([
      'core-not-electron-dom-or-host: src/core/parse.ts → src/main/host.ts',
      // The circle's other edge is reported once, under the stricter store rule.
      'no-circular: src/core/derived/derive.ts → src/core/store/rows.ts',
      'renderer-no-node-builtins: src/renderer/view.ts → fs',
      'renderer-not-node-core-or-electron: src/renderer/view.ts → src/core/parse.ts',
      'shared-imports-only-shared: src/shared/contract.ts → path',
      'store-is-the-bottom-layer: src/core/store/rows.ts → src/core/derived/derive.ts',
    ]);
  }, 60_000);

  it('exits non-zero on a violation, as npm test needs', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'), 'src', '--config', join(ROOT, '.dependency-cruiser.cjs')], { cwd: PLANTED, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain('store-is-the-bottom-layer');
  }, 60_000);

  it('passes on the real src/', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'), 'src', '--config', '.dependency-cruiser.cjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, 60_000);
});

describe('the size check', () => {
  it('fails on a source file over 400 lines and names it', () => {
    const tmp = tempDir();
    mkdirSync(join(tmp.dir, 'core'));
    writeFileSync(join(tmp.dir, 'core', 'long.ts'), 'export const x = 1;\n'.repeat(401));
    writeFileSync(join(tmp.dir, 'core', 'short.ts'), 'export const y = 1;\n'.repeat(400));
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-size.mjs'), tmp.dir], { cwd: tmp.dir, encoding: 'utf8' });
    tmp.cleanup();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('core/long.ts: 401 lines');
    expect(r.stderr).not.toContain('short.ts');
  });
});
