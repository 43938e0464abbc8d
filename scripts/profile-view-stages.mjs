// `node --heap-growing-percent=20 --max-semi-space-size=4 --expose-gc scripts/profile-view-stages.mjs
// LIBRARY [TREE]`: the memory of the views' first build as `parallax serve` runs it — sliced
// (`viewsReady`), with serve's heap flags (`server/heap.ts`; give them as above), nothing
// collected by hand between stages — on a library whose compare rows are built. Per stage of each
// view (the `stage()` calls of `views.ts`): its CPU, its RSS peak (VmHWM, reset at the stage's
// start), the largest heap sampled at its slices, and RSS, heap total and used, and off-heap
// memory (`ext`: external + array buffers, which counts array buffers twice) at its end; then
// what stays after two full collections, and a hash of the views (two trees must make the same).
// TREE (default this one) is the source tree measured, e.g. `git archive main src` unpacked; run
// each tree in its own process, alternating. Linux only (/proc).
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NODE_BUNDLE, root } from './lib/bundle-ts.mjs';
const [lib, tree = root] = process.argv.slice(2);
const ENTRY = `
import Database from 'better-sqlite3';
import { listStories, timelineEvents, entitySummaries } from './src/core/explore/views';
import { viewsReady } from './src/core/explore/${existsSync(join(resolve(tree), 'src/core/explore/views-ready.ts')) ? 'views-ready' : 'views'}';
import { observeSlices } from './src/core/derived/slices';
export { viewsReady, observeSlices, listStories, timelineEvents, entitySummaries };
export const open = (path) => new Database(path, { readonly: true });`;
const out = join(root, 'out/view-stages', `${process.pid}.js`);
await build({ stdin: { contents: ENTRY, resolveDir: resolve(tree), loader: 'ts' }, outfile: out, ...NODE_BUNDLE, nodePaths: [join(root, 'node_modules')] });
const m = await import(pathToFileURL(out).href);
rmSync(out, { force: true });
const db = m.open(resolve(lib));
const mb = (x) => Math.round(x / 1048576);
const hwm = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) * 1024;
let seg = null;
const segs = [];
const newSeg = (l) => { seg = { l, maxRss: 0, maxHeap: 0, cpu: process.cpuUsage() }; segs.push(seg); writeFileSync('/proc/self/clear_refs', '5'); };
const sample = () => { const u = process.memoryUsage(); if (u.rss > seg.maxRss) seg.maxRss = u.rss; if (u.heapUsed > seg.maxHeap) seg.maxHeap = u.heapUsed; };
const end = () => { sample(); seg.hwm = hwm(); const u = process.memoryUsage(); seg.after = u.rss; seg.heapAfter = u.heapUsed; seg.total = u.heapTotal; seg.ext = u.external + u.arrayBuffers; const c = process.cpuUsage(seg.cpu); seg.cpuMs = (c.user + c.system) / 1000; };
m.observeSlices(() => sample());
const names = { entities: ['names read', 'grouped', 'aliases', 'joined'], stories: ['docs read', 'index', 'listing'], timeline: ['rows read', 'index', 'result'] };
const cpu0 = process.cpuUsage();
for (const view of ['entities', 'stories', 'timeline']) {
  let k = 0;
  newSeg(`${view}: ${names[view][0]}`);
  await m.viewsReady(db, view, (step) => { if (step !== view) return; end(); k++; if (k < names[view].length) newSeg(`${view}: ${names[view][k]}`); });
  if (seg.hwm === undefined) end();
}
const c = process.cpuUsage(cpu0);
for (const s of segs) console.log(`${s.l.padEnd(22)} cpu ${String(Math.round(s.cpuMs)).padStart(6)} ms  peak rss ${mb(s.hwm)} (sampled ${mb(s.maxRss)})  heap max ${mb(s.maxHeap)}  at its end: rss ${mb(s.after)} heap ${mb(s.total)} / ${mb(s.heapAfter)} ext ${mb(s.ext)}`);
console.log('views cpu', Math.round((c.user + c.system) / 1000), 'ms; peak', mb(Math.max(...segs.map((s) => s.hwm))), 'MB');
globalThis.gc(); globalThis.gc();
const u = process.memoryUsage(); console.log('held after 2 gc: heap', mb(u.heapUsed), 'rss', mb(u.rss), 'ext', mb(u.external + u.arrayBuffers));
const made = [m.entitySummaries(db, {}), m.listStories(db), m.timelineEvents(db, {})];
console.log('hash', createHash('sha256').update(JSON.stringify(made)).digest('hex').slice(0, 12));
