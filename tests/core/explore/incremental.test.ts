import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryService } from '../../support/memory-service';
import { createParallaxService } from '../../../src/core/service';
import { bumpCompareVersion } from '../../../src/core/derived/explore-groupings';
import { fillers } from '../../support/filler-reports';

const SEEDS = join(__dirname, '../../../seeds');

/** What a person sees of the three views, ids aside (a story is named by its first report). */
async function views(api: ReturnType<typeof createParallaxService>) {
  const titles = new Map((await api.listArticles({ limit: 100 })).items.map((a) => [a.id, a.title]));
  const named = (ids: readonly string[]) => ids.map((id) => titles.get(id as never)).sort();
  return {
    timeline: (await api.getTimeline({ limit: 1000 })).map((e) => [e.date, e.label, named(e.articleIds)]),
    entities: (await api.listEntities({ limit: 1000 })).map((e) => [e.name, e.variants?.length ?? 0]).sort(),
    stories: (await api.listStories()).map((s) => named(s.articleIds)),
  };
}

describe('the views after one more ingest', () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  it.each(files)('show %s, ingested last, as a full regrouping of the library does', async (last) => {
    const { db, api } = await memoryService();
    for (const f of fillers(120)) await api.ingestText(f);
    await api.ingestPaths(files.filter((f) => f !== last).map((f) => join(SEEDS, f)));
    await views(api); // built once, before the last report comes
    await api.ingestPaths([join(SEEDS, last)]);
    const folded = await views(api);
    bumpCompareVersion(db);
    const rebuilt = await views(api);
    expect(folded.stories).toEqual(rebuilt.stories);
    expect(folded.entities).toEqual(rebuilt.entities);
    expect(folded.timeline).toEqual(rebuilt.timeline);
    expect(folded.stories.some((s) => s.includes(rebuilt.stories.flat().find((t) => t !== undefined)!))).toBe(true);
    db.close();
  });

  it('show reports ingested one after another, each folded into the last, as a full regrouping does', async () => {
    // The timeline keeps what its events' words were read as from one report to the next: the
    // events after the second report must still be those a full regrouping makes.
    const { db, api } = await memoryService();
    for (const f of fillers(120)) await api.ingestText(f);
    const [second, last] = files.slice(-2);
    await api.ingestPaths(files.slice(0, -2).map((f) => join(SEEDS, f)));
    await views(api);
    await api.ingestPaths([join(SEEDS, second!)]);
    await views(api);
    await api.ingestPaths([join(SEEDS, last!)]);
    const folded = await views(api);
    bumpCompareVersion(db);
    const rebuilt = await views(api);
    expect(folded.timeline.length).toBeGreaterThan(1);
    expect(folded.timeline).toEqual(rebuilt.timeline);
    expect(folded.stories).toEqual(rebuilt.stories);
    db.close();
  });
});
