import { describe, expect, it } from 'vitest';
import { openDb, type WriteDb } from '../../../../src/core/store/db';
import { NAME_INDEX_ASIDE_MIN, withNameIndexAfter } from '../../../../src/core/store/queries/name-index';

/** The name index's definition as the library holds it, or undefined when it is missing. */
const nameIndex = (db: WriteDb) => db.prepare("SELECT sql FROM sqlite_master WHERE name = 'entity_mentions_name'").pluck().get() as string | undefined;
/** How a query by name reads the rows (what the index is for). */
const plan = (db: WriteDb) => JSON.stringify(db.prepare("EXPLAIN QUERY PLAN SELECT article_id FROM entity_mentions WHERE kind = 'person' AND name = 'X'").all());

describe('withNameIndexAfter', () => {
  it('writes a large catch-up without the name index and makes it again as migration 8 made it', async () => {
    const db = openDb(':memory:');
    const before = nameIndex(db);
    const planBefore = plan(db);
    expect(before).toContain('entity_mentions(kind, name, count)');
    let during: string | undefined = 'not run';
    await withNameIndexAfter(db, NAME_INDEX_ASIDE_MIN, async () => {
      during = nameIndex(db);
    });
    expect(during).toBeUndefined();
    expect(nameIndex(db)).toBe(before);
    expect(plan(db)).toBe(planBefore);
    db.close();
  });

  it('keeps the index for a small catch-up, or one smaller than the rows the library holds', async () => {
    const db = openDb(':memory:');
    const seen: (string | undefined)[] = [];
    await withNameIndexAfter(db, NAME_INDEX_ASIDE_MIN - 1, async () => void seen.push(nameIndex(db)));
    // A library holding rows of more articles than wait: the index stays.
    const insert = db.prepare("INSERT INTO compare_docs(article_id, date, keys) VALUES (?, NULL, '')");
    for (let i = 0; i < NAME_INDEX_ASIDE_MIN + 1; i++) insert.run(`doc${i}`);
    await withNameIndexAfter(db, NAME_INDEX_ASIDE_MIN, async () => void seen.push(nameIndex(db)));
    expect(seen.every((s) => s !== undefined)).toBe(true);
    db.close();
  });

  it('makes the index again when the catch-up fails, and when an earlier run left it missing', async () => {
    const db = openDb(':memory:');
    const before = nameIndex(db);
    await expect(withNameIndexAfter(db, NAME_INDEX_ASIDE_MIN, async () => { throw new Error('analysis failed'); })).rejects.toThrow('analysis failed');
    expect(nameIndex(db)).toBe(before);
    // A catch-up killed with the index set aside: the next run, however small, makes it.
    db.exec('DROP INDEX entity_mentions_name');
    await withNameIndexAfter(db, 1, async () => undefined);
    expect(nameIndex(db)).toBe(before);
    db.close();
  });
});
