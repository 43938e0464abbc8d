import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/core/store/migrations/index';
import type { WriteDb } from '../../../src/core/store/db';
import { ANCHOR_STEP, listArticlesPage } from '../../../src/core/list/list-articles';
import { parseListQuery } from '../../../src/core/list/query';
import { keyLength, pageSql } from '../../../src/core/store/queries/article-list';
import type { ArticlePage, ArticleSort, ListQuery } from '../../../src/shared/api';

interface Row {
  id: string;
  title: string;
  published: string | null;
  added: string;
}

/** A library of `n` bare articles with many ties: a third undated, dates and add times repeating. */
function library(n: number): { db: WriteDb; rows: Row[] } {
  const db = new Database(':memory:') as WriteDb;
  migrate(db);
  db.prepare("INSERT INTO sources(sha256,name,format,encoding,byte_size,raw,imported_at) VALUES ('h','n','text','utf-8',1,x'41','t')").run();
  const ins = db.prepare(
    `INSERT INTO articles(id,source_id,content_hash,text,title,published,word_count,reading_minutes,body,excerpt,extraction,extractor_version,added_at,updated_at)
     VALUES (?,1,?,'t',?,?,1,1,'b','e','{}',1,?,?)`,
  );
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const id = (i * 7919 % 100_003).toString(16).padStart(12, '0');
    const published = i % 3 === 0 ? null : `2025-0${1 + (i % 9)}-1${i % 7}`;
    const added = `2025-10-0${1 + (i % 4)}T00:00:00.000Z`;
    const title = `${['alpha', 'Beta', 'gamma', 'Delta'][i % 4]} ${i % 50}`;
    ins.run(id, `c${i}`, title, published, added, added);
    rows.push({ id, title, published, added });
  }
  return { db, rows };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order the list must have, computed here the slow way. */
function reference(rows: Row[], sort: ArticleSort): string[] {
  const by: Record<ArticleSort, (a: Row, b: Row) => number> = {
    'published-desc': (a, b) => cmp(b.published ?? '', a.published ?? '') || cmp(b.added, a.added) || cmp(b.id, a.id),
    'published-asc': (a, b) => cmp(a.published ?? '~', b.published ?? '~') || cmp(a.added, b.added) || cmp(a.id, b.id),
    'added-desc': (a, b) => cmp(b.added, a.added) || cmp(b.id, a.id),
    'title-asc': (a, b) => cmp(a.title.toLowerCase(), b.title.toLowerCase()) || cmp(a.id, b.id),
  };
  return [...rows].sort(by[sort]).map((r) => r.id);
}

const page = (db: WriteDb, q: ListQuery): ArticlePage => listArticlesPage(db, parseListQuery(q));
const SORTS: ArticleSort[] = ['published-desc', 'published-asc', 'added-desc', 'title-asc'];
const N = 1000;

