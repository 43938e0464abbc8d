#!/usr/bin/env node
/**
 * Does a search wait behind the views' first build? Starts `parallax serve` (this tree's build)
 * on a library, asks for People & places, then the timeline, then the stories, one after another
 * as a window would, and meanwhile fires a search every 250 ms; prints every search's latency with
 * the view call under way, and a summary (median / p95 / worst search, each view's time).
 * The views live in memory, so a fresh process builds them all: no library needs marking.
 *
 *   node scripts/measure-view-stall.mjs LIBRARY [--port N] [--tree DIR] [--out FILE]
 *
 * LIBRARY is opened as it is (a copy: serve may write to it). Bounded: stops after the three views
 * or 15 minutes, whichever comes first.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const flag = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const library = resolve(args[0] ?? '');
const port = Number(flag('--port', '5322'));
const tree = resolve(flag('--tree', '.'));
const out = flag('--out', null);
const INTERVAL_MS = 250;
const LIMIT_MS = 15 * 60 * 1000;
const QUERIES = ['election', 'minister', 'police', 'court ruling', 'climate', 'president'];

process.on('exit', () => child.kill('SIGTERM'));
const child = spawn(process.execPath, [join(tree, 'bin/parallax.mjs'), 'serve', '--library', library, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
let stderr = '';
child.stderr.on('data', (c) => { stderr += c; });
const url = await new Promise((res, rej) => {
  let buf = '';
  child.stdout.on('data', (c) => { buf += c; const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[^\s]+/.exec(buf); if (m) res(m[0]); });
  child.once('exit', (code) => rej(new Error(`serve exited ${code}: ${stderr}`)));
});
const token = new URL(url).searchParams.get('token');
const call = async (method, ...a) => {
  const t0 = performance.now();
  const r = await fetch(`http://127.0.0.1:${port}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parallax-token': token }, body: JSON.stringify(a) });
  const body = await r.json();
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return { ms: performance.now() - t0, value: body.value };
};

const t0 = performance.now();
let phase = 'idle';
const searches = [];
let stop = false;
// Idle searches first: the budget a person meets with nothing in the background.
const searchLoop = (async () => {
  let i = 0;
  while (!stop && performance.now() - t0 < LIMIT_MS) {
    const at = performance.now() - t0;
    const during = phase;
    const { ms } = await call('searchArticles', { q: QUERIES[i++ % QUERIES.length], limit: 20 });
    searches.push({ at: Math.round(at), ms: Math.round(ms * 10) / 10, during, ended: phase });
    const wait = INTERVAL_MS - ms;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
})();
await new Promise((r) => setTimeout(r, 5000));
const views = [];
for (const [name, method, arg] of [['entities', 'listEntityPage', { limit: 50 }], ['timeline', 'getTimelinePage', { limit: 100 }], ['stories', 'listStories']]) {
  phase = name;
  const r = await call(method, ...(arg ? [arg] : []));
  views.push({ name, ms: Math.round(r.ms), hash: createHash('sha256').update(JSON.stringify(r.value)).digest('hex').slice(0, 12) });
}
phase = 'after';
await new Promise((r) => setTimeout(r, 3000));
stop = true;
await searchLoop;
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));

const q = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN; };
const byPhase = {};
for (const s of searches) (byPhase[s.during] ??= []).push(s.ms);
console.log('views', JSON.stringify(views));
for (const [p, xs] of Object.entries(byPhase)) console.log(`searches started during ${p}: n=${xs.length} median ${q(xs, 0.5)} p95 ${q(xs, 0.95)} worst ${Math.max(...xs)} ms`);
if (out) writeFileSync(out, JSON.stringify({ library, views, searches }, null, 1));
