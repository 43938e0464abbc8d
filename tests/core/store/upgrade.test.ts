import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import { DATASETS } from '../../../src/core/derived/datasets';
import { rebuildDataset } from '../../../src/core/derived/rebuild';
import { LATEST_VERSION } from '../../../src/core/store/migrations/index';
import type { WriteDb } from '../../../src/core/store/db';
import { ROOT, tempDir } from '../../support/temp';
import { tableRows } from '../../support/schema';

// Libraries written by earlier releases (see tests/fixtures/libraries/README.md), opened by
// this one: every article, raw byte, annotation and edit stays, and the derived data is what a
// rebuild from scratch makes (migrations 3 and 5 once built it themselves; core/derived does now).

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'libraries');
let tmp = tempDir();
afterEach(() => {
  tmp.cleanup();
  tmp = tempDir();
});

/** A copy of a fixture (never the fixture itself) and its rows of `tables` as that release wrote them. */
function copyOf(name: string, tables: string[]): { path: string; before: Record<string, unknown[]> } {
  const path = join(tmp.dir, name);
  copyFileSync(join(FIXTURES, name), path);
  const raw = new Database(path, { readonly: true });
  const before = Object.fromEntries(tables.map((t) => [t, tableRows(raw as WriteDb, t)]));
  raw.close();
  return { path, before };
}

/** The rows of `table` restricted to the columns the old release had. */
function sameColumns(rows: unknown[], like: unknown[]): unknown[] {
  const cols = Object.keys((like[0] ?? {}) as object);
  return (rows as Record<string, unknown>[]).map((r) => Object.fromEntries(cols.map((c) => [c, r[c]])));
}

const DERIVED_TABLES = ['search_docs', 'search_tags', 'article_signatures', 'near_duplicates', 'compare_docs', 'entity_mentions', 'timeline_mentions'];

async function openAndCatchUp(path: string): Promise<{ db: WriteDb; api: ReturnType<typeof createParallaxService> }> {
  const db = await openLibrary({ path, seedDir: null });
  const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: path, version: '0' });
  await api.getTimeline(); // every view catches the compare rows up first
  return { db, api };
}

/** The derived rows, and what a search finds. */
async function derivedState(db: WriteDb, api: ReturnType<typeof createParallaxService>) {
  const rows = Object.fromEntries(DERIVED_TABLES.map((t) => [t, tableRows(db, t)]));
  const hits = (await api.searchArticles({ q: 'Witkoff' })).hits.map((h) => h.article.id).sort();
  return { rows, hits };
}

/** Clears and rebuilds every dataset, as a library built from scratch by this release would hold. */
async function rebuiltState(db: WriteDb, api: ReturnType<typeof createParallaxService>) {
  for (const d of DATASETS) rebuildDataset(db, d);
  await api.getTimeline();
  return derivedState(db, api);
}

