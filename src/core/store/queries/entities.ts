import type { ArticleId, EntityKind } from '../../../shared/api';
import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';
import { windowAround } from '../../text/window';

/** How often a name occurs in the library. */
export interface NameStat {
  kind: EntityKind;
  name: string;
  count: number;
  articles: number;
}

/** The override key of a name. */
export function nameKey(kind: string, name: string): string {
  return `${kind}\u0000${name}`;
}

/** One mention of a name to store: offsets of the words and of the sentence they stand in. */
export interface MentionRow {
  kind: EntityKind;
  name: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

/** How often each name occurs, in how many articles. */
export function nameStats(db: ReadDb): NameStat[] {
  const read = readingNameStats(db);
  for (;;) {
    const r = read.next();
    if (r.done) return r.value;
  }
}

/** Names read per page by `readingNameStats`. */
const STATS_PAGE = 8192;

/**
 * `nameStats` in pages of names, yielding after each (`core/derived/slices.ts` runs it): the
 * grouping walks the covering index by (kind, name), and each page goes on from the last name of
 * the one before, so the names come in the one read's order, each with all its mentions.
 * `onRows` is told after each page the mention rows read so far (of `mentionRowCount`).
 */
export function* readingNameStats(db: ReadDb, onRows?: (rows: number) => void): Generator<void, NameStat[], undefined> {
  const cols = 'SELECT kind, name, sum(count) AS count, count(*) AS articles FROM entity_mentions';
  const next = stmt(db, `${cols} WHERE (kind, name) > (?, ?) GROUP BY kind, name ORDER BY kind, name LIMIT ${STATS_PAGE}`);
  const out: NameStat[] = [];
  let rows = 0;
  for (let page = stmt(db, `${cols} GROUP BY kind, name ORDER BY kind, name LIMIT ${STATS_PAGE}`).all() as NameStat[]; ; ) {
    for (const s of page) out.push(s);
    if (page.length < STATS_PAGE) return sharedKinds(out);
    if (onRows) {
      for (const s of page) rows += s.articles;
      onRows(rows);
    }
    yield;
    const last = out[out.length - 1]!;
    page = next.all(last.kind, last.name) as NameStat[];
  }
}

/** The mention rows `readingNameStats` reads in all (one per name and article). */
export function mentionRowCount(db: ReadDb): number {
  return (stmt(db, 'SELECT count(*) AS n FROM entity_mentions').get() as { n: number }).n;
}

/** The kinds as one string each: SQLite gives each row its own copy (67,331 people's names at 100,000 reports: 1.5 MB of `person`). */
const KINDS: Record<EntityKind, EntityKind> = { person: 'person', place: 'place', organisation: 'organisation' };

function sharedKinds(stats: NameStat[]): NameStat[] {
  for (const s of stats) s.kind = KINDS[s.kind] ?? s.kind;
  return stats;
}

/**
 * `nameStats` of the people's names and of any name a person put into a group by hand
 * (`entity_overrides`), in the same order: all that the people's groups are made of (the overrides
 * first in the join: a person's few merges, not every mention, are looked up).
 */
export function personNameStats(db: ReadDb): NameStat[] {
  return sharedKinds(stmt(
    db,
    `SELECT kind, name, sum(count) AS count, count(*) AS articles FROM entity_mentions WHERE kind = 'person' GROUP BY kind, name
     UNION ALL
     SELECT m.kind, m.name, sum(m.count), count(*) FROM entity_overrides o CROSS JOIN entity_mentions m ON m.kind = o.kind AND m.name = o.name
     WHERE o.kind <> 'person' GROUP BY m.kind, m.name
     ORDER BY 1, 2`,
  ).all() as NameStat[]);
}

/** The reports naming each place (`Graz` → 15): what tells a club of a city from a person (`explore/place-named.ts`). */
export function placeArticleCounts(db: ReadDb): Map<string, number> {
  const rows = stmt(db, "SELECT name, count(*) AS articles FROM entity_mentions WHERE kind = 'place' GROUP BY name").all() as { name: string; articles: number }[];
  return new Map(rows.map((r) => [r.name, r.articles]));
}

/** A name's place in one article's text: the text and the name's `[start, end]` there. */
export interface NameInText {
  text: string;
  spans: [number, number][];
}

const MENTIONS_IN_TEXT = 'SELECT a.text, m.mentions FROM entity_mentions m JOIN articles a ON a.id = m.article_id WHERE m.kind = ? AND m.name = ?';

/** A stored mention row read as `NameInText` (its mentions also hold sentence offsets, not wanted here). */
function nameInText(r: { text: string; mentions: string }): NameInText {
  return { text: r.text, spans: (JSON.parse(r.mentions) as number[][]).map((m) => [m[0]!, m[1]!] as [number, number]) };
}

/** Where a name stands in (at most `limit` of) its articles. */
export function mentionsInText(db: ReadDb, kind: string, name: string, limit: number): NameInText[] {
  return (stmt(db, `${MENTIONS_IN_TEXT} LIMIT ?`).all(kind, name, limit) as { text: string; mentions: string }[]).map(nameInText);
}

/** Where a name stands in one article; null if it is not named there. */
export function mentionsInArticle(db: ReadDb, kind: string, name: string, id: string): NameInText | null {
  const r = stmt(db, `${MENTIONS_IN_TEXT} AND m.article_id = ?`).get(kind, name, id) as { text: string; mentions: string } | undefined;
  return r ? nameInText(r) : null;
}

/** The articles that mention a name. */
export function articlesOfName(db: ReadDb, kind: string, name: string): string[] {
  return (stmt(db, 'SELECT article_id AS id FROM entity_mentions WHERE kind = ? AND name = ?').all(kind, name) as { id: string }[]).map((r) => r.id);
}

/** The names one article mentions, each with how often (as `nameStats` counts them). */
export function nameCountsInArticle(db: ReadDb, id: string): { kind: EntityKind; name: string; count: number }[] {
  return stmt(db, 'SELECT kind, name, sum(count) AS count FROM entity_mentions WHERE article_id = ? GROUP BY kind, name').all(id) as { kind: EntityKind; name: string; count: number }[];
}

/** Names mentioned in one article. */
export function namesInArticle(db: ReadDb, id: string): { kind: EntityKind; name: string }[] {
  return stmt(db, 'SELECT DISTINCT kind, name FROM entity_mentions WHERE article_id = ?').all(id) as { kind: EntityKind; name: string }[];
}

/** One mention of an entity, with its article and sentence. */
export interface StoredMention {
  articleId: ArticleId;
  articleTitle: string;
  text: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  sentence: string;
}

/** Adds a stored mention row's mentions (its spans with their sentences' offsets, as JSON) to `list`. */
export function pushMentions(list: StoredMention[], articleId: ArticleId, r: { articleTitle: string; text: string; mentions: string }): void {
  for (const [start, end, sentenceStart, sentenceEnd] of JSON.parse(r.mentions) as [number, number, number, number][]) {
    // A window of a long sentence: a copy of a whole run of text without sentence breaks per
    // mention was quadratic in memory.
    const [ss, se] = windowAround(r.text, sentenceStart, sentenceEnd, start);
    list.push({ articleId, articleTitle: r.articleTitle, text: r.text.slice(start, end), start, end, sentenceStart: ss, sentenceEnd: se, sentence: r.text.slice(ss, se) });
  }
}

/** Every mention of the given names, newest article first, in text order within an article. */
export function mentionsOfNames(db: ReadDb, kind: string, names: string[]): StoredMention[] {
  const q = stmt(
    db,
    `SELECT m.article_id AS articleId, a.title AS articleTitle, a.published, a.text, m.mentions
     FROM entity_mentions m JOIN articles a ON a.id = m.article_id WHERE m.kind = ? AND m.name = ?`,
  );
  const rows = names.flatMap((n) => q.all(kind, n) as { articleId: ArticleId; articleTitle: string; published: string | null; text: string; mentions: string }[]);
  rows.sort((x, y) => ((y.published ?? '') < (x.published ?? '') ? -1 : (y.published ?? '') > (x.published ?? '') ? 1 : x.articleId < y.articleId ? -1 : 1));
  const byArticle = new Map<string, StoredMention[]>();
  for (const r of rows) {
    let list = byArticle.get(r.articleId);
    if (!list) byArticle.set(r.articleId, (list = []));
    pushMentions(list, r.articleId, r);
  }
  // Mentions of several names in one article: in text order.
  return [...byArticle.values()].flatMap((list) => list.sort((a, b) => a.start - b.start));
}

/** A person's entity groupings: `nameKey(kind, name)` → group id. */
export function entityOverrides(db: ReadDb): Map<string, string> {
  const rows = stmt(db, 'SELECT kind, name, group_id FROM entity_overrides').all() as { kind: string; name: string; group_id: string }[];
  return new Map(rows.map((r) => [nameKey(r.kind, r.name), r.group_id]));
}

/** Puts names into a group chosen by a person. */
export function setEntityOverrides(db: WriteDb, kind: string, names: string[], groupId: string): void {
  const ins = stmt(db, 'INSERT OR REPLACE INTO entity_overrides(kind, name, group_id) VALUES (?, ?, ?)');
  for (const n of names) ins.run(kind, n, groupId);
}

/** Every distinct name of a person the library mentions (one index scan). */
export function personNames(db: ReadDb): string[] {
  return stmt(db, "SELECT DISTINCT name FROM entity_mentions WHERE kind = 'person'").pluck().all() as string[];
}

/** Every pair of a person's two names some report states (`entity_aliases`), each once. */
export function personAliases(db: ReadDb): [string, string][] {
  return (stmt(db, 'SELECT DISTINCT name, alias FROM entity_aliases').raw().all() as [string, string][]);
}
