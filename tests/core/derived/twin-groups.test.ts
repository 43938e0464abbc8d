import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/core/store/migrations/index';
import type { WriteDb } from '../../../src/core/store/db';
import { joinTwinGroup, leaveTwinGroup, twinGroupsDataset, TWIN_GROUPS_VERSION } from '../../../src/core/derived/twin-groups';
import { ChangeBatch } from '../../../src/core/derived/dataset';
import { ensureDataset } from '../../../src/core/derived/rebuild';

/** Builds the groups from scratch, as a rebuild does. */
function rebuildTwinGroups(db: WriteDb): void {
  twinGroupsDataset.clear(db);
  twinGroupsDataset.build!(db, { after: 0, upTo: Number.MAX_SAFE_INTEGER }, new ChangeBatch());
}

/** Articles a, b, c, … added in that order. */
function library(ids: string[]): WriteDb {
  const db = new Database(':memory:') as WriteDb;
  migrate(db);
  db.prepare("INSERT INTO sources(sha256,name,format,encoding,byte_size,raw,imported_at) VALUES ('h','n','text','utf-8',1,x'41','t')").run();
  const ins = db.prepare("INSERT INTO articles(id,source_id,content_hash,text,title,word_count,reading_minutes,body,excerpt,extraction,extractor_version,added_at,updated_at) VALUES (?,1,?,'t','T',1,1,'b','e','{}',1,'t','t')");
  for (const id of ids) ins.run(id, `c${id}`);
  return db;
}

function link(db: WriteDb, x: string, y: string): void {
  db.prepare('INSERT INTO near_duplicates(a, b, similarity) VALUES (?, ?, 0.9)').run(x < y ? x : y, x < y ? y : x);
}

const groups = (db: WriteDb) => Object.fromEntries((db.prepare('SELECT article_id, head_id FROM twin_copies ORDER BY article_id').all() as { article_id: string; head_id: string }[]).map((r) => [r.article_id, r.head_id]));

describe('twin groups', () => {
  it('rebuilds connected groups under their earliest-added report, however the ids sort', () => {
    const db = library(['zz', 'bb', 'cc', 'aa', 'dd']);
    link(db, 'bb', 'cc');
    link(db, 'cc', 'aa');
    link(db, 'zz', 'dd');
    rebuildTwinGroups(db);
    expect(groups(db)).toEqual({ cc: 'bb', aa: 'bb', dd: 'zz' });
  });

  it('puts a new report under its twins’ head, and merges two groups it links', () => {
    const db = library(['a1', 'a2', 'b1', 'b2', 'n']);
    link(db, 'a1', 'a2');
    link(db, 'b1', 'b2');
    rebuildTwinGroups(db);
    link(db, 'n', 'a2');
    link(db, 'n', 'b2');
    joinTwinGroup(db, 'n');
    expect(groups(db)).toEqual({ a2: 'a1', b1: 'a1', b2: 'a1', n: 'a1' });
  });

  it('leaves a report without twins alone', () => {
    const db = library(['a', 'b']);
    joinTwinGroup(db, 'b');
    expect(groups(db)).toEqual({});
  });

  it('hands a leaving head’s copies to the earliest of them', () => {
    const db = library(['h', 'c1', 'c2']);
    link(db, 'h', 'c1');
    link(db, 'h', 'c2');
    link(db, 'c1', 'c2');
    rebuildTwinGroups(db);
    leaveTwinGroup(db, 'h');
    expect(groups(db)).toEqual({ c2: 'c1' });
    db.prepare("DELETE FROM near_duplicates WHERE a = 'c1' AND b = 'h' OR a = 'c2' AND b = 'h'").run();
    joinTwinGroup(db, 'h');
    expect(groups(db)).toEqual({ c2: 'c1' });
  });

  it('rebuilds once per version of the rule, on open', () => {
    const db = library(['a', 'b']);
    link(db, 'a', 'b');
    expect(ensureDataset(db, twinGroupsDataset)).toBe(2);
    expect(groups(db)).toEqual({ b: 'a' });
    db.prepare('DELETE FROM twin_copies').run();
    expect(ensureDataset(db, twinGroupsDataset)).toBeNull();
    expect(groups(db)).toEqual({});
    expect(TWIN_GROUPS_VERSION).toBeGreaterThan(0);
  });
});