describe('a library written by the first release (schema 1)', () => {
  it('opens at the latest schema with every article, source and block intact, and its derived data built', async () => {
    const { path, before } = copyOf('schema-1.sqlite', ['articles', 'sources', 'blocks', 'meta']);
    const { db, api } = await openAndCatchUp(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(before.articles).toHaveLength(6);
    expect(sameColumns(tableRows(db, 'articles'), before.articles!)).toEqual(before.articles);
    expect(tableRows(db, 'sources')).toEqual(before.sources);
    expect(tableRows(db, 'blocks')).toEqual(before.blocks);
    expect(tableRows(db, 'meta')).toEqual(before.meta);
    const state = await derivedState(db, api);
    expect(state.hits.length).toBeGreaterThan(0);
    expect((state.rows.compare_docs as unknown[]).length).toBe(6);
    expect(await rebuiltState(db, api)).toEqual(state);
    db.close();
  });
});

describe('a library written by the first release with annotations (schema 5)', () => {
  it('keeps every article, annotation, tag, link, edited text, metadata edit, reading state and saved search', async () => {
    const tables = ['articles', 'sources', 'blocks', 'annotations', 'annotation_tags', 'annotation_links', 'saved_searches', 'entity_overrides'];
    const { path, before } = copyOf('schema-5.sqlite', tables);
    expect(before.annotations).toHaveLength(2);
    expect(before.annotation_tags).toHaveLength(3);
    expect(before.annotation_links).toHaveLength(1);
    expect((before.articles as { edited_text: string | null; overrides: string }[]).filter((a) => a.edited_text !== null)).toHaveLength(1);
    expect((before.articles as { overrides: string }[]).filter((a) => a.overrides !== '{}')).toHaveLength(1);
    const { db, api } = await openAndCatchUp(path);
    for (const t of tables) expect(sameColumns(tableRows(db, t), before[t]!), t).toEqual(before[t]);
    const listed = await api.listAnnotations();
    expect(listed.map((a) => a.status)).toEqual(['anchored', 'anchored']);
    expect(listed.flatMap((a) => a.tags).sort()).toEqual(['Namen', 'Quelle', 'Russland']);
    const state = await derivedState(db, api);
    expect(state.hits.length).toBeGreaterThan(0);
    expect(await rebuiltState(db, api)).toEqual(state);
    db.close();
  });
});

describe('a library written by the last release that stored each body as text (schema 14)', () => {
  const tables = ['sources', 'blocks', 'annotations', 'annotation_tags', 'annotation_links', 'saved_searches', 'entity_overrides'];

  /** Each article's columns with its body as every reader gets it (`article_body`); not the later edit base (migration 27, NULL for an edit made before it). */
  const articles = (db: WriteDb) =>
    (db.prepare('SELECT *, article_body(body, body_at, text) AS body FROM articles ORDER BY id').all() as Record<string, unknown>[]).map(({ body_at, edit_base, ...r }) => (void body_at, expect(edit_base).toBeNull(), r));

  it('keeps every article, body, annotation, edit and search hit, and stores whole-text bodies once', async () => {
    const { path, before } = copyOf('schema-14.sqlite', [...tables, 'articles']);
    expect(before.articles).toHaveLength(8);
    expect(before.annotations).toHaveLength(2);
    const { db, api } = await openAndCatchUp(path);
    for (const t of tables) expect(tableRows(db, t), t).toEqual(before[t]);
    const byId = (rows: unknown[]) => [...(rows as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
    expect(articles(db)).toEqual(byId(before.articles!));
    // The JSON records (body = text) now hold their body as offsets only.
    expect(db.prepare("SELECT count(*) FROM articles WHERE body = '' AND body_at IS NOT NULL").pluck().get()).toBe(2);
    expect((await api.listAnnotations()).map((a) => a.status)).toEqual(['anchored', 'anchored']);
    const state = await derivedState(db, api);
    expect(state.hits.length).toBeGreaterThan(0);
    expect(await rebuiltState(db, api)).toEqual(state);
    db.close();
  });

  it('re-extracts every article from its source, annotations staying anchored, bodies unchanged', async () => {
    const { path, before } = copyOf('schema-14.sqlite', ['articles']);
    const { db, api } = await openAndCatchUp(path);
    const report = await api.reextractArticles();
    expect(report.failed).toEqual([]);
    expect(report.updated).toBe(8);
    const bodies = (rows: unknown[]) => Object.fromEntries((rows as { id: string; body: string }[]).map((r) => [r.id, r.body]));
    expect(bodies(articles(db))).toEqual(bodies(before.articles!));
    // Re-extraction writes every body it finds in the text as offsets.
    expect(db.prepare("SELECT count(*) FROM articles WHERE body <> ''").pluck().get()).toBe(0);
    expect((await api.listAnnotations()).map((a) => a.status)).toEqual(['anchored', 'anchored']);
    expect((await api.searchArticles({ q: 'Umerow' })).hits).toHaveLength(1);
    db.close();
  });
});
