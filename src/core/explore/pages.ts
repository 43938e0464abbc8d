/**
 * The explore views a page at a time, for windows that scroll through all of a large library
 * (4,000 timeline events and 12,000 names at 10k reports): each page carries the total the
 * filters leave, so a view can say "1,000 of 12,144" and size its scroll bar. Timeline chips
 * fold near-identical copies (the same wire report in ten outlets) into one chip.
 */
import type { ArticleId, EntityFilter, EntityPage, PartialDate, TimelineChip, TimelineFilter, TimelineMention, TimelinePage } from '../../shared/api';
import { cachedView } from '../derived/explore-groupings';
import type { ReadDb } from '../store/db';
import { stmt } from '../store/queries/cache';
import { headsOf } from '../store/queries/twins';
import { entitySummaries, timelineEvents } from './views';

/** Events of a timeline page when the caller does not say. */
export const TIMELINE_PAGE = 100;

/** A page of the timeline: `limit` events from `offset`, with their chips. */
export function timelinePage(db: ReadDb, f: TimelineFilter & { offset: number; limit: number }): TimelinePage {
  const all = timelineEvents(db, f);
  const events = all.slice(f.offset, f.offset + f.limit);
  const ids = [...new Set(events.flatMap((e) => e.mentions.map((m) => m.articleId)))];
  const heads = headsOf(db, ids);
  const published = publishedOf(db, ids);
  return {
    events: events.map((e) => ({ ...e, chips: chipsOf(e.mentions, heads, published) })),
    total: all.length,
    offset: f.offset,
  };
}

/**
 * One chip per report (its first mention), and the chips of a near-duplicate group folded
 * into the first of them, in the order the reports first mention the event.
 */
function chipsOf(mentions: TimelineMention[], heads: Map<ArticleId, ArticleId>, published: Map<string, PartialDate | null>): TimelineChip[] {
  const seen = new Set<ArticleId>();
  const byGroup = new Map<ArticleId, TimelineChip>();
  const chips: TimelineChip[] = [];
  for (const m of mentions) {
    if (seen.has(m.articleId)) continue;
    seen.add(m.articleId);
    const group = heads.get(m.articleId) ?? m.articleId;
    const entry = { mention: m, published: published.get(m.articleId) ?? null };
    const chip = byGroup.get(group);
    if (chip) chip.copies.push(entry);
    else {
      const fresh = { ...entry, copies: [] };
      byGroup.set(group, fresh);
      chips.push(fresh);
    }
  }
  return chips;
}

/** Each report's own date (the reader's, with a person's edit), by id. */
function publishedOf(db: ReadDb, ids: string[]): Map<string, PartialDate | null> {
  const rows = stmt(db, 'SELECT id, published FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { id: string; published: string | null }[];
  return new Map(rows.map((r) => [r.id, r.published]));
}

/** A page of people, places and organisations from `offset`, with the total. */
export function entityPage(db: ReadDb, f: EntityFilter & { offset: number; limit: number }): EntityPage {
  // Without a text or article filter the sorted list is kept until the compare rows change:
  // scrolling asks for one page after another of the same list.
  const all = f.q || f.articleId ? entitySummaries(db, f) : cachedView(db, `entity-summaries:${f.kind ?? 'all'}`, () => entitySummaries(db, f));
  return { items: all.slice(f.offset, f.offset + f.limit), total: all.length, offset: f.offset };
}
