/**
 * The explore views a page at a time, for windows that scroll through all of a large library
 * (4,000 timeline events and 12,000 names at 10k reports): each page carries the total the
 * filters leave, so a view can say "1,000 of 12,144" and size its scroll bar. Timeline chips
 * fold near-identical copies (the same wire report in ten outlets) into one chip.
 */
import type { ArticleId, EntityFilter, EntityPage, PartialDate, Story, StorySummary, TimelineChip, TimelineEvent, TimelineEventDetail, TimelineFilter, TimelineMention, TimelinePage } from '../../shared/api';
import { notice } from '../../shared/api/notices';
import { codedError } from '../../shared/i18n';
import { cachedView } from '../derived/explore-groupings';
import type { ReadDb } from '../store/db';
import { stmt } from '../store/queries/cache';
import { headsOf } from '../store/queries/twins';
import { MAX_COMPARE } from '../compare/in-library';
import { entitySummaries, listStories, timelineEvents } from './views';

/** Events of a timeline page when the caller does not say. */
export const TIMELINE_PAGE = 100;

/**
 * A page of the timeline: `limit` events from `offset`, with their chips as the view shows them
 * (each the report's first mention and a count of its copies). Neither the events' mentions nor
 * the copies travel: at 100k reports a page of 100 events held 11,274 mentions and 9,428 copies,
 * a 9.5 MB answer for 183 chips; `timelineEvent` gives them for the row a person opens.
 */
export function timelinePage(db: ReadDb, f: TimelineFilter & { offset: number; limit: number }): TimelinePage {
  const all = timelineEvents(db, f);
  const events = all.slice(f.offset, f.offset + f.limit);
  const heads = headsOf(db, [...new Set(events.flatMap((e) => e.mentions.map((m) => m.articleId)))]);
  const grouped = events.map((e) => chipGroups(e.mentions, heads));
  const published = publishedOf(db, grouped.flatMap((g) => g.map((c) => c.first.articleId)));
  return {
    events: events.map((e, i) => ({
      id: e.id,
      date: e.date,
      endDate: e.endDate,
      label: e.label,
      reportCount: e.articleIds.length,
      chips: grouped[i]!.map((c) => ({ mention: c.first, published: published.get(c.first.articleId) ?? null, copyCount: c.copies.length })),
    })),
    total: all.length,
    offset: f.offset,
  };
}

/** One event of the whole timeline by id, with every mention and its chips' copies; `NOT_FOUND` when none has it. */
export function timelineEvent(db: ReadDb, id: string): TimelineEventDetail {
  const e = timelineEvents(db, {}).find((x) => x.id === id);
  if (!e) throw codedError('NOT_FOUND', notice('timeline.no-event', { id }));
  return { ...e, chips: chipsOf(db, e) };
}

/** An event's chips with their copies, each with its report's date. */
function chipsOf(db: ReadDb, e: TimelineEvent): TimelineChip[] {
  const groups = chipGroups(e.mentions, headsOf(db, [...new Set(e.mentions.map((m) => m.articleId))]));
  const published = publishedOf(db, groups.flatMap((g) => [g.first, ...g.copies].map((m) => m.articleId)));
  const dated = (m: TimelineMention) => ({ mention: m, published: published.get(m.articleId) ?? null });
  return groups.map((g) => ({ ...dated(g.first), copies: g.copies.map(dated) }));
}

/** A chip before its dates: the first report's first mention and its copies' first mentions. */
interface ChipGroup {
  first: TimelineMention;
  copies: TimelineMention[];
}

/**
 * One chip per report (its first mention), and the chips of a near-duplicate group folded
 * into the first of them, in the order the reports first mention the event.
 */
function chipGroups(mentions: TimelineMention[], heads: Map<ArticleId, ArticleId>): ChipGroup[] {
  const seen = new Set<ArticleId>();
  const byGroup = new Map<ArticleId, ChipGroup>();
  const chips: ChipGroup[] = [];
  for (const m of mentions) {
    if (seen.has(m.articleId)) continue;
    seen.add(m.articleId);
    const group = heads.get(m.articleId) ?? m.articleId;
    const chip = byGroup.get(group);
    if (chip) chip.copies.push(m);
    else {
      const fresh = { first: m, copies: [] };
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

/** The stories as their view lists them: each one's reports counted, the first `MAX_COMPARE` named. */
export function storySummaries(db: ReadDb): StorySummary[] {
  return listStories(db).map((s) => ({ id: s.id, label: s.label, articleCount: s.articleIds.length, firstIds: s.articleIds.slice(0, MAX_COMPARE), from: s.from, to: s.to, keywords: s.keywords }));
}

/** One story by id with all its reports; `NOT_FOUND` when none has it. */
export function storyById(db: ReadDb, id: string): Story {
  const s = listStories(db).find((x) => x.id === id);
  if (!s) throw codedError('NOT_FOUND', notice('stories.no-story', { id }));
  return s;
}
