import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryService } from '../../support/memory-service';
import type { ParallaxApi } from '../../../src/shared/api';
import { bumpCompareVersion, peekView } from '../../../src/core/derived/explore-groupings';
import { observeSlices, setSliceBudget, SLICE_BUDGET_MS } from '../../../src/core/derived/slices';
import { settleViews } from '../../../src/core/explore/views-settle';
import { compareInLibrary } from '../../../src/core/compare/in-library';

const SEEDS = join(__dirname, '../../../seeds');

afterEach(() => {
  observeSlices(null);
  setSliceBudget(SLICE_BUDGET_MS);
});

/** What a person sees of the views, and an article's dating. */
async function views(api: ParallaxApi, dated: string) {
  return {
    timeline: await api.getTimeline({ limit: 1000 }),
    page: await api.getTimelinePage({ limit: 20, offset: 1 }),
    entities: await api.listEntities({ limit: 1000 }),
    people: await api.listEntityPage({ limit: 20, offset: 2 }),
    stories: await api.listStories(),
    dating: await api.getArticleDating(dated as never),
  };
}

describe('views settled to what they serve', () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

  it('serve the same pages once their indexes are let go, and show a report ingested later as a full regrouping does', async () => {
    const { db, api } = await memoryService();
    const first = await api.ingestPaths(files.slice(0, -1).map((f) => join(SEEDS, f)));
    const dated = first.added[0]!.articleId;
    const before = await views(api, dated);
    expect(before.timeline.length).toBeGreaterThan(0);
    expect(before.stories.length).toBeGreaterThan(0);
    const ids = first.added.slice(0, 3).map((x) => x.articleId);
    const compared = () => ({ ...compareInLibrary(db, ids), tookMs: 0 });
    const comparedBefore = compared();

    expect(settleViews(db)).toBe(true);
    expect(peekView(db, 'timeline')?.settled).toBe(true);
    expect(await views(api, dated)).toEqual(before);
    // A comparison names people through the groups by name, made again from the settled groups.
    expect(compared()).toEqual(comparedBefore);

    // A settled view cannot fold a new report in: it is built afresh, in slices (a search
    // typed meanwhile is answered), not at once by the view's own call.
    await api.ingestPaths([join(SEEDS, files.at(-1)!)]);
    setSliceBudget(0);
    let slices = 0;
    observeSlices(() => slices++);
    const after = await views(api, dated);
    expect(slices).toBeGreaterThan(3);
    expect(peekView(db, 'timeline')?.settled).toBe(false);
    observeSlices(null);
    bumpCompareVersion(db);
    expect(after).toEqual(await views(api, dated));
    expect(after.stories.flatMap((s) => s.articleIds).length).toBeGreaterThan(before.stories.flatMap((s) => s.articleIds).length);
    db.close();
  });

  it('show a report trashed after they settled as gone, as a regrouping without it does, and back on restore', async () => {
    const { db, api } = await memoryService();
    const { added } = await api.ingestPaths(files.map((f) => join(SEEDS, f)));
    const dated = added[0]!.articleId;
    const gone = added.find((x) => x.articleId !== dated)!.articleId;
    const original = await views(api, dated);
    expect(original.stories.some((s) => s.articleIds.includes(gone))).toBe(true);
    expect(settleViews(db)).toBe(true);

    await api.trashArticles([gone]);
    const taken = await views(api, dated);
    expect(taken.stories.some((s) => s.articleIds.includes(gone))).toBe(false);
    expect(taken.timeline.some((e) => e.articleIds.includes(gone))).toBe(false);
    bumpCompareVersion(db);
    expect(await views(api, dated)).toEqual(taken);

    expect(settleViews(db)).toBe(true);
    await api.restoreArticles([gone]);
    expect(await views(api, dated)).toEqual(original);
    db.close();
  });

  it('settles nothing that was not built', async () => {
    const { db } = await memoryService();
    expect(settleViews(db)).toBe(false);
    db.close();
  });
});
