import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { bumpCompareVersion } from '../../../src/core/derived/explore-groupings';
import { observeSlices, setSliceBudget, SLICE_BUDGET_MS } from '../../../src/core/derived/slices';
import { getTimeline, listEntities, listStories } from '../../../src/core/explore/views';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import { SEEDS, tempDir } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
afterEach(() => {
  observeSlices(null);
  setSliceBudget(SLICE_BUDGET_MS);
});

describe('the views’ first build gives the thread back between slices', () => {
  it('answers a search typed while the people & places are first built, before that build ends', async () => {
    const db = await openLibrary({ path: join(tmp.dir, 'search-during.sqlite'), seedDir: SEEDS });
    const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: 'x', version: '0' });
    // A word no person is named: the search itself groups no names (a small library groups them on demand).
    await api.searchArticles({ q: 'Gespräche', limit: 5 });
    // Every yield a slice, so a library of five reports is built in several.
    setSliceBudget(0);
    let slices = 0;
    observeSlices(() => slices++);
    const people = api.listEntityPage({ limit: 50 }).then((page) => ({ page, at: slices }));
    const search = api.searchArticles({ q: 'Gespräche', limit: 5 }).then((page) => ({ page, at: slices }));
    const [p, s] = await Promise.all([people, search]);
    expect(s.page.total).toBeGreaterThan(0);
    expect(p.page.items.length).toBeGreaterThan(0);
    // Answered between two slices of the grouping, not after it.
    expect(s.at).toBeLessThan(p.at);
    db.close();
  });

  it('builds in slices the same entities, stories and timeline as at once', async () => {
    const db = await openLibrary({ path: join(tmp.dir, 'same.sqlite'), seedDir: SEEDS });
    const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: 'x', version: '0' });
    setSliceBudget(0);
    let slices = 0;
    observeSlices(() => slices++);
    const sliced = { entities: await api.listEntities({ limit: 500 }), stories: await api.listStories(), timeline: await api.getTimeline({ limit: 500 }) };
    expect(slices).toBeGreaterThan(3);
    bumpCompareVersion(db);
    const atOnce = { entities: listEntities(db, { limit: 500 }), stories: listStories(db), timeline: getTimeline(db, { limit: 500 }) };
    expect(sliced).toEqual(atOnce);
    expect(atOnce.entities.length).toBeGreaterThan(5);
    expect(atOnce.timeline.length).toBeGreaterThan(0);
    db.close();
  });
});
