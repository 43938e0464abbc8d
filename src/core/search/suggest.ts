import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import type { ArticleId, Suggestion, SuggestionKind } from '../../shared/api';
import type { WriteDb } from '../store/db';
import { stmt } from '../store/queries/cache';
import { bodyColumn } from '../store/queries/article-body';
import { captionsText, searchableFromRow } from '../store/queries/search-index';
import { findNames } from './names';
import { editDistance } from '../text/distance';
import { foldWord } from '../text/fold';
import { collectGarbageNow } from '../heap';
import { decodeSnapshot, encodeSnapshot } from './suggest-snapshot';

/**
 * The suggestion index: titles, name candidates (`names.ts`), outlets and tags in minisearch,
 * for what a person types and misspells (`Whitkoff` → Witkoff). It is derived data:
 *
 * - built from the database when there is no usable snapshot (none, or another
 *   `SUGGEST_VERSION`, or one that fails to load: rebuild, never a crash);
 * - otherwise loaded from the snapshot in `search_snapshots` (start-up never re-indexes), then
 *   brought up to date by replaying `search_changes` (the articles indexed since), which the
 *   ingest and re-extraction write path appends to;
 * - saved again after a rebuild, or when the replayed changes are a noticeable part of it.
 *
 * Names are only ever added: a name that vanishes from an article by re-extraction stays
 * suggestible until the next rebuild. A title is one entry whatever number of reports carry it
 * (a wire story in ten outlets: at 100k reports 98,744 titles are 38,720 texts); an entry whose
 * title no report carries any more is dropped when it would be shown.
 */

/**
 * Version of what the index holds and how; a snapshot of another version is rebuilt. 8: `ı`
 * folds to `i`. 9: the snapshot is lines of JSON (`suggest-snapshot.ts`). 10: names found in
 * photo captions too. 11: two surnames side by side make no person (`Präsident Putin Witkoff
 * empfange`, `names.ts`).
 */
export const SUGGEST_VERSION = 11;
/** Suggestions returned by default. */
export const DEFAULT_SUGGESTIONS = 8;
/**
 * Save the snapshot after a replay of at least this many changes, or of this share of the
 * index; smaller replays are cheaper to repeat at the next start than to write a snapshot.
 */
const SAVE_MIN_CHANGES = 200;
const SAVE_SHARE = 0.02;
/** Best matches of the earlier words checked for the typed prefix (each may need a title read). */
const TYPE_AHEAD_CANDIDATES = 200;
/** Typed text is cut here; suggestions are for a search box. */
const MAX_TEXT = 200;

interface Entry {
  /**
   * One letter for the kind (`KIND_CODES`) followed by the text shown (`pWitkoff`, `aKriegsende
   * in Sicht?`). Nothing is stored beside the index: the id says everything, and a title's
   * report is looked up when it is shown (stored fields cost an object per entry, ~10 MB at 100k).
   */
  id: string;
  /** What is searched. */
  text: string;
}

/** The kind of a non-title entry, by the first letter of its id. */
const KIND_CODES: Record<string, SuggestionKind> = { a: 'title', p: 'person', l: 'place', r: 'organisation', o: 'outlet', g: 'tag', t: 'term' };
const CODE_OF = Object.fromEntries(Object.entries(KIND_CODES).map(([c, k]) => [k, c])) as Record<SuggestionKind, string>;
/** Names are one entry whatever kind a text gave them: these codes are checked together. */
const NAME_CODES = ['p', 'l', 'r'];

/** An entry's kind, from its id. */
function kindOf(id: unknown): SuggestionKind {
  return KIND_CODES[String(id)[0]!] ?? 'term';
}

/** The id of a non-title entry. */
function entryId(kind: SuggestionKind, label: string): string {
  return `${CODE_OF[kind] ?? 't'}${label}`;
}

const KIND_BOOST: Record<SuggestionKind, number> = { person: 2, place: 1.8, organisation: 1.8, outlet: 1.8, tag: 1.5, title: 1, term: 1 };

const processTerm = (t: string): string | null => {
  const f = foldWord(t);
  return f.length > 0 ? f : null;
};

const OPTIONS: Options<Entry> = {
  fields: ['text'],
  processTerm,
};

