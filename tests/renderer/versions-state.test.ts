import { describe, expect, it } from 'vitest';
import type { ArticleId, VersionSwitch } from '../../src/shared/api';
import { VersionState } from '../../src/renderer/src/lib/state/versions.svelte';

const id = (s: string) => s as ArticleId;

function fakeApi() {
  const calls: string[] = [];
  return {
    calls,
    api: {
      async useNewVersion(x: ArticleId): Promise<VersionSwitch> {
        calls.push(`use ${x}`);
        return { articleId: x, earlier: [id('v1')], moved: [], orphaned: [], overridesBefore: {}, editsCarried: false, textEditsLeft: false };
      },
      async undoNewVersion(c: VersionSwitch) {
        calls.push(`undo ${c.articleId}`);
      },
    },
  };
}

describe('VersionState', () => {
  it('uses the new version, refreshes the list and opens it; undo takes it back and opens the earlier version', async () => {
    const f = fakeApi();
    const events: string[] = [];
    const s = new VersionState(f.api, async () => void events.push('refresh'), async (x) => void events.push(`open ${x}`));
    await s.use(id('v2'), 'Glasgow');
    expect(s.canUndo).toBe(true);
    expect(s.last?.title).toBe('Glasgow');
    expect(s.last?.at).toBeGreaterThan(0);
    expect(s.used.has(id('v2'))).toBe(true);
    expect(events).toEqual(['refresh', 'open v2']);
    await s.undo();
    expect(f.calls).toEqual(['use v2', 'undo v2']);
    expect(s.canUndo).toBe(false);
    expect(s.used.has(id('v2'))).toBe(false);
    expect(events).toEqual(['refresh', 'open v2', 'refresh', 'open v1']);
  });

  it('dismiss ends the undo without a call', async () => {
    const f = fakeApi();
    const s = new VersionState(f.api);
    await s.use(id('v2'), 'Glasgow');
    s.dismiss();
    await s.undo();
    expect(f.calls).toEqual(['use v2']);
  });
});
