import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ParallaxEvent } from '../../../src/shared/events';
import { observeSlices, setSliceBudget, SLICE_BUDGET_MS } from '../../../src/core/derived/slices';
import { bumpCompareVersion } from '../../../src/core/derived/explore-groupings';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import { SEEDS, tempDir, writeUnder } from '../../support/temp';
import { STAGE_PARTS } from '../../../src/core/explore/views-progress';

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
      if (!bumped && events.some((e) => e.done >= 2 * STAGE_PARTS)) {
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
    expect(last.total).toBe(7 * STAGE_PARTS);
    db.close();
  });
});

/** Invented reports about 30 stories: enough names, rows and reports for every loop of the build to yield many times. */
function records(n: number): string {
  const first = ['Mara', 'Jonas', 'Ilse', 'Piotr', 'Lena', 'Amir', 'Tove', 'Rafael', 'Nora', 'Kasimir', 'Edda', 'Yusuf'];
  const last = ['Velden', 'Brekke', 'Tamm', 'Adamek', 'Sorvik', 'Haddad', 'Lindqvist', 'Ortiz', 'Falk', 'Rasmussen', 'Okafor', 'Weller', 'Janssen'];
  const cities = ['Lindenau', 'Korvhafen', 'Altmark', 'Severin', 'Dornbach', 'Ostrau', 'Feldberg', 'Maresund', 'Kirchwald', 'Hellmark'];
  return Array.from({ length: n }, (_, r) => {
    const story = r % 30;
    const a = `${first[(story + r) % first.length]} ${last[(story * 7 + r) % last.length]}`, b = `${first[(r * 5) % first.length]} ${last[(r * 3 + story) % last.length]}`;
    const city = cities[story % cities.length]!;
    const day = new Date(Date.UTC(2024, 0, 1 + story * 4 + (r % 3))).toISOString().slice(0, 10);
    const text = [
      `${a} sprach am ${day} in ${city} über den Streit Nummer ${story} um den Hafen.`,
      `Der Rat von ${city} beriet den Fall ${story} am Freitag mit ${b} und Gast${r} Kandidat${r % 97}.`,
      `Bericht ${r} nennt weitere Einzelheiten zur Lage in ${city} und zur Rolle von ${a}.`,
    ].join(' ');
    return JSON.stringify({ id: `r${r}`, title: `Hafenstreit ${story} in ${city}, Bericht ${r}`, site: `site${r % 7}.example`, published: day, text });
  }).join('\n');
}

describe('the views’ first build moves its bar inside long stages', () => {
  it('tells its progress at least every few slices of work, never backwards, from the first stage to the last', async () => {
    const { db, api, events } = await serviceWithEvents('generated.sqlite');
    await api.ingestPaths([writeUnder(tmp.dir, 'generated.jsonl', records(600))]);
    await api.searchArticles({ q: 'Hafen', limit: 1 });
    events.length = 0;
    // Every yield a slice: the slices are the build's units of work, counted between two reports.
    setSliceBudget(0);
    let slices = 0;
    const between: number[] = [];
    observeSlices(() => slices++);
    const heard = events.push.bind(events);
    events.push = (...e: ViewsEvent[]) => {
      between.push(slices);
      slices = 0;
      return heard(...e);
    };
    await api.getTimelinePage({ limit: 10 });
    between.push(slices);
    const done = events.map((e) => e.done);
    for (let i = 1; i < done.length; i++) expect(done[i]).toBeGreaterThan(done[i - 1]!);
    expect(events.at(-1)!.done).toBe(events.at(-1)!.total);
    // Many more reports than the ten stages, and none after a long stretch of work.
    expect(events.length).toBeGreaterThan(5 * 10);
    expect(Math.max(...between), JSON.stringify(between)).toBeLessThanOrEqual(MAX_SLICES_STILL);
    db.close();
  }, 120_000);
});

/**
 * Slices of work (yields) at most between two progress reports. The longest stretches left are
 * the steps not cut into slices (the names' `groups()`, the alias join, the events' last sort)
 * and the stages' ends (a stage's last unit waits for its end): a few slices each.
 */
const MAX_SLICES_STILL = 8;