interface ArticleRow {
  doc: number;
  id: string;
  title: string;
  body: string;
  site: string | null;
  lang: string | null;
  published: string | null;
  extraction: string;
}

const ARTICLE_COLUMNS = `rowid AS doc, id, title, ${bodyColumn()} AS body, site, lang, published, extraction`;

/** The minisearch suggestion index of one library; create one per service. */
export class SuggestIndex {
  private ms: MiniSearch<Entry> | null = null;
  private seq = 0;
  private building: Promise<void> | null = null;
  /**
   * Builds and saves the snapshot off this thread (a host's suggest worker). With it, an index
   * that has no snapshot of this version is never built here: suggestions are empty until the
   * snapshot is saved, and every other call answers meanwhile. A failed build falls back to
   * building here. It returns null to have the index built here (a small library).
   */
  background: (() => Promise<void> | null) | null = null;

  constructor(private readonly db: WriteDb) {}

  /** Suggestions for typed text: fuzzy words, the last one also as a prefix. Empty text: none. */
  suggest(text: string, limit = DEFAULT_SUGGESTIONS): Suggestion[] {
    const q = text.slice(0, MAX_TEXT).trim();
    if (!q) return [];
    const ms = this.readyOrBuilding();
    if (!ms) return [];
    const typingLast = !/\s$/.test(text);
    const boostDocument = (id: unknown) => KIND_BOOST[kindOf(id)] ?? 1;
    const fuzzy = (t: string) => (t.length >= 4 ? 0.25 : false);
    const words = q.split(/\s+/);
    let results: SearchResult[] = [];
    if (typingLast && words.length > 1) {
      // Type-ahead of a later word: find what the earlier words match, then keep the entries
      // with a word starting with the typed prefix. Expanding a one- or two-letter prefix over
      // the whole index costs ~50 ms at 100k entries; this costs what the earlier words cost.
      const prefix = foldWord(words[words.length - 1]!);
      const head = ms.search(words.slice(0, -1).join(' '), { fuzzy, maxFuzzy: 2, combineWith: 'AND', boostDocument });
      results = head.slice(0, TYPE_AHEAD_CANDIDATES).filter((r) => textOf(r).split(/[^\p{L}\p{N}]+/u).some((w) => foldWord(w).startsWith(prefix)));
    }
    if (results.length === 0) {
      results = ms.search(q, {
        prefix: (_t, i, terms) => typingLast && i === terms.length - 1,
        fuzzy,
        maxFuzzy: 2,
        combineWith: 'AND',
        boostDocument,
      });
    }
    const seen = new Set<string>();
    const out: Suggestion[] = [];
    for (const r of results) {
      const shown = textOf(r);
      const kind = kindOf(r.id);
      const key = `${kind}:${shown.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const articleId = kind === 'title' ? this.articleWithTitle(shown) : null;
      // A title no report carries any more (retitled or deleted since it was indexed).
      if (kind === 'title' && !articleId) continue;
      out.push({ text: shown, kind, ...(articleId ? { articleId } : {}), score: Math.round(r.score * 1000) / 1000 });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** The closest known word to a misspelt one (for "did you mean"), or null. */
  spell(word: string): string | null {
    const folded = foldWord(word);
    if (folded.length < 3) return null;
    const results = this.ready().search(word, { fuzzy: 0.34, maxFuzzy: 2, prefix: false });
    for (const r of results.slice(0, 5)) {
      const term = closestTerm(r, folded);
      if (!term) continue;
      const original = textOf(r).split(/[^\p{L}\p{N}'’-]+/u).find((w) => foldWord(w) === term);
      if (original) return original;
    }
    return null;
  }

  /**
   * True when suggestions can be answered without building the index first (it is loaded, or
   * a snapshot of this version exists). Search asks before offering "did you mean", so a search
   * never waits for a first build.
   */
  isAvailable(): boolean {
    if (this.ms) return true;
    // `+name`: a scan, not a key lookup. The table is WITHOUT ROWID, so a lookup compares whole
    // rows and reads the snapshot (18 MB at 100k) to answer — 7 ms; the scan reads a few bytes.
    const row = stmt(this.db, "SELECT version FROM search_snapshots WHERE +name = 'suggest'").get() as { version: number } | undefined;
    return row?.version === SUGGEST_VERSION;
  }

  /**
   * The first added report with this exact title, or null. `list_title` (migration 12) is the
   * title under NOCASE with an index, so this is a seek, not a scan.
   */
  private articleWithTitle(title: string): ArticleId | null {
    const row = stmt(this.db, 'SELECT id FROM articles WHERE list_title = ? AND title = ? AND NOT EXISTS (SELECT 1 FROM trashed_articles t WHERE t.article_id = articles.id) ORDER BY rowid LIMIT 1').get(title, title) as { id: ArticleId } | undefined;
    return row?.id ?? null;
  }

  /** How many entries the index holds (after loading it). */
  get size(): number {
    return this.ready().documentCount;
  }

  /** Loads or builds the index and replays pending changes; cheap once loaded. */
  ready(): MiniSearch<Entry> {
    if (!this.ms) {
      const loaded = (this.ms = this.loadSnapshot());
      if (!loaded) this.rebuild();
      // The snapshot's text and its parsed tree are garbage now, several times the index's size.
      collectGarbageNow();
      // A rebuilt index is current; a loaded one catches up below.
      if (!loaded) return this.ms!;
    }
    this.catchUp();
    return this.ms!;
  }

  /** True while the background build runs (suggestions are empty meanwhile). */
  get isBuilding(): boolean {
    return this.building !== null;
  }

  /** Resolves when no background build runs (tests, closing). */
  async idle(): Promise<void> {
    while (this.building) await this.building;
  }

  /**
   * Starts the background build when there is no snapshot of this version to load (hosts call
   * it as the library opens, so the index is there before the person types); a loaded or
   * loadable index is left as it is (loading it costs memory until suggestions are asked for).
   */
  warm(): void {
    if (!this.ms && this.background && !this.building && !this.isAvailable()) this.startBuild(this.background);
  }

  /**
   * The index, loaded or caught up, or null while the background build runs: started here
   * when there is no snapshot to load.
   */
  private readyOrBuilding(): MiniSearch<Entry> | null {
    if (this.ms || !this.background) return this.ready();
    if (this.building) return null;
    if (this.isAvailable()) return this.ready();
    return this.startBuild(this.background) ? null : this.ready();
  }

  /** Starts `background`; false when it declines (a library small enough to build here). */
  private startBuild(background: () => Promise<void> | null): boolean {
    const job = background();
    if (!job) return false;
    this.building = job
      .catch(() => {
        // Best effort: without the worker the index is built here, as before, on the next ask.
        this.background = null;
      })
      .finally(() => {
        this.building = null;
      });
    return true;
  }

  /** Builds the index from the database and saves a snapshot. */
  rebuild(): void {
    this.buildSnapshot();
    // Go on with the snapshot just written, as the next start-up will: measured at 100k, the
    // index as built holds 106 MB of heap and the same index loaded 90 MB (~0.7 s to load).
    this.ms = this.loadSnapshot() ?? this.ms;
  }

  /** Builds the index from the database and saves its snapshot (the suggest worker stops here). */
  buildSnapshot(): void {
    const ms = new MiniSearch<Entry>(OPTIONS);
    this.seq = (stmt(this.db, 'SELECT coalesce(max(seq), 0) AS s FROM search_changes').get() as { s: number }).s;
    this.ms = ms;
    const rows = this.db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE NOT EXISTS (SELECT 1 FROM trashed_articles t WHERE t.article_id = articles.id) ORDER BY rowid`).iterate() as IterableIterator<ArticleRow>;
    const seen = new Set<string>();
    for (const r of rows) this.addArticle(r, seen);
    this.save();
  }

