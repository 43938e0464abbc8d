// `node --expose-gc scripts/profile-view-memory.mjs LIBRARY [TREE]`: the memory of the views'
// grouping, step by step, on a library whose compare rows are built (as `views.ts` builds them:
// names, entity groups, story docs and index, stories, timeline rows, index and result). Per
// step: its ms, the heap after two full collections before and after it (what it keeps), and
// the RSS before, at its peak (VmHWM, reset before the step through /proc/self/clear_refs) and
// after. TREE (default this one) is the source tree measured, e.g. `git archive main src`
// unpacked; run each tree in its own process, alternating. Linux only (/proc).
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NODE_BUNDLE, root } from './lib/bundle-ts.mjs';

const [lib, tree = root] = process.argv.slice(2);
const ENTRY = `
import Database from 'better-sqlite3';
import { nameStats, entityOverrides } from './src/core/store/queries/entities';
import { entityGrouper } from './src/core/explore/entity-groups';
import { nameContext } from './src/core/explore/name-context';
import { allCompareDocs } from './src/core/store/queries/compare';
import { StoryIndex } from './src/core/explore/stories';
import { storyNameKey } from './src/core/analysis/story-keys';
import { allTimelineRows } from './src/core/store/queries/timeline';
import { TimelineIndex } from './src/core/explore/timeline';
export function pass(path, step) {
  const db = new Database(path, { readonly: true });
  const stats = step('names', () => nameStats(db));
  const groups = step('entity groups', () => entityGrouper(stats, entityOverrides(db), nameContext(db)).groups());
  const docs = step('story docs', () => allCompareDocs(db));
  const index = step('story index', () => new StoryIndex(docs));
  const names = new Map();
  for (const g of groups) { const k = storyNameKey(g.kind, g.name); if (!names.has(k)) names.set(k, g.name); }
  const stories = step('stories', () => index.stories((k) => names.get(k) ?? null));
  const storyOf = new Map();
  for (const st of stories) for (const id of st.articleIds) storyOf.set(id, st.id);
  let rows = step('timeline rows', () => allTimelineRows(db));
  const timeline = step('timeline index', () => new TimelineIndex(rows, storyOf));
  rows = null;
  step('rows let go', () => 0);
  const result = step('timeline result', () => timeline.result());
  return [groups, stories, result.events, [...result.textDates]];
}`;
const out = join(root, 'out/view-memory-probe', `${process.pid}.js`);
// Dependencies resolve from this tree's node_modules (a scratch tree of main may have none).
await build({ stdin: { contents: ENTRY, resolveDir: resolve(tree), loader: 'ts' }, outfile: out, ...NODE_BUNDLE, nodePaths: [join(root, 'node_modules')] });
const m = await import(pathToFileURL(out).href);
const mb = (x) => Math.round(x / 1048576);
const hwm = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) * 1024;
const step = (name, f) => {
  globalThis.gc(); globalThis.gc();
  const before = process.memoryUsage();
  writeFileSync('/proc/self/clear_refs', '5');
  const t = performance.now();
  const v = f();
  const ms = performance.now() - t;
  const peak = hwm();
  globalThis.gc(); globalThis.gc();
  const after = process.memoryUsage();
  console.log(`${name.padEnd(16)} ${String(Math.round(ms)).padStart(7)} ms  heap ${mb(before.heapUsed)} -> ${mb(after.heapUsed)} MB (+${mb(after.heapUsed - before.heapUsed)})  rss ${mb(before.rss)} -> peak ${mb(peak)} -> ${mb(after.rss)} MB  ext ${mb(after.external + after.arrayBuffers)}`);
  return v;
};
globalThis.__phase = (n) => { const u = process.memoryUsage(); console.log(`  [${n}] heap ${mb(u.heapUsed)} total ${mb(u.heapTotal)} rss ${mb(u.rss)} hwm ${mb(hwm())} ext ${mb(u.external + u.arrayBuffers)}`); };
const made = m.pass(resolve(lib), step);
rmSync(out, { force: true });
// What the views made, to check two trees made the same.
console.log('hash', createHash('sha256').update(JSON.stringify(made)).digest('hex').slice(0, 12));
