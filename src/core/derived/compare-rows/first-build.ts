/**
 * The rows of a first build, kept as they are written. When a view's catch-up fills an empty
 * compare index, every row it writes passes through this thread anyway; keeping them (a few
 * tens of MB at 10k reports) lets the views group them without reading the three tables back
 * (~300 ms of a 10k first build, all of it after the last analysis). What they are given is what
 * those reads give: the same rows, in the same order, with the articles' fields read then.
 *
 * Kept only for a catch-up a person waits for (no import runs: its memory cap), and used only
 * while the compare tables are as the catch-up left them (`compareStamp`): any other change
 * on the connection, a catch-up that did not finish, or the turn after it ends drops them, and
 * the views read the tables as before.
 */
import type { ArticleId } from '../../../shared/api';
import type { WriteDb, ReadDb } from '../../store/db';
import { stmt } from '../../store/queries/cache';
import type { NameStat } from '../../store/queries/entities';
import { compareDocsWithTitles, type CompareDocOfArticle } from '../../store/queries/compare';
import { timelineRowsWithArticles, type TimelineCells, type TimelineRowOfArticle } from '../../store/queries/timeline';
import type { CompareAnalysis } from '../../analysis/article-rows';
import { compareStamp, type CompareStamp } from '../explore-groupings';

interface Kept {
  /** Where the tables stood after the catch-up's last write; null while it runs. */
  done: CompareStamp | null;
  /** Per name (`kind \0 name`): as `nameStats` sums it. */
  names: Map<string, NameStat> | null;
  /** Each article's timeline cells, by `kind \0 start` (a later row replaces one, as the insert does). */
  timeline: Map<ArticleId, Map<string, TimelineCells>> | null;
  docs: [ArticleId, string | null, string][] | null;
}

const kept = new WeakMap<object, Kept>();

/**
 * Articles a first build keeps rows for at most: holding them through the catch-up raised a 10k
 * build's peak RSS by ~60 MB (390 → 450 MB); a larger library reads the tables as before.
 */
export const KEEP_MAX = 20_000;

/** Starts keeping what the catch-up of `pending` articles writes, when the compare index is empty (a first build). */
export function keepFirstBuild(db: WriteDb, pending: number): void {
  const keep = pending <= KEEP_MAX && stmt(db, 'SELECT NOT (EXISTS (SELECT 1 FROM compare_docs) OR EXISTS (SELECT 1 FROM timeline_mentions) OR EXISTS (SELECT 1 FROM entity_mentions)) AS e').pluck().get() === 1;
  if (keep) kept.set(db, { done: null, names: new Map(), timeline: new Map(), docs: [] });
  else kept.delete(db);
}

/** Notes an article's rows as written for the first time (a re-indexed article drops the lot through its stamp). */
export function keepRows(db: WriteDb, id: ArticleId, a: CompareAnalysis | null): void {
  const k = kept.get(db);
  if (!k || k.done || !a || !k.names || !k.timeline || !k.docs) return;
  // As insertEntityMentions groups them: one row per name, counting its mentions.
  const counts = new Map<string, { kind: string; name: string; n: number }>();
  for (const m of a.mentions) {
    const key = `${m.kind}\u0000${m.name}`;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { kind: m.kind, name: m.name, n: 1 });
  }
  for (const [key, c] of counts) {
    const st = k.names.get(key);
    if (st) {
      st.count += c.n;
      st.articles++;
    } else k.names.set(key, { kind: c.kind, name: c.name, count: c.n, articles: 1 } as NameStat);
  }
  let rows = k.timeline.get(id);
  if (!rows) k.timeline.set(id, (rows = new Map()));
  for (const r of a.timeline) rows.set(`${r.kind}\u0000${r.start}`, [id, r.kind, r.start, r.end, r.text, r.date, r.endDate, r.sentenceStart, r.sentenceEnd, r.sentence, r.keys]);
  k.docs.push([id, a.docDate, a.keys]);
}

/** The catch-up wrote its last row: what was kept stands for the tables until the end of this turn. */
export function firstBuildDone(db: WriteDb): void {
  const k = kept.get(db);
  if (!k || k.done) return;
  k.done = compareStamp(db);
  setImmediate(() => {
    if (kept.get(db) === k) kept.delete(db);
  });
}

/** Drops what was kept (a catch-up that stopped before its end). */
export function dropFirstBuild(db: WriteDb): void {
  kept.delete(db);
}

/** The kept rows when they are the tables' rows now. */
function current(db: ReadDb): Kept | undefined {
  const k = kept.get(db);
  if (!k?.done) return undefined;
  const now = compareStamp(db);
  if (now.version === k.done.version && now.added === k.done.added) return k;
  kept.delete(db);
  return undefined;
}

/** `nameStats` from the kept rows, or undefined (read the table). Each kind of row is given once. */
export function keptNameStats(db: ReadDb): NameStat[] | undefined {
  const names = current(db)?.names;
  if (!names) return undefined;
  kept.get(db)!.names = null;
  // GROUP BY kind, name: SQLite's binary order of UTF-8, which is code point order.
  return [...names.values()].sort((a, b) => binaryCompare(a.kind, b.kind) || binaryCompare(a.name, b.name));
}

/** `allTimelineRows` from the kept rows, or undefined. */
export function keptTimelineRows(db: ReadDb): TimelineRowOfArticle[] | undefined {
  const timeline = current(db)?.timeline;
  if (!timeline) return undefined;
  kept.get(db)!.timeline = null;
  const cells: TimelineCells[] = [];
  for (const id of [...timeline.keys()].sort(binaryCompare)) {
    const rows = [...timeline.get(id)!.values()].sort((a, b) => binaryCompare(a[1], b[1]) || a[2] - b[2]);
    for (const r of rows) cells.push(r);
  }
  return timelineRowsWithArticles(db, cells);
}

/** `allCompareDocs` from the kept rows, or undefined. */
export function keptCompareDocs(db: ReadDb): CompareDocOfArticle[] | undefined {
  const docs = current(db)?.docs;
  if (!docs) return undefined;
  kept.get(db)!.docs = null;
  return compareDocsWithTitles(db, docs.sort((a, b) => binaryCompare(a[0], b[0])));
}

/** Compares two strings as SQLite's BINARY collation does (UTF-8 bytes: code points, not UTF-16 units). */
export function binaryCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (U+D800–DFFF, the halves of code points above U+FFFF) sort after U+E000–FFFF.
    if (x >= 0xd800) x = x <= 0xdfff ? x + 0x2000 : x - 0x800;
    if (y >= 0xd800) y = y <= 0xdfff ? y + 0x2000 : y - 0x800;
    return x - y;
  }
  return a.length - b.length;
}
