import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import { bumpCompareVersion, peekView } from '../../../src/core/derived/explore-groupings';
import { SEEDS, tempDir } from '../../support/temp';

// The worker runs the built bundle (out/node/groups-worker.js), as the hosts do.
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const WORKER = join(ROOT, 'out/node/groups-worker.js');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** Reports of other events, so the library has names to group beside the seeds'. */
function fillers(n: number): { name: string; text: string }[] {
  const syl = ['Ko', 'Ra', 'Mi', 'Lu', 'Be', 'Ta', 'No', 'Se', 'Fa', 'Du'];
  const word = (i: number, k: number) => syl[i % 10]! + syl[Math.floor(i / 10) % 10]!.toLowerCase() + ['nd', 'rt', 'lm', 'sch'][k % 4];
  return Array.from({ length: n }, (_, i) => ({
    name: `filler-${i}.txt`,
    text: `Brücke in ${word(i, 0)}\n\n${(i % 27) + 1}. März 2019\n\nAm ${(i % 27) + 1}. März 2019 eröffnete Bürgermeisterin Anna ${word(i, 1)} in ${word(i, 0)} eine neue Brücke über die ${word(i, 2)}. ` +
      `Der Bau hatte ${(i % 9) + 2} Jahre gedauert, sagte Ingenieur Paul ${word(i, 3)} den Gästen.\n`,
  }));
}

/** A host's service over a library file, grouping names on the worker however small the library. */
async function host(name: string, workerFile = WORKER) {
  const db = await openLibrary({ path: join(tmp.dir, name), seedDir: null });
  const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: 'x', version: '0', groupsWorkerFile: workerFile, groupsWorkerMinArticles: 0 });
  return { db, api };
}

/** What a person sees of the three views. */
async function views(api: ReturnType<typeof createParallaxService>) {
  return {
    timeline: await api.getTimeline({ limit: 1000 }),
    entities: await api.listEntities({ limit: 1000 }),
    stories: await api.listStories(),
  };
}

const seedFiles = () => readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));

describe('the entity groups of a first build made on a worker', () => {
  it('gives the timeline, people & places and stories grouping on the library thread gives', async () => {
    const { db, api } = await host('same.sqlite');
    for (const f of fillers(40)) await api.ingestText(f);
    await api.ingestPaths(seedFiles());
    const onWorker = await views(api);
    // The groups came from the worker: grouped there, they hold no grouper on this thread.
    expect((peekView<{ grouper: unknown }>(db, 'entities')?.value)?.grouper).toBeNull();
    bumpCompareVersion(db);
    db.close();
    const here = await host('same.sqlite', join(tmp.dir, 'missing-worker.js'));
    const onThread = await views(here.api);
    expect(onWorker.entities.length).toBeGreaterThan(40);
    expect(onWorker).toEqual(onThread);
    here.db.close();
  });

  it('shows a report imported after such a build as a full regrouping of the library does, grouped on the worker again', async () => {
    const { db, api } = await host('after.sqlite');
    const [last, ...rest] = seedFiles();
    for (const f of fillers(40)) await api.ingestText(f);
    await api.ingestPaths(rest);
    await views(api);
    await api.ingestPaths([last!]);
    const folded = await views(api);
    expect(folded.entities.some((e) => e.name === 'Wladimir Putin')).toBe(true);
    // Grouped again on the worker, not on the library thread.
    expect((peekView<{ grouper: unknown }>(db, 'entities')?.value)?.grouper).toBeNull();
    expect(peekView(db, 'entities')?.current).toBe(true);
    bumpCompareVersion(db);
    db.close();
    const here = await host('after.sqlite', join(tmp.dir, 'missing-worker.js'));
    const rebuilt = await views(here.api);
    // The entities are grouped afresh; the stories and the timeline fold the report in as ever
    // (their keywords' order may differ from a rebuild's, their reports and events not).
    expect(folded.entities).toEqual(rebuilt.entities);
    expect(folded.stories.map((s) => s.articleIds)).toEqual(rebuilt.stories.map((s) => s.articleIds));
    expect(folded.timeline.map((e) => [e.date, e.label, e.articleIds])).toEqual(rebuilt.timeline.map((e) => [e.date, e.label, e.articleIds]));
    here.db.close();
  });
});
