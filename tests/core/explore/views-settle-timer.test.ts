import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryService } from '../../support/memory-service';
import { peekView } from '../../../src/core/derived/explore-groupings';
import { SETTLE_AFTER_MS, setSettleClock, type SettleClock } from '../../../src/core/explore/views-settle';
import type { WriteDb } from '../../../src/core/store/db';
import { catchUpCompare } from '../../../src/core/derived/compare-rows/rows';

const SEEDS = join(__dirname, '../../../seeds');
const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

/** A clock whose time moves only when told, running the timers that fall due on the way, in order. */
function fakeClock(): SettleClock & { advance(ms: number): void } {
  let t = 0;
  const timers: { at: number; f: () => void }[] = [];
  return {
    now: () => t,
    later: (f, ms) => void timers.push({ at: t + ms, f }),
    advance(ms) {
      const end = t + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        if (!timers[0] || timers[0].at > end) break;
        const next = timers.shift()!;
        t = next.at;
        next.f();
      }
      t = end;
    },
  };
}

/** The views of `db` that keep only what they serve. */
function settled(db: WriteDb): string[] {
  return ['entities', 'stories', 'timeline'].filter((v) => peekView(db, v)?.settled);
}

/** The seeds but one in a library whose views settle from one report on, its views built at time 0. */
async function builtViews(clock: SettleClock, from = 1) {
  setSettleClock(clock, from);
  const { db, api } = await memoryService();
  await api.ingestPaths(files.slice(0, -1).map((f) => join(SEEDS, f)));
  await api.getTimelinePage({ limit: 5 });
  expect(peekView(db, 'timeline')).toBeDefined();
  return { db, api };
}

afterEach(() => setSettleClock(null));

describe('the idle timer of the views', () => {
  it('settles the views a quiet minute after their build, not before', async () => {
    const clock = fakeClock();
    const { db } = await builtViews(clock);
    clock.advance(SETTLE_AFTER_MS - 1);
    expect(settled(db)).toEqual([]);
    clock.advance(1);
    expect(settled(db)).toEqual(['entities', 'stories', 'timeline']);
    db.close();
  });

  it('waits a quiet minute again from a read of a view', async () => {
    const clock = fakeClock();
    const { db, api } = await builtViews(clock);
    clock.advance(SETTLE_AFTER_MS / 2);
    await api.listStories();
    clock.advance(SETTLE_AFTER_MS - 1);
    expect(settled(db)).toEqual([]);
    clock.advance(1);
    expect(settled(db)).toEqual(['entities', 'stories', 'timeline']);
    db.close();
  });

  it('waits a quiet minute again from reports that came in', async () => {
    const clock = fakeClock();
    const { db, api } = await builtViews(clock);
    clock.advance(SETTLE_AFTER_MS / 2);
    await api.ingestPaths([join(SEEDS, files.at(-1)!)]);
    // As a host's catch-up after an import does (this service indexes them when a view asks).
    expect(catchUpCompare(db)).toBe(1);
    // The timer sees the new reports when it falls due, a minute after the build, and waits on from there.
    clock.advance(SETTLE_AFTER_MS);
    expect(settled(db)).toEqual([]);
    clock.advance(SETTLE_AFTER_MS / 2 - 1);
    expect(settled(db)).toEqual([]);
    clock.advance(SETTLE_AFTER_MS / 2 + 1);
    expect(settled(db)).toEqual(['entities', 'stories', 'timeline']);
    db.close();
  });

  it('settles nothing in a library smaller than the threshold, however long it is quiet', async () => {
    const clock = fakeClock();
    const { db } = await builtViews(clock, files.length);
    clock.advance(10 * SETTLE_AFTER_MS);
    expect(settled(db)).toEqual([]);
    db.close();
  });
});
