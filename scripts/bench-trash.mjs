// `node scripts/bench-trash.mjs [--library FILE] [--rounds N]`: one report moved to the trash
// and restored in a 10k library, each call timed alone and with the views read after it
// (search, timeline, people & places, stories: what a window shows next), medians over N
// random reports. The library is copied first (the copy is migrated and its views built once,
// untimed). Absolute ms are noise on a loaded machine; the call and the call + views are
// measured in the same rounds, alternating.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleAndImport, root } from './lib/bundle-ts.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const cache = join(root, 'bench/.cache');
const dflt = existsSync(cache) ? readdirSync(cache).filter((f) => /^library-10000-.*\.sqlite$/.test(f)).sort().pop() : undefined;
const source = opt('library', dflt && join(cache, dflt));
if (!source) throw new Error('bench-trash: no bench/.cache/library-10000-*.sqlite (run `npm run bench ingest` once, or pass --library)');
const rounds = Number(opt('rounds', '15'));
const copy = join('/tmp', `bench-trash-${process.pid}.sqlite`);
copyFileSync(source, copy);

const core = await bundleAndImport('bench/trash-entry.ts', { dir: 'bench-trash', name: `trash-${process.pid}`, temporary: true });
const db = await core.openLibrary({ path: copy, seedDir: null });
const api = core.createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: copy, version: 'bench' });
const views = async () => {
  await api.searchArticles({ q: 'Regierung', limit: 20 });
  await api.getTimelinePage({ limit: 50 });
  await api.listEntityPage({ limit: 50 });
  await api.listStories();
};
let t = performance.now();
await views();
console.error(`views first built in ${Math.round(performance.now() - t)} ms (untimed below)`);
const ids = db.prepare('SELECT id FROM articles ORDER BY random() LIMIT ?').pluck().all(rounds);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const m = { trash: [], restore: [], trashViews: [], restoreViews: [] };
for (const [i, id] of ids.entries()) {
  // Alternate which of the two is measured first in a round.
  const withViews = i % 2 === 0;
  t = performance.now();
  await api.trashArticles([id]);
  const a = performance.now() - t;
  if (withViews) await views();
  const b = performance.now() - t;
  t = performance.now();
  await api.restoreArticles([id]);
  const c = performance.now() - t;
  if (withViews) await views();
  const d = performance.now() - t;
  m.trash.push(a);
  m.restore.push(c);
  if (withViews) {
    m.trashViews.push(b);
    m.restoreViews.push(d);
  }
}
const out = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round(median(v) * 10) / 10]));
console.log(JSON.stringify({ library: source, rounds, medianMs: out }));
db.close();
