/**
 * The library's timeline: dated sentences grouped into events.
 *
 * 1. Mentions are bucketed by their resolved date (a range by its first and last day).
 * 2. Within a bucket, a mention joins the event whose key words (content stems, names,
 *    figures) it overlaps most, weighted by rarity over all mentions, when the overlap covers
 *    `JOIN_MIN` of the smaller side (`SAME_ARTICLE_MIN` for two mentions in one article,
 *    which mostly speak of one event) — else it starts an event of its own.
 * 3. A month-precision event (`Ende Oktober`) folds into a day-precision event of that month
 *    when they overlap strongly (`REFINE_MIN`).
 * 4. Undated lead sentences of articles whose own date is uncertain are linked to an event of
 *    another report when they overlap one of its sentences strongly (`INFER_MIN`) and the event's date fits what
 *    is known of the article's date (its month): that is how a wire report with a wrong
 *    header date learns the day its text reports.
 * 5. Every report of a story is cited on the story's main event, and each event is labelled
 *    (`timeline-events.ts`).
 *
 * Steps 1–4 stay within a month (`timeline-clusters.ts`), so the index groups each month on its
 * own and keeps the months: a new report regroups only the months that it and the reports of
 * its story date something to, with the rarity of the library as it was built plus the new
 * rows (the caller builds afresh after many new reports).
 */
import type { ArticleId } from '../../shared/api';
import { dateOpenRows, dateOpenRowsInSlices, storyWhen, storyWhenInSlices, type StoryWhen, type TimelineInput } from './timeline-dating';
import { groupMonth, monthOf, storySizes, type MonthResult } from './timeline-clusters';
import { KeyWordTable } from './timeline-key-words';
import { finishTimeline, type TimelineResult } from './timeline-events';
import { partOf, runAtOnce, sliceAt, sliceLoop, slicePart, type Slices } from '../derived/slices';

export type { TimelineInput } from './timeline-dating';
export type { TimelineResult } from './timeline-events';
export { JOIN_MIN, SAME_ARTICLE_MIN, REFINE_MIN, INFER_MIN } from './timeline-clusters';

/** Builds the timeline from stored rows (see the module comment); `storyOf` maps a report to its story. */
export function buildTimeline(stored: TimelineInput[], storyOf: ReadonlyMap<ArticleId, string> = new Map()): TimelineResult {
  return new TimelineIndex(stored, storyOf).result();
}

/** The timeline of a library, grouped month by month and kept current as reports are added. */
export class TimelineIndex {
  /** Stored rows by report, and the rows read from its open mentions against its story's day. */
  private readonly stored = new Map<ArticleId, TimelineInput[]>();
  private readonly opened = new Map<ArticleId, TimelineInput[]>();
  /**
   * The rows filed under each month, in the order filed. Arrays, not sets: a row is filed once
   * (`place` is given rows not filed before) and taken away only when a story's day moves; a
   * set's entries took ~2.5 times the memory of an array's slots (617k rows at 100k).
   */
  private readonly byMonth = new Map<string, TimelineInput[]>();
  private readonly months = new Map<string, MonthResult>();
  /** The rows' key words, as ids. */
  private readonly table = new KeyWordTable();
  /**
   * Per key id: the rows holding it (`NONE` for a key never counted), and the last row counted
   * for it (`stamp`), so a row's repeated keys count once without a set made per row.
   */
  private df = new Int32Array(0);
  private stamps = new Int32Array(0);
  private stamp = 0;
  private n = 0;
  /** Per key id, its rarity once asked (NaN before). */
  private idfs = new Float64Array(0);
  private when = new Map<string, StoryWhen>();
  /** Reports per story of `storyOf`, for every month's grouping. */
  private storySize = new Map<string, number>();
  /** Rows the index was built from (rarity's `n`). */
  builtFrom = 0;
  /** Whether reports were added: its events' words are then kept from one result to the next. */
  private grown = false;
  /** The undated rows of `stored` (leads), read on the first result after a change. */
  private leads: TimelineInput[] | null = null;

  /** `later`: built by `TimelineIndex.building`, in slices. */
  constructor(stored: TimelineInput[], private storyOf: ReadonlyMap<ArticleId, string>, later?: 'later') {
    if (!later) runAtOnce(this.build(stored));
  }

