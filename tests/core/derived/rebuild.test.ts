import { describe, expect, it } from 'vitest';
import { ensureDataset, ensureDerived } from '../../../src/core/derived/rebuild';
import { searchIndexDataset, SEARCH_INDEX_VERSION } from '../../../src/core/derived/search-index';
import type { DerivedDataset } from '../../../src/core/derived/dataset';
import { getDerivedState, setDerivedState } from '../../../src/core/store/queries/derived-state';
import { migrate } from '../../../src/core/store/migrations/index';
import { emptyLibraryAt, tableRows } from '../../support/schema';

/** A library of `n` short articles, its search index never built. */
function library(n: number) {
  const db = emptyLibraryAt(1);
  db.prepare("INSERT INTO sources(sha256,name,format,encoding,byte_size,raw,imported_at) VALUES ('h','n','text','utf-8',1,x'41','t')").run();
  const ins = db.prepare(
    "INSERT INTO articles(id,source_id,content_hash,text,title,word_count,reading_minutes,body,excerpt,extraction,extractor_version,added_at,updated_at) VALUES (?,1,?,'t',?,1,1,?,'e','{\"tags\":[\"Russland\"]}',1,'t','t')",
  );
  db.transaction(() => {
    for (let i = 0; i < n; i++) ins.run(`a${i}`, `c${i}`, `Bericht ${i}`, `Gespräche über den Ukrainekrieg, Teil ${i}.`);
  })();
  migrate(db);
  return db;
}

const matches = (db: ReturnType<typeof library>, term: string) => db.prepare('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?').pluck().get(term);

describe('ensureDerived', () => {
  it('builds a dataset that was never built, and then does nothing', () => {
    const db = library(3);
    expect(ensureDerived(db).map((r) => r.name)).toContain('search-index');
    expect(matches(db, 'bericht')).toBe(3);
    expect(db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(3);
    expect(getDerivedState(db, 'search-index')).toEqual({ version: SEARCH_INDEX_VERSION, doneUpTo: null });
    expect(ensureDerived(db)).toEqual([]);
    db.close();
  });

  it('rebuilds a dataset whose version changed', () => {
    const db = library(2);
    ensureDerived(db);
    db.exec('DELETE FROM search_tags');
    setDerivedState(db, 'search-index', { version: SEARCH_INDEX_VERSION - 1, doneUpTo: null });
    expect(ensureDataset(db, searchIndexDataset)).toBe(2);
    expect(tableRows(db, 'search_tags')).toHaveLength(2);
    db.close();
  });

  it('goes on where a killed rebuild stopped, and ends with the index a whole rebuild makes', () => {
    const n = 1200; // three batches of 500
    const whole = library(n);
    ensureDataset(whole, searchIndexDataset);
    const killed = library(n);
    let batches = 0;
    const dying: DerivedDataset = {
      ...searchIndexDataset,
      build(db, range, batch) {
        if (++batches === 2) throw new Error('killed');
        searchIndexDataset.build!(db, range, batch);
      },
    };
    expect(() => ensureDataset(killed, dying)).toThrow('killed');
    // The first batch was committed with its place; the second rolled back whole.
    expect(getDerivedState(killed, 'search-index')).toEqual({ version: SEARCH_INDEX_VERSION, doneUpTo: 500 });
    expect(killed.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(500);
    expect(ensureDataset(killed, searchIndexDataset)).toBe(700);
    for (const t of ['search_docs', 'search_tags']) expect(tableRows(killed, t)).toEqual(tableRows(whole, t));
    for (const term of ['bericht', 'gesprach', 'teil', '1199']) expect(matches(killed, term)).toBe(matches(whole, term));
    whole.close();
    killed.close();
  });
});
