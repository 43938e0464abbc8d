import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../../src/shared/api';
import { openLibrary } from '../../../src/core/library';
import type { WriteDb } from '../../../src/core/store/db';
import { prepareArticle, type PrepareInput } from '../../../src/core/ingest/prepare';
import { WRITE_STEPS, writeBatch } from '../../../src/core/ingest/write';
import { tempDir } from '../../support/temp';

let tmp: ReturnType<typeof tempDir>;
let db: WriteDb;
beforeEach(async () => {
  tmp = tempDir();
  db = await openLibrary({ path: join(tmp.dir, 'lib.sqlite'), seedDir: null });
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

const input = (name: string, text: string): PrepareInput => ({
  name,
  path: null,
  locator: null,
  format: 'text',
  extractAs: 'text',
  encoding: 'utf-8',
  raw: new TextEncoder().encode(text),
  text,
});
const report = (): IngestReport => ({ added: [], present: [], skipped: [], warnings: [], durationMs: 0 });
const ftsRows = () => db.prepare('SELECT count(*) FROM search_fts').pluck().get() as number;

describe('a batch’s write tells its progress', () => {
  it('through the end of its transaction: a step as each report’s rows are written, then as its full-text rows and its name words are', () => {
    const batch = Array.from({ length: 6 }, (_, i) => prepareArticle(input(`r${i}.txt`, `Bericht Nummer ${i}\n\nDer Stadtrat von Ort${i} beschloss am Montag den Haushalt für das kommende Jahr.`)));
    const before = ftsRows();
    const seen: number[] = [];
    writeBatch(db, batch, report(), () => seen.push(ftsRows() - before));
    // Each tell is read inside the transaction: the first six with no full-text row yet, the
    // next six each with one more, the last six with all (their name words), so the bar moves
    // through the search rows written at the transaction's end.
    expect(seen).toEqual([0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6]);
    expect(seen).toHaveLength(WRITE_STEPS * batch.length);
  });

  it('every step at once for a report the library has, which has no search rows to write', () => {
    const a = prepareArticle(input('a.txt', 'Ein Bericht\n\nDer Landtag tagte am Dienstag bis spät in die Nacht.'));
    writeBatch(db, [a], report());
    let told = 0;
    const r = report();
    writeBatch(db, [a], r, () => told++);
    expect(r.present).toHaveLength(1);
    expect(told).toBe(WRITE_STEPS);
  });
});
