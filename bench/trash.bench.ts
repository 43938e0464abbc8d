import { copyFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { openLibrary } from '../src/core/library';
import { createParallaxService } from '../src/core/service';
import { bumpCompareVersion } from '../src/core/derived/explore-groupings';
import type { ArticleId } from '../src/shared/api';
import { now, report, summarise } from './lib/measure';
import { tempDir } from './lib/paths';
import { benchLibrary } from './search.bench';

/**
 * The trash at 10k (`derived/README.md`, "Trash and restore as changes"): one report moved to the
 * trash and restored, each call alone, and the call with the three grouped views (timeline, people
 * & places, stories) read after it, until they are current. The baseline, measured in the same
 * rounds, alternating which comes first: the views regrouped from scratch (the compare tables
 * marked changed), what every trash cost before views could take a report out.
 * `PARALLAX_TRASH_LIBRARY` names another library file (copied, never opened in place).
 */

const ROUNDS = Number(process.env.PARALLAX_TRASH_ROUNDS ?? 9);

export async function run(): Promise<void> {
  const source = process.env.PARALLAX_TRASH_LIBRARY ?? (await benchLibrary(10_000));
  const tmp = tempDir();
  const file = join(tmp.dir, 'trash.sqlite');
  copyFileSync(source, file);
  const db = await openLibrary({ path: file, seedDir: null });
  const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: file, version: 'bench' });
  // In the order each reads the one before (stories word names as People & places does, the
  // timeline reads the stories), each timed: what of the three a change costs.
  const parts = { people: [] as number[], stories: [] as number[], timeline: [] as number[] };
  const views = async (into?: typeof parts) => {
    let at = now();
    const lap = (xs?: number[]) => {
      xs?.push(now() - at);
      at = now();
    };
    await api.listEntityPage({ limit: 50 });
    lap(into?.people);
    await api.listStories();
    lap(into?.stories);
    await api.getTimelinePage({ limit: 50 });
    lap(into?.timeline);
  };
  try {
    let t = now();
    await views(); // the first build (and any catch-up the copy waits for), untimed
    const firstMs = now() - t;
    const ids = db.prepare('SELECT id FROM articles ORDER BY random() LIMIT ?').pluck().all(ROUNDS) as ArticleId[];
    const m = { trash: [] as number[], restore: [] as number[], trashViews: [] as number[], restoreViews: [] as number[], regroup: [] as number[] };
    const regroup = async () => {
      bumpCompareVersion(db);
      t = now();
      await views();
      m.regroup.push(now() - t);
    };
    for (const [i, id] of ids.entries()) {
      if (i % 2 === 1) await regroup();
      t = now();
      await api.trashArticles([id]);
      m.trash.push(now() - t);
      await views(parts);
      m.trashViews.push(now() - t);
      t = now();
      await api.restoreArticles([id]);
      m.restore.push(now() - t);
      await views();
      m.restoreViews.push(now() - t);
      if (i % 2 === 0) await regroup();
    }
    const base = { name: 'regroup', median: summarise(m.regroup).median };
    const label = `${(db.prepare('SELECT count(*) FROM articles').pluck().get() as number / 1000).toFixed(0)}k`;
    console.log(`trash        (first build of the views ${Math.round(firstMs)} ms, load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`);
    report({ scenario: 'trash', metric: `${label} trash one report: the call`, ...summarise(m.trash), unit: 'ms', goal: '< 200 ms' });
    report({ scenario: 'trash', metric: `${label} restore one report: the call`, ...summarise(m.restore), unit: 'ms', goal: '< 200 ms' });
    report({ scenario: 'trash', metric: `${label} trash, then the three views current`, ...summarise(m.trashViews), unit: 'ms', baseline: base });
    for (const [view, xs] of Object.entries(parts)) report({ scenario: 'trash', metric: `${label}   of which ${view}`, ...summarise(xs), unit: 'ms' });
    report({ scenario: 'trash', metric: `${label} restore, then the three views current`, ...summarise(m.restoreViews), unit: 'ms', baseline: base });
    report({ scenario: 'trash', metric: `${label} the three views regrouped (baseline)`, ...summarise(m.regroup), unit: 'ms' });
  } finally {
    db.close();
    tmp.cleanup();
  }
}