  /**
   * Keeps its events' words from its first result on, as after reports were added: for an index
   * that will fold new reports in, whose first fold then reads again only the words of the months
   * it grouped again, where it read every event's (10k at load ~28: ~5 s of the first fold's ~6).
   */
  keepWords(): void {
    this.grown = true;
  }

  /** A first build in slices (`derived/slices.ts`): seconds at 100k reports. */
  static *building(stored: TimelineInput[], storyOf: ReadonlyMap<ArticleId, string>): Slices<TimelineIndex> {
    const index = new TimelineIndex(stored, storyOf, 'later');
    yield* index.build(stored);
    return index;
  }

  private *build(stored: TimelineInput[]): Slices<void> {
    // The bar's shares of the build's loops (`partOf`), about as they take at 100k reports.
    this.when = yield* partOf(0, 0.15, storyWhenInSlices(stored, this.storyOf));
    this.storySize = storySizes(this.storyOf);
    yield* partOf(0.15, 0.2, sliceLoop(0, stored.length, 1024, (i) => this.rowsOf(this.stored, stored[i]!.articleId).push(stored[i]!)));
    const open = yield* partOf(0.2, 0.3, dateOpenRowsInSlices(stored, this.storyOf, this.when));
    yield* partOf(0.3, 0.35, sliceLoop(0, open.length, 1024, (i) => this.rowsOf(this.opened, open[i]!.articleId).push(open[i]!)));
    // Rows of one key string count alike: their words are counted once, times the rows.
    const placed = this.placed();
    let held = new Int32Array(1024);
    let k = 0;
    for (const r of placed) {
      if (sliceAt(k++, 1024)) {
        slicePart(0.35 * placed.length + 0.2 * k, placed.length);
        yield;
      }
      const rec = this.table.recLater(r.keys);
      if (rec >= held.length) held = grownTo(held, rec + 1, 0);
      held[rec]!++;
    }
    yield* this.table.readingPending();
    for (let rec = 0; rec < held.length; rec++) {
      if (held[rec]! > 0) this.count(rec, held[rec]!);
      if (sliceAt(rec, 4096)) {
        slicePart(0.55 * held.length + 0.05 * rec, held.length);
        yield;
      }
    }
    yield* partOf(0.6, 0.75, sliceLoop(0, placed.length, 1024, (i) => this.file(placed[i]!)));
    this.table.trim();
    this.builtFrom = this.n;
    const months = this.byMonth.size;
    let m = 0;
    for (const month of this.byMonth.keys()) {
      this.regroup(month);
      slicePart(0.75 * months + 0.25 * ++m, months);
      yield;
    }
  }

  /**
   * Adds the rows of new reports, with the stories as they are now. Grouped again: the months of
   * the new rows, of the reports that changed story through them (stories joined by a new
   * report), and, when a story's day moved, of its reports' open mentions, read again.
   */
  add(rows: TimelineInput[], storyOf: ReadonlyMap<ArticleId, string>): void {
    const before = this.storyOf;
    this.grown = true;
    this.leads = null;
    this.storyOf = storyOf;
    this.storySize = storySizes(storyOf);
    const fresh = new Set(rows.map((r) => r.articleId));
    for (const r of rows) this.rowsOf(this.stored, r.articleId).push(r);
    const stories = new Set([...fresh].map((id) => storyOf.get(id)).filter((s): s is string => !!s));
    const members = new Map<string, ArticleId[]>();
    for (const [id, st] of storyOf) {
      if (!stories.has(st)) continue;
      const list = members.get(st);
      if (list) list.push(id);
      else members.set(st, [id]);
    }
    const dirty = new Set<string>();
    for (const r of rows) this.place(r, dirty);
    for (const st of stories) {
      const ids = members.get(st) ?? [];
      const storyRows = ids.flatMap((id) => this.stored.get(id) ?? []);
      // The reports that were in another story (or none) before: stories joined through the new one.
      const olds = new Map<string | undefined, number>();
      for (const id of ids) if (!fresh.has(id)) olds.set(before.get(id), (olds.get(before.get(id)) ?? 0) + 1);
      const main = [...olds].filter(([k]) => k !== undefined).sort((a, b) => b[1] - a[1])[0]?.[0];
      const moved = ids.filter((id) => !fresh.has(id) && (before.get(id) === undefined || before.get(id) !== main));
      // Their rows' months group again: one story's reports on one day make one event.
      for (const id of moved) for (const r of this.stored.get(id) ?? []) dirty.add(monthOf(r));
      // The story's day, read again from its rows: if it moved, its reports' open mentions are read again.
      const was = main ? this.when.get(main) : undefined;
      const now = storyWhen(storyRows, new Map(ids.map((id) => [id, st] as const))).get(st) ?? { day: null, month: null };
      this.when.set(st, now);
      const same = !!was && was.day === now.day && was.month === now.month;
      for (const id of ids) {
        if (same && !fresh.has(id) && !moved.includes(id)) continue;
        this.redateOpen(id, dirty);
      }
    }
    this.idfs.fill(NaN);
    for (const m of dirty) this.regroup(m);
  }