describe('listArticlesPage', () => {
  let db: WriteDb;
  let rows: Row[];
  beforeEach(() => ({ db, rows } = library(N)));

  it.each(SORTS)('walks the whole %s list forward by cursor, each report once, in order', (sort) => {
    const seen: string[] = [];
    let p = page(db, { sort, limit: 97 });
    expect(p.prev).toBeNull();
    for (;;) {
      seen.push(...p.items.map((a) => a.id));
      if (!p.next) break;
      p = page(db, { after: p.next, limit: 97 });
    }
    expect(seen).toEqual(reference(rows, sort));
  });

  it.each(SORTS)('walks the %s list backward from the end by cursor', (sort) => {
    const seen: string[] = [];
    let p = page(db, { sort, fromEnd: true, limit: 120 });
    expect(p.offset).toBe(N - 120);
    expect(p.next).toBeNull();
    for (;;) {
      seen.unshift(...p.items.map((a) => a.id));
      if (!p.prev) break;
      p = page(db, { before: p.prev, limit: 120 });
    }
    expect(seen).toEqual(reference(rows, sort));
  });

  it('serves any offset, on and around anchors, as that slice of the list', () => {
    const ref = reference(rows, 'published-desc');
    for (const offset of [1, ANCHOR_STEP - 1, ANCHOR_STEP, ANCHOR_STEP + 1, 3 * ANCHOR_STEP + 17, N - 5, N, N + 300]) {
      const p = page(db, { offset, limit: 40 });
      expect(p.items.map((a) => a.id), `offset ${offset}`).toEqual(ref.slice(offset, offset + 40));
      expect(p.offset).toBe(offset);
      expect(p.next === null).toBe(offset + 40 >= N);
    }
    expect(page(db, {}).total).toBe(N);
    expect(page(db, {}).rows).toBe(N);
  });

  it('sees reports added after the anchors were made', () => {
    page(db, { offset: 600, limit: 10 });
    db.prepare("INSERT INTO articles(id,source_id,content_hash,text,title,published,word_count,reading_minutes,body,excerpt,extraction,extractor_version,added_at,updated_at) VALUES ('ffffffffffff',1,'new','t','New','2030-01-01',1,1,'b','e','{}',1,'2030','2030')").run();
    rows.push({ id: 'ffffffffffff', title: 'New', published: '2030-01-01', added: '2030' });
    expect(page(db, { offset: 600, limit: 10 }).items.map((a) => a.id)).toEqual(reference(rows, 'published-desc').slice(600, 610));
    expect(page(db, { offset: 0, limit: 1 }).items[0]!.id).toBe('ffffffffffff');
  });

  it('reads every page through its order index, never scanning the table or sorting', () => {
    const explain = (sql: string, params: unknown[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');
    const index = { 'published-desc': 'list_date_desc', 'published-asc': 'list_date_asc', 'added-desc': 'list_added', 'title-asc': 'list_title' };
    for (const sort of SORTS) {
      for (const grouped of [false, true]) {
        for (const [where, forward] of [['after', true], ['before', false], ['from', true]] as const) {
          const key = Array.from({ length: keyLength(sort) }, () => 'x');
          const plan = explain(pageSql({ sort, grouped }, where, forward), [...key, 10, 0]);
          expect(plan, `${sort} ${where}`).toMatch(new RegExp(`SEARCH a USING (COVERING )?INDEX articles_${index[sort]} \\(`));
          expect(plan).not.toMatch(/TEMP B-TREE|SCAN a/);
        }
      }
    }
  });

  it('collapses near-duplicate copies under their head when asked, with the count of copies', () => {
    const ref = reference(rows, 'published-desc');
    const [head, c1, c2] = [ref[10]!, ref[500]!, ref[900]!];
    const put = db.prepare('INSERT INTO twin_copies(article_id, head_id) VALUES (?, ?)');
    put.run(c1, head);
    put.run(c2, head);
    const grouped: string[] = [];
    let p = page(db, { groupCopies: true, limit: 300 });
    expect(p.rows).toBe(N - 2);
    expect(p.total).toBe(N);
    for (;;) {
      grouped.push(...p.items.map((a) => a.id));
      if (!p.next) break;
      p = page(db, { after: p.next, limit: 300, groupCopies: true });
    }
    expect(grouped).toEqual(ref.filter((id) => id !== c1 && id !== c2));
    expect(page(db, { groupCopies: true, offset: 10, limit: 1 }).items[0]).toMatchObject({ id: head, copyCount: 2 });
    expect(page(db, { groupCopies: true, fromEnd: true, limit: 1 }).offset).toBe(N - 3);
    // Not grouped, every report is a row of its own and none claims copies.
    expect(page(db, { offset: 10, limit: 1 }).items[0]).toMatchObject({ id: head, copyCount: 0 });
  });
});

describe('listArticlesPage with ids', () => {
  it('lists only the given reports, in the order asked, paged by offset and cursor', () => {
    const { db, rows } = library(300);
    const some = rows.filter((_, i) => i % 7 === 0).map((r) => r.id);
    const ref = reference(rows, 'title-asc').filter((id) => some.includes(id));
    const first = page(db, { sort: 'title-asc', ids: some as never, limit: 10 });
    expect(first.rows).toBe(some.length);
    expect(first.total).toBe(300);
    const second = page(db, { after: first.next!, ids: some as never, limit: 10 });
    expect([...first.items, ...second.items].map((a) => a.id)).toEqual(ref.slice(0, 20));
    expect(page(db, { sort: 'title-asc', ids: some as never, offset: 25, limit: 5 }).items.map((a) => a.id)).toEqual(ref.slice(25, 30));
    expect(() => parseListQuery({ ids: ['x'] })).toThrow('api: ids must be a list of at most 10,000 article ids');
  });
});

describe('parseListQuery', () => {
  it('rejects bad cursors, mixed starting points and cursors of another order, saying which', () => {
    const { db } = library(20);
    const next = page(db, { sort: 'title-asc', limit: 5 }).next!;
    expect(() => parseListQuery({ after: 'nonsense' })).toThrow('api: not a list cursor: "nonsense"');
    expect(() => parseListQuery({ after: 'title-asc~!!!' })).toThrow('api: not a list cursor');
    expect(() => parseListQuery({ after: next, offset: 5 })).toThrow('api: give one of offset, after, before or fromEnd');
    expect(() => parseListQuery({ after: next, sort: 'added-desc' })).toThrow('api: this cursor belongs to the title-asc order, not added-desc');
    expect(() => parseListQuery({ limit: 5001 })).toThrow('api: limit must be a whole number from 1 to 5000');
    expect(parseListQuery({ after: next })).toMatchObject({ sort: 'title-asc', start: { at: 'after' } });
  });
});
