import type { WriteDb } from '../db';
import { stmt } from './cache';
import type { MentionRow } from './entities';
import type { TimelineRow } from './timeline';

/**
 * Rows per INSERT statement for the timeline and story rows. A catch-up writes ~5 timeline rows
 * an article; one statement a row crossed from JS into SQLite, bound its cells by name and
 * stepped a statement for each (10k bench library: timeline rows 290 -> 210 ms of the library
 * thread's CPU at 50 a statement). Name rows stay one a statement: without the insert trigger
 * (migration 18) 50 a statement measured 500 ms against 410 one each; the B-trees' work, not the
 * statements, is their cost.
 */
const ROWS_PER_INSERT = 50;

const ENTITY_INSERT = 'INSERT OR REPLACE INTO entity_mentions(article_id, kind, name, count, mentions) VALUES (?, ?, ?, ?, ?)';
const ALIAS_INSERT = 'INSERT OR IGNORE INTO entity_aliases(article_id, name, alias) VALUES (?, ?, ?)';
const TIMELINE_INSERT = 'INSERT OR REPLACE INTO timeline_mentions(article_id, kind, start, end, text, date, end_date, sentence_start, sentence_end, sentence, keys) VALUES ';
const DOC_INSERT = 'INSERT OR REPLACE INTO compare_docs(article_id, date, keys) VALUES ';

/** A timeline row as the analysis gives it, before it is written with its article's id. */
export type TimelineCellsOf = Omit<TimelineRow, 'articleId'>;

/**
 * An article's compare rows as the cells they are written with: strings and numbers in flat
 * arrays, made where the analysis runs. A catch-up's analyses cross from the workers to the
 * library thread in this form: a structured clone of an object per mention and per timeline row
 * cost the library thread its deserialisation and the garbage after it, and the grouping of the
 * mentions by name ran there too.
 */
export interface CompareRowCells {
  /** Per name (`NAME_WIDTH` cells): kind, name, how often, and its mentions as JSON (`[start, end, sentenceStart, sentenceEnd]` each). */
  names: (string | number)[];
  /** Per alias pair the report states (two cells): a person's name and their other name (`analysis/name-aliases.ts`). */
  aliases: string[];
  /** Per timeline row (`TIMELINE_WIDTH` cells): its columns after the article id, in `TIMELINE_INSERT`'s order. */
  timeline: (string | number | null)[];
  docDate: string | null;
  keys: string;
}

const NAME_WIDTH = 4;
const TIMELINE_WIDTH = 10;

/** The cells of an article's rows: one per name (its mentions in the order found), its timeline rows, its story row. */
export function compareRowCells(mentions: readonly MentionRow[], timeline: readonly TimelineCellsOf[], docDate: string | null, keys: string, aliases: readonly (readonly [string, string])[] = []): CompareRowCells {
  const byName = new Map<string, { kind: string; name: string; m: number[][] }>();
  for (const r of mentions) {
    const key = `${r.kind}\u0000${r.name}`;
    let e = byName.get(key);
    if (!e) byName.set(key, (e = { kind: r.kind, name: r.name, m: [] }));
    e.m.push([r.start, r.end, r.sentenceStart, r.sentenceEnd]);
  }
  const names: (string | number)[] = [];
  for (const e of byName.values()) names.push(e.kind, e.name, e.m.length, JSON.stringify(e.m));
  const cells: (string | number | null)[] = [];
  for (const r of timeline) cells.push(r.kind, r.start, r.end, r.text, r.date, r.endDate, r.sentenceStart, r.sentenceEnd, r.sentence, r.keys);
  return { names, aliases: aliases.flat(), timeline: cells, docDate, keys };
}

/**
 * Writes the compare rows of several articles, the timeline and story rows with few statements,
 * in the order they were added (so a later row replaces an earlier one with its key, as one by
 * one).
 * `flush()` before anything reads or deletes those articles' rows, and inside the transaction
 * that added them.
 */
export class CompareRowsOut {
  private readonly timeline: unknown[] = [];
  private readonly docs: unknown[] = [];
  /** Person rows written since the last flush, for the spellings' change count. */
  private persons = 0;

  constructor(private readonly db: WriteDb) {}

  /** An article's rows (see `compareRowCells`). */
  add(id: string, cells: CompareRowCells): void {
    const ins = stmt(this.db, ENTITY_INSERT);
    const n = cells.names;
    for (let i = 0; i < n.length; i += NAME_WIDTH) {
      ins.run(id, n[i], n[i + 1], n[i + 2], n[i + 3]);
      if (n[i] === 'person') this.persons++;
    }
    const a = cells.aliases;
    // Rare (a report in hundreds states one): one statement each.
    for (let i = 0; i + 1 < a.length; i += 2) stmt(this.db, ALIAS_INSERT).run(id, a[i], a[i + 1]);
    const t = cells.timeline;
    for (let i = 0; i < t.length; i += TIMELINE_WIDTH) this.timeline.push(id, t[i], t[i + 1], t[i + 2], t[i + 3], t[i + 4], t[i + 5], t[i + 6], t[i + 7], t[i + 8], t[i + 9]);
    this.docs.push(id, cells.docDate, cells.keys);
    this.write(false);
  }

  /**
   * Writes what was added, and counts its person rows as changes of people's names (what the
   * insert trigger of migration 14 did a row at a time; migration 18 dropped it).
   */
  flush(): void {
    this.write(true);
    if (this.persons > 0) stmt(this.db, 'UPDATE name_spellings_state SET changes = changes + ? WHERE id = 1').run(this.persons);
    this.persons = 0;
  }

  /** Writes the full statements' worth of rows, and with `all` the rest too. */
  private write(all: boolean): void {
    insertRows(this.db, TIMELINE_INSERT, 11, this.timeline, all);
    insertRows(this.db, DOC_INSERT, 3, this.docs, all);
  }
}

/** Writes `cells` (`width` a row) `ROWS_PER_INSERT` rows a statement, with `all` the last few too, and drops what it wrote. */
function insertRows(db: WriteDb, head: string, width: number, cells: unknown[], all: boolean): void {
  const full = ROWS_PER_INSERT * width;
  let at = 0;
  for (; at + full <= cells.length; at += full) stmt(db, sqlFor(head, width, ROWS_PER_INSERT)).run(cells.slice(at, at + full));
  if (all && at < cells.length) {
    stmt(db, sqlFor(head, width, (cells.length - at) / width)).run(at === 0 ? cells : cells.slice(at));
    at = cells.length;
  }
  if (at > 0) cells.splice(0, at);
}

const sqls = new Map<string, string>();

/** `head` followed by `rows` groups of `width` placeholders (built once per shape). */
function sqlFor(head: string, width: number, rows: number): string {
  const key = `${rows} ${head}`;
  let sql = sqls.get(key);
  if (!sql) {
    const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
    sqls.set(key, (sql = head + Array.from({ length: rows }, () => row).join(', ')));
  }
  return sql;
}