  /**
   * Takes reports out (the trash), with the stories as they are now, without them; returns the
   * rows taken out. Grouped again: the months of their rows and of the rows of every report of
   * the stories they were in (split, renamed or smaller now), whose days are read again, and
   * those reports' open mentions with them.
   */
  remove(ids: ReadonlySet<ArticleId>, storyOf: ReadonlyMap<ArticleId, string>): number {
    const before = this.storyOf;
    const olds = new Set([...ids].map((id) => before.get(id)).filter((s): s is string => !!s));
    const left = [...before].filter(([id, st]) => olds.has(st) && !ids.has(id)).map(([id]) => id);
    this.grown = true;
    this.leads = null;
    this.storyOf = storyOf;
    this.storySize = storySizes(storyOf);
    const dirty = new Set<string>();
    let rows = 0;
    for (const id of ids) {
      for (const r of this.opened.get(id) ?? []) this.unplace(r, dirty);
      for (const r of this.stored.get(id) ?? []) this.unplace(r, dirty), rows++;
      this.opened.delete(id);
      this.stored.delete(id);
    }
    for (const st of olds) this.when.delete(st);
    const stories = new Set(left.map((id) => storyOf.get(id)).filter((s): s is string => !!s));
    const inLeft = new Set(left);
    for (const [id, st] of storyOf) if (stories.has(st) && !inLeft.has(id)) left.push(id);
    const own = new Map(left.flatMap((id) => (storyOf.has(id) ? [[id, storyOf.get(id)!] as const] : [])));
    const now = storyWhen(left.flatMap((id) => this.stored.get(id) ?? []), own);
    for (const st of stories) this.when.set(st, now.get(st) ?? { day: null, month: null });
    for (const id of left) {
      for (const r of this.stored.get(id) ?? []) dirty.add(monthOf(r));
      this.redateOpen(id, dirty);
    }
    this.idfs.fill(NaN);
    for (const m of dirty) this.regroup(m);
    return rows;
  }

  /** The events and text dates of the whole library. */
  result(): TimelineResult {
    return runAtOnce(this.resulting());
  }

  /** `result` in slices. */
  *resulting(): Slices<TimelineResult> {
    const clusters = [...this.months.values()].flatMap((m) => m.clusters);
    slicePart(1, 20);
    yield;
    const textDates = new Map([...this.months.values()].flatMap((m) => [...m.textDates]));
    slicePart(2, 20);
    yield;
    // The undated rows change only when reports are added (a timeline kept current finishes often).
    const leads = (this.leads ??= [...this.stored.values()].flatMap((rows) => rows.filter((r) => r.kind === 'undated')));
    slicePart(3, 20);
    yield;
    return yield* partOf(0.15, 1, finishTimeline(clusters, leads, this.storyOf, this.when, (k) => this.idf(k), textDates, this.grown));
  }

  /** A report's open mentions (`am Freitag`) dated again by its story's day as it is now; their months marked `dirty`. */
  private redateOpen(id: ArticleId, dirty: Set<string>): void {
    for (const r of this.opened.get(id) ?? []) this.unplace(r, dirty);
    this.opened.delete(id);
    for (const r of dateOpenRows(this.stored.get(id) ?? [], this.storyOf, this.when)) {
      this.rowsOf(this.opened, r.articleId).push(r);
      this.place(r, dirty);
    }
  }

