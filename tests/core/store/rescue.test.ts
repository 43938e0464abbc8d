import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../src/core/store/db';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import { rescueLibrary } from '../../../src/core/store/rescue';
import type { ArticleId } from '../../../src/shared/api';
import { tempDir } from '../../support/temp';

let tmp = tempDir();
afterEach(() => {
  tmp.cleanup();
  tmp = tempDir();
});

const REPORTS = 40;

/** A closed library of 40 reports (each about a page long), every one annotated and tagged, one title edited, a saved search. */
async function libraryWithWork(): Promise<{ path: string; ids: ArticleId[] }> {
  const path = join(tmp.dir, 'lib.sqlite');
  const db = openDb(path);
  const api = createParallaxService({ db, emit: () => {}, host: 'cli', libraryPath: path, version: '0' });
  const ids: ArticleId[] = [];
  for (let i = 0; i < REPORTS; i++) {
    const text = `Bericht ${i} über den Gipfel in Genf.\n\n` + `Der Gipfel in Genf endete am Freitag ohne Einigung, sagte Sprecher Nummer ${i}. `.repeat(40);
    const report = await api.ingestText({ name: `Bericht ${i}`, text });
    ids.push(report.added[0]!.articleId);
  }
  for (const [i, id] of ids.entries()) {
    const article = await api.getArticle(id);
    const at = article.text.indexOf('ohne Einigung');
    await api.addAnnotation({ articleId: id, start: at, end: at + 13, note: `Notiz ${i}`, tags: ['genf'] });
  }
  await api.updateArticleMetadata(ids[0]!, { title: 'Mein Titel' });
  await api.saveSearch({ name: 'Genf', q: 'Genf' });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { path, ids };
}

/** Overwrites `count` leaf pages of `table` (not its root) with garbage; returns how many rows they held. */
function damageLeaves(path: string, table: string, count: number): number {
  const raw = new Database(path, { readonly: true });
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  const leaves = raw.prepare("SELECT pageno, ncell FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").all(table) as { pageno: number; ncell: number }[];
  raw.close();
  expect(leaves.length).toBeGreaterThan(count + 2);
  const fd = openSync(path, 'r+');
  const hit = leaves.slice(1, 1 + count);
  for (const p of hit) writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (p.pageno - 1) * pageSize);
  closeSync(fd);
  return hit.reduce((n, p) => n + p.ncell, 0);
}

describe('rescueLibrary', () => {
  it('copies a whole library’s reports and a person’s work into a new file that opens with search and annotations', async () => {
    const { path, ids } = await libraryWithWork();
    const before = readFileSync(path);
    const to = join(tmp.dir, 'rescued.sqlite');
    const report = rescueLibrary(path, to);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(report.tables.every((t) => !t.damaged && t.refused === 0)).toBe(true);
    const db = await openLibrary({ path: to });
    const api = createParallaxService({ db, emit: () => {}, host: 'cli', libraryPath: to, version: '0' });
    expect((await api.listArticles({})).total).toBe(REPORTS);
    expect((await api.searchArticles({ q: 'Sprecher' })).total).toBe(REPORTS);
    const notes = await api.listAnnotations({});
    expect(notes).toHaveLength(REPORTS);
    expect(notes.every((a) => a.status === 'anchored' && a.tags.includes('genf'))).toBe(true);
    expect((await api.getArticle(ids[0]!)).title).toBe('Mein Titel');
    expect(await api.listSavedSearches()).toHaveLength(1);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('skips the damaged pages of a library, keeps every readable report with its annotations, and counts what was lost', async () => {
    const { path } = await libraryWithWork();
    const lost = damageLeaves(path, 'articles', 2);
    const to = join(tmp.dir, 'rescued.sqlite');
    const report = rescueLibrary(path, to);
    const articles = report.tables.find((t) => t.table === 'articles')!;
    const annotations = report.tables.find((t) => t.table === 'annotations')!;
    expect(articles.damaged).toBe(true);
    // Exactly the rows of the damaged pages are lost: the copy goes on past each of them.
    expect(lost).toBeGreaterThan(0);
    expect(articles.kept).toBe(REPORTS - lost);
    // An annotation is kept exactly when its report is; the others are counted, not silently gone.
    expect(annotations.kept).toBe(articles.kept);
    expect(annotations.kept + annotations.refused).toBe(REPORTS);
    const db = await openLibrary({ path: to });
    const api = createParallaxService({ db, emit: () => {}, host: 'cli', libraryPath: to, version: '0' });
    expect((await api.searchArticles({ q: 'Sprecher' })).total).toBe(articles.kept);
    expect(await api.listAnnotations({})).toHaveLength(articles.kept);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('carries note drafts like notes: each with its text and what it was begun on, lost only with its annotation or its own damaged page', async () => {
    const { path } = await libraryWithWork();
    const source = openDb(path);
    const api = createParallaxService({ db: source, emit: () => {}, host: 'cli', libraryPath: path, version: '0' });
    const annotations = await api.listAnnotations({});
    // Long drafts, so that they fill several pages of their table and one can be damaged alone.
    const draftOf = (note: string | null | undefined) => `${note ?? ''}: noch nicht gespeichert. ` + 'Der Sprecher widerspricht der dpa. '.repeat(30);
    for (const a of annotations) await api.saveNoteDraft(a.id, { text: draftOf(a.note), basedOn: a.note ?? null });
    source.pragma('wal_checkpoint(TRUNCATE)');
    source.close();
    const lostReports = damageLeaves(path, 'articles', 2);
    const lostDrafts = damageLeaves(path, 'note_drafts', 1);
    const to = join(tmp.dir, 'rescued.sqlite');
    const report = rescueLibrary(path, to);
    const kept = report.tables.find((t) => t.table === 'annotations')!.kept;
    const drafts = report.tables.find((t) => t.table === 'note_drafts')!;
    expect(kept).toBe(REPORTS - lostReports);
    expect(drafts.damaged).toBe(true);
    // A draft goes with its annotation, or with the page it sat on; every other one is carried.
    expect(drafts.kept).toBeGreaterThanOrEqual(kept - lostDrafts);
    expect(drafts.kept).toBeLessThan(kept);
    expect(drafts.kept + drafts.refused).toBeLessThanOrEqual(REPORTS);
    const db = await openLibrary({ path: to });
    const rescued = createParallaxService({ db, emit: () => {}, host: 'cli', libraryPath: to, version: '0' });
    const notes = new Map((await rescued.listAnnotations({})).map((a) => [a.id, a.note ?? null]));
    const carried = await rescued.listNoteDrafts();
    expect(carried).toHaveLength(drafts.kept);
    for (const d of carried) {
      expect(notes.has(d.annotationId)).toBe(true);
      expect(d.basedOn).toBe(notes.get(d.annotationId));
      expect(d.text).toBe(draftOf(notes.get(d.annotationId)));
    }
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('never writes over an existing file', async () => {
    const { path } = await libraryWithWork();
    expect(() => rescueLibrary(path, path)).toThrow(/already exists/);
  });
});
