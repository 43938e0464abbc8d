import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryService } from '../../support/memory-service';
import { createParallaxService } from '../../../src/core/service';
import { bumpCompareVersion, peekView } from '../../../src/core/derived/explore-groupings';

const SEEDS = join(__dirname, '../../../seeds');

/** Reports of unrelated events (a bridge opened somewhere each), so one report is a small share of the library. */
function fillers(n: number): { name: string; text: string }[] {
  const syl = ['Ko', 'Ra', 'Mi', 'Lu', 'Be', 'Ta', 'No', 'Se', 'Fa', 'Du'];
  const word = (i: number, k: number) => syl[i % 10]! + syl[Math.floor(i / 10) % 10]!.toLowerCase() + ['nd', 'rt', 'lm', 'sch'][k % 4];
  return Array.from({ length: n }, (_, i) => ({
    name: `filler-${i}.txt`,
    text: `Brücke in ${word(i, 0)}\n\n${(i % 27) + 1}. März 2019\n\nAm ${(i % 27) + 1}. März 2019 eröffnete Bürgermeisterin Anna ${word(i, 1)} in ${word(i, 0)} eine neue Brücke über die ${word(i, 2)}. ` +
      `Der Bau hatte ${(i % 9) + 2} Jahre gedauert, sagte Ingenieur Paul ${word(i, 3)} den Gästen.\n`,
  }));
}

/** Everything the three views show (entity and story ids, labels, counts, mentions), in their order. */
async function views(api: ReturnType<typeof createParallaxService>) {
  return {
    timeline: await api.getTimeline({ limit: 5000 }),
    entities: await api.listEntities({ limit: 5000 }),
    stories: await api.listStories(),
  };
}

describe('the views after a trash and a restore', () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

  it.each(files)('take %s out as a fresh build without it shows, and back in as the library was', async (file) => {
    const { db, api } = await memoryService();
    for (const f of fillers(400)) await api.ingestText(f);
    await api.ingestPaths(files.map((f) => join(SEEDS, f)));
    const ids = (await api.listArticles({ limit: 1000 })).items;
    const id = ids.find((a) => a.title === (db.prepare('SELECT a.title FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.name = ?').pluck().get(file) as string))!.id;
    const original = await views(api);
    expect(original.timeline.some((e) => e.articleIds.includes(id))).toBe(true);

    const kept = () => ['entities', 'stories', 'timeline'].map((v) => peekView<{ index?: object; grouper?: object }>(db, v)?.value).map((h) => h?.index ?? h?.grouper);
    const built = kept();

    await api.trashArticles([id]);
    const taken = await views(api);
    expect(taken.timeline.some((e) => e.articleIds.includes(id))).toBe(false);
    expect(taken.stories.some((s) => s.articleIds.includes(id))).toBe(false);
    await api.restoreArticles([id]);
    const back = await views(api);
    // Taken out and folded back in, not regrouped: each view holds the index it was built with.
    expect(kept().map((x, i) => x === built[i])).toEqual([true, true, true]);
    expect(back.stories).toEqual(original.stories);
    expect(back.entities).toEqual(original.entities);
    expect(back.timeline).toEqual(original.timeline);

    await api.trashArticles([id]);
    const again = await views(api);
    expect(kept().map((x, i) => x === built[i])).toEqual([true, true, true]);
    bumpCompareVersion(db);
    const without = await views(api);
    expect(again.stories).toEqual(without.stories);
    expect(again.entities).toEqual(without.entities);
    expect(again.timeline).toEqual(without.timeline);
    expect(again).toEqual(taken);

    // Folded back into views built without it.
    await api.restoreArticles([id]);
    expect(await views(api)).toEqual(original);
    db.close();
  });
});
