/**
 * One event told over two days: news that happens on one day is often confirmed, counted or
 * answered on the next (`Der Hubschrauber stürzte am Sonntag ab` … `Am Montag bestätigte das
 * Fernsehen seinen Tod`), and reports published then date that to the next day. A row the day
 * before or after a story's main event joins it, as one row over both days, when several of the
 * story's reports say it, most of its reports are the story's, and it is told in the main
 * event's words. A row one report gives (`Ein Zusammenhang mit dem Iran …` the day after a
 * meeting) or in other words (an airport struck the day before a capital falls) stays its own.
 */
import type { ArticleId } from '../../shared/api';
import { dayNumber } from '../ingest/dates/calendar';
import type { Cluster } from './timeline-clusters';

/** Weighted share of the smaller row's key words the two rows share. */
export const NEXT_DAY_MIN = 0.35;
/** Reports of the story a row must cite to join its main event. */
const MIN_REPORTS = 2;
/** Key words the two rows must share besides the weight. */
const MIN_SHARED = 3;

/** The rows that join a story's main event (each → the main event's cluster). */
export function nextDayRows(clusters: Cluster[], mains: ReadonlyMap<Cluster, string>, storyOf: ReadonlyMap<ArticleId, string>, idf: (k: string) => number): Map<Cluster, Cluster> {
  const out = new Map<Cluster, Cluster>();
  const byDay = new Map<number, Cluster[]>();
  for (const c of clusters) {
    if (c.rows.length === 0 || c.endDate || c.date.length !== 10 || mains.has(c)) continue;
    const d = dayNumber(c.date)!;
    const list = byDay.get(d);
    if (list) list.push(c);
    else byDay.set(d, [c]);
  }
  for (const [main, story] of mains) {
    if (main.endDate || main.date.length !== 10) continue;
    const d = dayNumber(main.date)!;
    for (const c of [...(byDay.get(d - 1) ?? []), ...(byDay.get(d + 1) ?? [])]) {
      if (out.has(c)) continue;
      let ours = 0;
      for (const a of c.articles) if (storyOf.get(a as ArticleId) === story) ours++;
      if (ours < MIN_REPORTS || ours * 2 < c.articles.size) continue;
      if (toldAlike(c.keys, main.keys, idf)) out.set(c, main);
    }
  }
  return out;
}

function toldAlike(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, idf: (k: string) => number): boolean {
  let shared = 0, count = 0, wa = 0, wb = 0;
  for (const k of a.keys()) {
    if (k.startsWith('#')) continue;
    wa += idf(k);
    if (b.has(k)) {
      shared += idf(k);
      count++;
    }
  }
  for (const k of b.keys()) if (!k.startsWith('#')) wb += idf(k);
  return count >= MIN_SHARED && shared / (Math.min(wa, wb) || 1) >= NEXT_DAY_MIN;
}
