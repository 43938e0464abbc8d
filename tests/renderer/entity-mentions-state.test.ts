import { describe, expect, it } from 'vitest';
import type { ArticleId, EntityId, EntityMention, EntityMentionsQuery, EntityReportMentions } from '../../src/shared/api';
import { EntityMentionsState, MENTION_REPORTS_PAGE, MENTION_REPORTS_WINDOW } from '../../src/renderer/src/lib/state/entity-mentions.svelte';

/** A person named in `total` reports; report r names her 1 + r % 3 times. */
function api(total: number) {
  const calls: EntityMentionsQuery[] = [];
  const report = (r: number): EntityReportMentions => ({
    articleId: `report${r}` as ArticleId,
    articleTitle: `Report ${r}`,
    mentions: Array.from({ length: 1 + (r % 3) }, () => ({}) as EntityMention),
  });
  return {
    calls,
    async getEntityMentions(q: EntityMentionsQuery) {
      calls.push(q);
      const from = q.after ? Number(q.after) : 0;
      const to = Math.min(total, from + (q.limit ?? MENTION_REPORTS_PAGE));
      return { reports: Array.from({ length: to - from }, (_, i) => report(from + i)), next: to < total ? String(to) : null };
    },
  };
}
const ids = (s: EntityMentionsState) => s.shown.map((g) => g.articleTitle);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `Report ${from + i}`);
const mentions = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => 1 + ((from + i) % 3)).reduce((a, b) => a + b, 0);

describe('EntityMentionsState: at most five pages of report groups in the page', () => {
  it('drops the earliest groups from the page as more are shown, and brings them back a page at a time', async () => {
    const a = api(150);
    const s = new EntityMentionsState(a);
    await s.open('e1' as EntityId);
    for (let k = 0; k < 6; k++) await s.more();
    expect(s.reports).toHaveLength(140);
    expect(ids(s)).toEqual(range(140 - MENTION_REPORTS_WINDOW, 140));
    expect(s.mentionsBefore(s.from)).toBe(mentions(0, 40));
    expect(s.hasLater).toBe(true);

    // A page back: the earlier 20 come again without a read, the last 20 leave the page.
    const reads = a.calls.length;
    s.earlier();
    expect(ids(s)).toEqual(range(20, 120));
    // Forward again: the loaded page comes back without a read.
    await s.more();
    expect(ids(s)).toEqual(range(40, 140));
    expect(a.calls.length).toBe(reads);
    // The last page (10 reports) is read; then nothing is left after the page.
    await s.more();
    expect(ids(s)).toEqual(range(50, 150));
    expect(s.hasLater).toBe(false);
    expect(s.mentionsBefore(s.to)).toBe(mentions(0, 150));
    for (let k = 0; k < 10; k++) s.earlier();
    expect(ids(s)).toEqual(range(0, 100));
    expect(s.hasLater).toBe(true);
  });

  it('opens another order or entity at its first page, all of it in the page', async () => {
    const s = new EntityMentionsState(api(150));
    await s.open('e1' as EntityId);
    for (let k = 0; k < 6; k++) await s.more();
    await s.setOrder('most');
    expect(ids(s)).toEqual(range(0, 20));
    expect(s.from).toBe(0);
  });
});
