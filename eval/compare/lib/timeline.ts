import type { ArticleId, TimelineEvent } from '../../../src/shared/api';
import { anchorSpans } from './alignment';
import { overlaps } from './anchors';
import type { GoldSet } from './gold';
import type { EvalLibrary } from './library';

/** Per gold event: the timeline rows that stand for it, and whether one cites half its reports. */
export interface TimelineScore {
  events: number;
  covered: number;
  /** Rows per event, over the events that have at least one. */
  rowsPerEvent: number;
  eventsWithoutRow: number;
  detail: string[];
}

const DAY_MS = 86_400_000;

/**
 * A row stands for an event when it cites one of the event's reports and is dated on the day,
 * or is dated within a day of it, in its month or as a range containing it while one of its
 * sentences states a gold fact of the event (so `am Samstag … im Oman`, the day after, does
 * not count as a piece of the meeting of the day before).
 */
export async function scoreTimeline(lib: EvalLibrary, sets: GoldSet[]): Promise<TimelineScore> {
  const rows = await lib.api.getTimeline({ limit: 10000 });
  const out: TimelineScore = { events: 0, covered: 0, rowsPerEvent: 0, eventsWithoutRow: 0, detail: [] };
  let rowSum = 0;
  for (const set of sets) {
    const spans = await anchorSpans(lib, set);
    const keyOf = new Map(set.reports.map((r) => [lib.ids.get(`${set.id}/${r.key}`)!, r.key]));
    const statesFact = (r: TimelineEvent) =>
      r.mentions.some((m) => {
        const key = keyOf.get(m.articleId);
        return key !== undefined && [...(spans.get(key)?.values() ?? [])].some((sp) => overlaps({ start: m.sentenceStart, end: m.sentenceEnd }, sp));
      });
    for (const ev of set.events) {
      out.events++;
      const ids = new Set<ArticleId>(ev.reports.map((k) => lib.ids.get(`${set.id}/${k}`)!));
      const mine = rows.filter((r) => r.articleIds.some((id) => ids.has(id)) && (r.date === ev.date || (near(r, ev.date) && statesFact(r))));
      const best = Math.max(0, ...mine.map((r) => r.articleIds.filter((id) => ids.has(id)).length));
      if (best * 2 >= ids.size && best > 0) out.covered++;
      if (mine.length) rowSum += mine.length;
      else out.eventsWithoutRow++;
      out.detail.push(`${set.id}/${ev.id} ${ev.date}: ${mine.length} row(s), best cites ${best}/${ids.size}${mine.length ? ` — ${mine.map((r) => `${r.date} “${r.label}” [${r.articleIds.filter((id) => ids.has(id)).length}]`).join('; ')}` : ''}`);
    }
  }
  const withRows = out.events - out.eventsWithoutRow;
  out.rowsPerEvent = withRows ? rowSum / withRows : 0;
  return out;
}

function near(r: TimelineEvent, day: string): boolean {
  const t = Date.parse(day);
  if (r.date.length === 10 && Math.abs(Date.parse(r.date) - t) <= DAY_MS) return true;
  if (r.date.length === 7 && r.date === day.slice(0, 7)) return true;
  return r.endDate !== null && r.date.length === 10 && r.endDate.length === 10 && Date.parse(r.date) <= t && t <= Date.parse(r.endDate);
}
