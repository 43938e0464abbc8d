// `node scripts/measure-serve-views.mjs LIBRARY TREE PORT [LABEL]`: the whole `parallax serve`
// process's memory as a person browses the views of a large library (issue 13: ≤ 300 MB after
// browsing and searching). TREE is a built tree (its bin/ and out/; e.g. main's `out` copied
// beside a `node_modules` link); LIBRARY a copy (never the bench cache in place) whose compare
// rows are built. Phases: open (any rebuild and catch-up waited for, then idle) -> People &
// places -> stories -> timeline -> 4 searches; idle IDLE s (default 70: the views settle after
// 60, `core/explore/views-settle.ts`); the views and 6 searches again; RSS 3 s and 33 s after;
// with INGEST=1 one report ingested and the timeline asked while a search is fired every 250 ms,
// then idle again. Per phase: VmHWM (reset before it via clear_refs), RSS after, CPU. Linux only;
// needs the sqlite3 command. Alternate trees in fresh processes; first used in the `viewstore` pass.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const [lib, tree, port = '5321', label = ''] = process.argv.slice(2);
const child = spawn(process.execPath, [join(tree, 'bin/parallax.mjs'), 'serve', '--library', lib, '--port', port], { stdio: ['ignore', 'pipe', 'pipe'] });
let stderr = '';
child.stderr.on('data', (c) => { stderr += c; });
process.on('exit', () => child.kill('SIGKILL'));
const url = await new Promise((res, rej) => {
  let buf = '';
  child.stdout.on('data', (c) => { buf += c; const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[^\s]+/.exec(buf); if (m) res(m[0]); });
  child.once('exit', (code) => rej(new Error(`serve exited ${code}: ${stderr}`)));
});
const token = new URL(url).searchParams.get('token');
const call = async (method, ...a) => {
  const r = await fetch(`http://127.0.0.1:${port}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parallax-token': token }, body: JSON.stringify(a), signal: AbortSignal.timeout(1800000) });
  const body = await r.json();
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.value;
};
const status = () => readFileSync(`/proc/${child.pid}/status`, 'utf8');
const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status())[1]) / 1024;
const cpu = () => { const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' '); return (+f[11] + +f[12]) / 100; };
const reset = () => writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const t0 = Date.now();
const out = (m) => console.log(`${label} ${((Date.now() - t0) / 1000).toFixed(0).padStart(5)}s ${m}`);
// Sampled RSS peak too (VmHWM is the truth; the sample shows when).
let sampled = 0;
const sampler = setInterval(() => { try { sampled = Math.max(sampled, kb('VmRSS')); } catch {} }, 200);
// Open: wait for the rebuild and catch-up, then for the process to go idle (workers done).
for (;;) {
  const info = await call('getAppInfo');
  const pending = Number(execFileSync('sqlite3', [`file:${lib}?mode=ro`, 'select count(*) from compare_pending']).toString().trim());
  if (!info.rebuilding && pending === 0) break;
  await sleep(3000);
}
for (let c = cpu(); ; ) { await sleep(4000); const c2 = cpu(); if (c2 - c < 0.2) break; c = c2; }
out(`open settled: rss ${kb('VmRSS').toFixed(0)} hwm ${kb('VmHWM').toFixed(0)} MB cpu ${cpu().toFixed(1)} s`);
const rows = [];
const phase = async (name, f) => {
  reset(); sampled = 0;
  const c = cpu(), t = Date.now();
  const v = await f();
  const r = { name, ms: Date.now() - t, cpu: cpu() - c, peak: kb('VmHWM'), after: kb('VmRSS') };
  rows.push(r);
  out(`${name.padEnd(9)} ${String(r.ms).padStart(7)} ms cpu ${r.cpu.toFixed(1)} s  peak ${r.peak.toFixed(0)} MB  after ${r.after.toFixed(0)} MB`);
  return v;
};
await phase('entities', () => call('listEntityPage', { limit: 50 }));
await phase('stories', () => call('listStories'));
await phase('timeline', () => call('getTimelinePage', { limit: 100 }));
await phase('searches', async () => { for (const q of ['Regierung', 'election', 'Polizei', 'climate']) await call('searchArticles', { q, limit: 20 }); });
const IDLE = Number(process.env.IDLE ?? 70);
await sleep(IDLE * 1000);
out(`idle ${IDLE} s: rss ${kb('VmRSS').toFixed(0)} MB`);
await phase('entities2', () => call('listEntityPage', { limit: 50, offset: 50 }));
await phase('stories2', () => call('listStories'));
await phase('timeline2', () => call('getTimelinePage', { limit: 100, offset: 100 }));
await phase('searches2', async () => { for (const q of ['Regierung', 'election', 'Polizei', 'climate', 'Bundestag', 'Ukraine']) await call('searchArticles', { q, limit: 20 }); });
await sleep(3000);
out(`3 s after: rss ${kb('VmRSS').toFixed(0)} MB`);
await sleep(30000);
out(`33 s after: rss ${kb('VmRSS').toFixed(0)} MB`);
if (process.env.INGEST) {
  const text = `Brückeneinweihung in Korandt ${label} ${Date.now()}\n\n12. März 2024\n\nAm 12. März 2024 eröffnete Bürgermeisterin Anna Mirlm in Korandt eine neue Brücke über die Lusch. Der Bau hatte vier Jahre gedauert, sagte Ingenieur Paul Betsch den Gästen.\n`;
  await phase('ingest', () => call('ingestText', { name: `viewstore-${label}.txt`, text }));
  let worst = 0, n = 0, done = false;
  const searching = (async () => { while (!done) { const t = Date.now(); await call('searchArticles', { q: 'Regierung', limit: 20 }); worst = Math.max(worst, Date.now() - t); n++; await sleep(250); } })();
  await phase('timeline3', () => call('getTimelinePage', { limit: 100 }));
  done = true; await searching;
  out(`searches during it: ${n}, worst ${worst} ms`);
  await sleep(Number(process.env.IDLE ?? 70) * 1000);
  out(`idle again: rss ${kb('VmRSS').toFixed(0)} MB`);
}
out(`end: rss ${kb('VmRSS').toFixed(0)} MB, views peak ${Math.max(...rows.slice(0, 3).map((r) => r.peak)).toFixed(0)} MB, views cpu ${rows.slice(0, 3).reduce((s, r) => s + r.cpu, 0).toFixed(1)} s`);
clearInterval(sampler);
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
process.exit(0);