  /** Writes the snapshot (and forgets the changes it contains). */
  save(): void {
    if (!this.ms) return;
    const data = encodeSnapshot(this.ms.toJSON());
    this.db.transaction(() => {
      stmt(
        this.db,
        `INSERT INTO search_snapshots(name, version, seq, data) VALUES ('suggest', ?, ?, ?)
         ON CONFLICT(name) DO UPDATE SET version = excluded.version, seq = excluded.seq, data = excluded.data`,
      ).run(SUGGEST_VERSION, this.seq, data);
      stmt(this.db, 'DELETE FROM search_changes WHERE seq <= ?').run(this.seq);
    })();
  }

  private loadSnapshot(): MiniSearch<Entry> | null {
    const snapshot = this.readSnapshot();
    if (!snapshot) return null;
    try {
      const ms = MiniSearch.loadJS<Entry>(snapshot.js, OPTIONS);
      this.seq = snapshot.seq;
      return ms;
    } catch {
      // Best effort: a snapshot that does not load (damaged, or minisearch's own format
      // changed) is rebuilt from the database, which is the source of truth.
      return null;
    }
  }

  /**
   * The stored snapshot of this version, or null: its head parsed, its terms read a line at a
   * time while the index is built from them (`suggest-snapshot.ts`). Its bytes (11 MB at 100k)
   * stay outside the JS heap, and no line's tree outlives the building of its terms.
   */
  private readSnapshot(): { seq: number; js: AsPlainObject } | null {
    const row = stmt(this.db, "SELECT version, seq, data FROM search_snapshots WHERE name = 'suggest'").get() as
      | { version: number; seq: number; data: Uint8Array | string }
      | undefined;
    if (!row || row.version !== SUGGEST_VERSION) return null;
    try {
      return { seq: row.seq, js: decodeSnapshot(typeof row.data === 'string' ? Buffer.from(row.data, 'utf8') : row.data) };
    } catch {
      return null;
    }
  }

