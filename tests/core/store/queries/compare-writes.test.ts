import { describe, expect, it } from 'vitest';
import { CompareRowsOut, compareRowCells, type TimelineCellsOf } from '../../../../src/core/store/queries/compare-writes';
import { clearCompareRows } from '../../../../src/core/store/queries/compare';
import type { MentionRow } from '../../../../src/core/store/queries/entities';
import { LATEST_VERSION } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, tableRows } from '../../../support/schema';

const cell = (start: number, text: string): TimelineCellsOf => ({
  kind: 'date', start, end: start + text.length, text, date: '2024-05-08', endDate: null, sentenceStart: start, sentenceEnd: start + 40, sentence: `${text} geschah es.`, keys: 'wahl',
});
const mention = (name: string, start: number): MentionRow => ({ kind: 'person', name, start, end: start + name.length, sentenceStart: 0, sentenceEnd: 90 });

describe('compare rows written many a statement', () => {
  it('stores every row of several articles, past a statement’s worth, as written one by one', () => {
    const db = emptyLibraryAt(LATEST_VERSION);
    const out = new CompareRowsOut(db);
    const many = Array.from({ length: 123 }, (_, i) => cell(i * 50, `am ${i}. Mai`));
    out.add('a', compareRowCells([mention('Karl Beispiel', 3), mention('Anna Muster', 40), mention('Karl Beispiel', 70)], many, '2024-05-08', '@Karl_Beispiel wahl'));
    out.add('b', compareRowCells([], [cell(5, 'am 1. Juni')], null, 'wahl'));
    out.flush();
    expect(db.prepare("SELECT count(*) FROM timeline_mentions WHERE article_id = 'a'").pluck().get()).toBe(123);
    expect(db.prepare("SELECT text FROM timeline_mentions WHERE article_id = 'a' AND start = 6100").pluck().get()).toBe('am 122. Mai');
    expect(tableRows(db, 'entity_mentions')).toEqual([
      { article_id: 'a', kind: 'person', name: 'Anna Muster', count: 1, mentions: '[[40,51,0,90]]' },
      { article_id: 'a', kind: 'person', name: 'Karl Beispiel', count: 2, mentions: '[[3,16,0,90],[70,83,0,90]]' },
    ]);
    expect(tableRows(db, 'compare_docs')).toEqual([
      { article_id: 'a', date: '2024-05-08', keys: '@Karl_Beispiel wahl' },
      { article_id: 'b', date: null, keys: 'wahl' },
    ]);
    db.close();
  });

  it('keeps the later of two rows with one key, as one statement a row did', () => {
    const db = emptyLibraryAt(LATEST_VERSION);
    const out = new CompareRowsOut(db);
    out.add('a', compareRowCells([], [cell(5, 'am 1. Mai'), cell(5, 'am 2. Mai')], null, ''));
    out.flush();
    expect(db.prepare('SELECT text FROM timeline_mentions').pluck().all()).toEqual(['am 2. Mai']);
    db.close();
  });

  it('replaces an article’s stated aliases when it is indexed again, and keeps another article’s', () => {
    const db = emptyLibraryAt(LATEST_VERSION);
    const alias = [['Lai Ching-te', 'William Lai']] as const;
    const out = new CompareRowsOut(db);
    out.add('a', compareRowCells([mention('Lai Ching-te', 3), mention('William Lai', 30)], [], null, '', alias));
    out.add('b', compareRowCells([mention('Lai Ching-te', 3), mention('William Lai', 30)], [], null, '', alias));
    out.flush();
    expect(db.prepare("SELECT count(*) FROM entity_aliases WHERE article_id = 'a'").pluck().get()).toBe(1);
    // Re-extracted, `a` no longer states the alias: its old pair goes, `b`'s stays.
    expect(clearCompareRows(db, 'a')).toBe(true);
    out.add('a', compareRowCells([mention('Lai Ching-te', 3)], [], null, ''));
    out.flush();
    expect(db.prepare('SELECT article_id FROM entity_aliases').pluck().all()).toEqual(['b']);
    db.close();
  });
});
