import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ParallaxEvent } from '../../../src/shared/events';
import { observeSlices, setSliceBudget, SLICE_BUDGET_MS } from '../../../src/core/derived/slices';
import { bumpCompareVersion } from '../../../src/core/derived/explore-groupings';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import { SEEDS, tempDir } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
afterEach(() => {
  observeSlices(null);
  setSliceBudget(SLICE_BUDGET_MS);
});

type ViewsEvent = Extract<ParallaxEvent, { type: 'taskProgress' }>;

async function serviceWithEvents(name: string) {
  const db = await openLibrary({ path: join(tmp.dir, name), seedDir: SEEDS });
  const events: ViewsEvent[] = [];
  const api = createParallaxService({ db, emit: (e) => { if (e.type === 'taskProgress' && e.task === 'views') events.push(e); }, host: 'test', libraryPath: 'x', version: '0' });
  // The catch-up of the seeds' compare rows first, so only the views' build is counted.
  await api.searchArticles({ q: 'Gespräche', limit: 1 });
  return { db, api, events };
}

/** The share done each event says, in order. */
const shares = (events: ViewsEvent[]) => events.map((e) => e.done / e.total);

describe('the views’ first build reports its progress with a known end', () => {
  it('goes up step by step through names, stories and timeline to 100 % when the timeline is asked', async () => {
    const { db, api, events } = await serviceWithEvents('timeline.sqlite');
    setSliceBudget(0);
    await api.getTimelinePage({ limit: 10 });
    expect(events.length).toBeGreaterThan(3);
    expect(new Set(events.map((e) => e.total)).size).toBe(1);
    const s = shares(events);
    for (let i = 1; i < s.length; i++) expect(s[i]).toBeGreaterThan(s[i - 1]!);
    expect(s.at(-1)).toBe(1);
    expect(s[0]).toBeLessThan(0.5);
    // The steps in the order they are built, each named.
    expect([...new Set(events.map((e) => e.step))]).toEqual(['entities', 'stories', 'timeline']);
    // Built: a second call reports nothing.
    const before = events.length;
    await api.getTimelinePage({ limit: 10 });
    expect(events.length).toBe(before);
    db.close();
  });

  it('stays monotone and ends at 100 % when two views are asked at once and the rows change under the build', async () => {
    const { db, api, events } = await serviceWithEvents('both.sqlite');
    setSliceBudget(0);
    // The compare rows change after the names' build has reached its second stage: it is run again from the start.
    let bumped = false;
    observeSlices(() => {
      if (!bumped && events.some((e) => e.done >= 2)) {
        bumped = true;
        bumpCompareVersion(db);
      }
    });
    await Promise.all([api.listEntityPage({ limit: 50 }), api.listStories()]);
    expect(bumped).toBe(true);
    const done = events.map((e) => e.done);
    for (let i = 1; i < done.length; i++) expect(done[i]).toBeGreaterThanOrEqual(done[i - 1]!);
    const last = events.at(-1)!;
    expect(last.done).toBe(last.total);
    expect(events.every((e) => e.done <= e.total)).toBe(true);
    // The stories asked meanwhile are in the one build's count: names (4 stages) and stories (3).
    expect(last.total).toBe(7);
    db.close();
  });
});
