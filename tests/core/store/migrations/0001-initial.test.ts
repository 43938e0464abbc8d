import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { WriteDb } from '../../../../src/core/store/db';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, schemaNames } from '../../../support/schema';

describe('migration 0001', () => {
  it('creates the tables and an FTS index kept in sync by triggers', () => {
    const db = new Database(':memory:') as WriteDb;
    migrate(db, 1);
    db.prepare("INSERT INTO sources(sha256,name,format,encoding,byte_size,raw,imported_at) VALUES ('h','n','text','utf-8',1,x'41','t')").run();
    db.prepare(
      "INSERT INTO articles(id,source_id,content_hash,text,title,word_count,reading_minutes,body,excerpt,extraction,extractor_version,added_at,updated_at) VALUES ('a',1,'c','t','Gespräche in Moskau',1,1,'Ukrainekrieg','e','{}',1,'t','t')",
    ).run();
    const hit = () => db.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'gesprache'").get() as { n: number };
    expect(hit().n).toBe(1);
    db.prepare("UPDATE articles SET title = 'Anderes' WHERE id = 'a'").run();
    expect(hit().n).toBe(0);
    db.close();
  });

  it('does nothing to a library already at 1', () => {
    const db = emptyLibraryAt(1);
    const before = schemaNames(db);
    migrate(db, 1);
    expect(schemaNames(db)).toEqual(before);
    db.close();
  });
});