  private catchUp(): void {
    const changes = stmt(this.db, 'SELECT seq, doc FROM search_changes WHERE seq > ? ORDER BY seq').all(this.seq) as { seq: number; doc: number }[];
    if (changes.length === 0) return;
    const get = stmt(this.db, `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE rowid = ? AND NOT EXISTS (SELECT 1 FROM trashed_articles t WHERE t.article_id = articles.id)`);
    // An entry of a title this report no longer carries stays: other reports may carry it, and
    // one that none does is skipped when shown.
    for (const doc of new Set(changes.map((c) => c.doc))) {
      const r = get.get(doc) as ArticleRow | undefined;
      if (r) this.addArticle(r);
    }
    this.seq = changes[changes.length - 1]!.seq;
    if (changes.length >= SAVE_MIN_CHANGES || changes.length >= this.ms!.documentCount * SAVE_SHARE) this.save();
  }

  /**
   * Adds an article's title, outlet, tags and names. `seen` (lowercased, during a rebuild)
   * keeps one entry per name, outlet or tag whatever its case; a catch-up checks the exact
   * text only, so a new spelling in another case becomes a second entry (suggestions show it once).
   */
  private addArticle(r: ArticleRow, seen?: Set<string>): void {
    const ms = this.ms!;
    const a = searchableFromRow(r);
    const add = (kind: SuggestionKind, text: string, codes: string[]) => {
      const key = `${codes[0]}:${text.toLowerCase()}`;
      if (seen?.has(key) || codes.some((c) => ms.has(c + text))) return;
      seen?.add(key);
      ms.add({ id: entryId(kind, text), text });
    };
    const title = entryId('title', a.title);
    if (a.title && !ms.has(title)) ms.add({ id: title, text: a.title });
    if (a.site) add('outlet', a.site, [CODE_OF.outlet]);
    for (const t of a.tags) if (t.trim()) add('tag', t.trim(), [CODE_OF.tag]);
    // The captions too: a person shown only under a photo is still one the reader may type.
    for (const n of findNames(`${a.title}\n${a.body}\n${captionsText(a)}`)) add(n.kind, n.text, NAME_CODES);
  }
}

/** The text an entry shows (its id without the kind's letter). */
function textOf(r: SearchResult): string {
  return String(r.id).slice(1);
}

/** The document term of a result closest to the folded word (for spelling). */
function closestTerm(r: SearchResult, folded: string): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const t of r.terms) {
    if (t === folded) continue;
    const d = editDistance(t, folded);
    if (d < bestD || (d === bestD && best !== null && t.length < best.length)) [best, bestD] = [t, d];
  }
  return best;
}