  private rowsOf(map: Map<ArticleId, TimelineInput[]>, id: ArticleId): TimelineInput[] {
    let rows = map.get(id);
    if (!rows) map.set(id, (rows = []));
    return rows;
  }

  private idf(k: string): number {
    const id = this.table.idOf(k);
    if (id >= 0 && id < this.idfs.length && !Number.isNaN(this.idfs[id]!)) return this.idfs[id]!;
    const df = id < 0 || this.df[id] === NONE ? 1 : this.df[id]!;
    const v = Math.log(1 + (this.n || 1) / df) * (k.startsWith('@') || k.startsWith('#') ? 1.5 : 1);
    if (id >= 0) {
      if (id >= this.idfs.length) this.idfs = grownTo(this.idfs, this.table.keys.length, NaN);
      this.idfs[id] = v;
    }
    return v;
  }

  /**
   * The stored rows, then the open ones read as dated, in the order the months file them: one
   * array walked twice, not a generator (an iterator result per row and per walk, ~110k at 10k).
   */
  private placed(): TimelineInput[] {
    const out: TimelineInput[] = [];
    for (const rows of this.stored.values()) for (const r of rows) out.push(r);
    for (const rows of this.opened.values()) for (const r of rows) out.push(r);
    return out;
  }

  /** Counts a row's keys and files it under its month (marked dirty). */
  private place(r: TimelineInput, dirty?: Set<string>): void {
    this.count(this.table.rec(r.keys), 1);
    this.file(r, dirty);
  }

  /**
   * Adds `rows` (negative: takes them away) to the count of each distinct key of the key string
   * `rec` with its next sentence's (a key repeated in a row counts once). A key no row held
   * before starts at `rows`, or stays at 0 when rows are taken away.
   */
  private count(rec: number, rows: number): void {
    const stamp = ++this.stamp;
    const a = this.table.start(rec), b = this.table.end(rec, true);
    this.fit();
    const words = this.table.flat, df = this.df, stamps = this.stamps;
    for (let i = a; i < b; i++) {
      const k = words[i]!;
      if (df[k] === NONE) {
        df[k] = rows > 0 ? rows : 0;
        stamps[k] = stamp;
      } else if (stamps[k] !== stamp) {
        df[k] = df[k]! + rows;
        stamps[k] = stamp;
      }
    }
  }

  /** The key counts as long as the table's keys. */
  private fit(): void {
    const n = this.table.keys.length;
    if (n <= this.df.length) return;
    this.df = grownTo(this.df, n, NONE);
    this.stamps = grownTo(this.stamps, n, 0);
  }

  /** Files a row under its month (marked dirty); `n` counts the rows filed. */
  private file(r: TimelineInput, dirty?: Set<string>): void {
    this.n++;
    const m = monthOf(r);
    let rows = this.byMonth.get(m);
    if (!rows) this.byMonth.set(m, (rows = []));
    rows.push(r);
    dirty?.add(m);
  }

  private unplace(r: TimelineInput, dirty: Set<string>): void {
    this.n--;
    this.count(this.table.rec(r.keys), -1);
    const m = monthOf(r);
    const rows = this.byMonth.get(m);
    const at = rows ? rows.indexOf(r) : -1;
    if (at >= 0) rows!.splice(at, 1);
    dirty.add(m);
  }

  private regroup(month: string): void {
    const rows = this.byMonth.get(month);
    if (!rows || rows.length === 0) {
      this.months.delete(month);
      return;
    }
    // Read, not kept nor changed, by the grouping: no copy.
    this.months.set(month, groupMonth(rows, this.table, (k) => this.idf(k), this.storyOf, this.storySize));
  }
}

/** A key never counted (`df`). */
const NONE = -0x80000000;

/** A copy of `a` at least `n` long, its new places `fill`. */
function grownTo<T extends Int32Array | Float64Array>(a: T, n: number, fill: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(n, a.length * 2));
  b.set(a);
  b.fill(fill, a.length);
  return b;
}
