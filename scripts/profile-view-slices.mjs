// `node scripts/profile-view-slices.mjs LIBRARY`: how long the views' first build holds the
// library thread at a stretch. Builds entities, stories and timeline as a host does
// (`viewsReady`, in slices of `SLICE_BUDGET_MS`) on a library whose compare rows are built, and
// prints per view the slices, their median, p99 and longest, and the build's wall time.
// A tree from before the slices has no `viewsReady`: its longest stretch is the whole build.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NODE_BUNDLE, root } from './lib/bundle-ts.mjs';

const [lib] = process.argv.slice(2);
const ENTRY = `
import Database from 'better-sqlite3';
import { viewsReady } from './src/core/explore/views-ready';
import { observeSlices } from './src/core/derived/slices';
export { viewsReady, observeSlices };
export const open = (path) => new Database(path, { readonly: true });`;
const out = join(root, 'out/view-slices', `${process.pid}.js`);
await build({ stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' }, outfile: out, ...NODE_BUNDLE, nodePaths: [join(root, 'node_modules')] });
const m = await import(pathToFileURL(out).href);
const db = m.open(resolve(lib));
const q = (xs, p) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
for (const view of ['entities', 'stories', 'timeline']) {
  const slices = [];
  const t = performance.now();
  const at = [];
  m.observeSlices((ms) => {
    slices.push(ms);
    at.push([ms, performance.now() - t, globalThis.__lbl]);
  });
  await m.viewsReady(db, view);
  const wall = performance.now() - t;
  slices.sort((a, b) => a - b);
  const top = at.sort((a, b) => b[0] - a[0]).slice(0, 5).map(([ms, end, l]) => `${ms.toFixed(0)} ms ending at ${(end / 1000).toFixed(2)} s${l ? ` (${l})` : ''}`);
  console.log(`${view.padEnd(9)} ${String(slices.length).padStart(6)} slices  median ${q(slices, 0.5).toFixed(1)}  p99 ${q(slices, 0.99).toFixed(1)}  longest ${slices.at(-1).toFixed(1)} ms  sum ${Math.round(slices.reduce((s, x) => s + x, 0))} ms  wall ${Math.round(wall)} ms\n          longest: ${top.join(', ')}`);
}
rmSync(out, { force: true });
