import { describe, expect, it } from 'vitest';
import type { ArticleId, TrashedArticle } from '../../src/shared/api';
import { TrashState } from '../../src/renderer/src/lib/state/trash.svelte';
import { summary } from './fake-client';

/** A trash over a set of ids, recording the calls. */
function fakeApi() {
  const trashed = new Set<ArticleId>();
  const calls: string[] = [];
  return {
    trashed,
    calls,
    api: {
      async trashArticles(ids: ArticleId[]) {
        calls.push(`trash ${ids.join(',')}`);
        const moved = ids.filter((id) => !trashed.has(id));
        for (const id of moved) trashed.add(id);
        return { ids: moved };
      },
      async restoreArticles(ids: ArticleId[]) {
        calls.push(`restore ${ids.join(',')}`);
        const back = ids.filter((id) => trashed.delete(id));
        return { ids: back };
      },
      async listTrash(): Promise<TrashedArticle[]> {
        return [...trashed].map((id) => ({ ...summary(id), trashedAt: 't', edited: false }));
      },
      async purgeArticles(ids: ArticleId[]) {
        calls.push(`purge ${ids.join(',')}`);
        return { ids: ids.filter((id) => trashed.delete(id)) };
      },
    },
  };
}

const id = (s: string) => s as ArticleId;

describe('TrashState', () => {
  it('moves the picked reports, else the selected one, and clears the picks', async () => {
    const f = fakeApi();
    const t = new TrashState(f.api);
    const list = { picked: [id('a'), id('b')], selectedId: id('c'), clearPicked() { this.picked = []; } };
    await t.moveFrom(list);
    expect(f.calls).toEqual(['trash a,b']);
    expect(t.lastMoved).toEqual(['a', 'b']);
    expect(list.picked).toEqual([]);
    await t.moveFrom(list);
    expect(f.calls).toEqual(['trash a,b', 'trash c']);
    expect(t.lastMoved).toEqual(['c']);
  });

  it('undo restores exactly the last move, once, and the list reloads after each', async () => {
    const f = fakeApi();
    let reloads = 0;
    const t = new TrashState(f.api, async () => void reloads++);
    await t.move([id('a')]);
    await t.move([id('b'), id('c')]);
    expect(t.canUndo).toBe(true);
    await t.undo();
    expect(f.calls.at(-1)).toBe('restore b,c');
    expect([...f.trashed]).toEqual(['a']);
    expect(t.canUndo).toBe(false);
    await t.undo();
    expect(f.calls.filter((c) => c.startsWith('restore'))).toHaveLength(1);
    expect(reloads).toBe(3);
  });

  it('redo moves what the last undo restored to the trash again, once; a new move or another undo ends it', async () => {
    const f = fakeApi();
    const t = new TrashState(f.api);
    await t.move([id('a'), id('b')]);
    expect(t.canRedo).toBe(false);
    await t.undo();
    expect(t.canRedo).toBe(true);
    await t.redo();
    expect(f.calls.at(-1)).toBe('trash a,b');
    expect([...f.trashed].sort()).toEqual(['a', 'b']);
    // The undo line is back, and its undo again can be redone again.
    expect(t.lastMoved).toEqual(['a', 'b']);
    expect(t.canRedo).toBe(false);
    await t.undo();
    t.forgetRedo();
    await t.redo();
    expect(f.calls.filter((c) => c.startsWith('trash'))).toHaveLength(2);
    await t.move([id('c')]);
    await t.undo();
    await t.move([id('d')]);
    expect(t.canRedo).toBe(false);
  });

  it('a report restored or purged from the trash view leaves the undo line', async () => {
    const f = fakeApi();
    const t = new TrashState(f.api);
    await t.move([id('a'), id('b')]);
    await t.open();
    expect(t.items.map((x) => x.id)).toEqual(['a', 'b']);
    await t.restore(id('a'));
    expect(t.lastMoved).toEqual(['b']);
    t.confirming = id('b');
    await t.purge(id('b'));
    expect(t.lastMoved).toBeNull();
    expect(t.confirming).toBeNull();
    expect(t.items).toEqual([]);
  });
});
