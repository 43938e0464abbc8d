import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { openLibrary } from '../../../../src/core/library';
import { createParallaxService } from '../../../../src/core/service';
import type { WriteDb } from '../../../../src/core/store/db';
import type { ArticleId } from '../../../../src/shared/api';
import { emptyLibraryAt, libraryAtVersion, tableRows } from '../../../support/schema';
import { ROOT, tempDir } from '../../../support/temp';

let tmp = tempDir();
afterEach(() => {
  tmp.cleanup();
  tmp = tempDir();
});

const TABLES = ['articles', 'sources', 'blocks', 'annotations', 'annotation_tags', 'note_drafts', 'saved_searches', 'extraction_corrections', 'text_conflicts'];

/** The rows of `table` without the column the migration adds. */
const withoutBase = (rows: unknown[]) => (rows as Record<string, unknown>[]).map(({ edit_base: _, ...r }) => r);

describe('migration 0027', () => {
  it('adds the edit base, empty for every edit of a version 26 library, and keeps every row', () => {
    const db = libraryAtVersion(26);
    db.prepare("UPDATE articles SET edited_text = 'Mein Text' WHERE id = 'a'").run();
    const before = TABLES.map((t) => tableRows(db, t));
    migrate(db, 27);
    expect(TABLES.map((t) => withoutBase(tableRows(db, t)))).toEqual(before);
    expect(db.prepare('SELECT id, edit_base FROM articles ORDER BY id').all()).toEqual([
      { id: 'a', edit_base: null },
      { id: 'b', edit_base: null },
    ]);
  });

  it('upgrades the file schema 26 wrote: every report, edit, annotation and draft stays; the old edit has no base, a new one gets the text it was made on', async () => {
    const path = join(tmp.dir, 'schema-26.sqlite');
    copyFileSync(join(ROOT, 'tests', 'fixtures', 'libraries', 'schema-26.sqlite'), path);
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(26);
    const before = TABLES.map((t) => tableRows(raw as WriteDb, t));
    raw.close();
    const db = await openLibrary({ path, seedDir: null });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(27);
    expect(TABLES.map((t) => withoutBase(tableRows(db, t)))).toEqual(before);
    const edited = db.prepare('SELECT id, edit_base FROM articles WHERE edited_text IS NOT NULL').all() as { id: ArticleId; edit_base: string | null }[];
    expect(edited).toHaveLength(1);
    expect(edited[0]!.edit_base).toBeNull();
    const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: path, version: '0' });
    const other = (await api.listArticles({})).items.find((a) => a.id !== edited[0]!.id)!;
    const shown = (await api.getArticle(other.id)).text;
    await api.updateArticleText(other.id, `${shown}\n\nNachtrag.`);
    expect(db.prepare('SELECT edit_base FROM articles WHERE id = ?').pluck().get(other.id)).toBe(shown);
    db.close();
  });

  it('leaves an empty library at version 27', () => {
    const db = emptyLibraryAt(26);
    migrate(db, 27);
    expect(db.pragma('user_version', { simple: true })).toBe(27);
    expect(db.prepare("SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'edit_base'").pluck().get()).toBe(1);
  });
});
