import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openLibrary } from '../src/core/library';
import { report, summarise, timeRuns } from './lib/measure';
import { SEEDS, tempDir } from './lib/paths';

/**
 * First-start seeding: a new library filled with the five seed reports (decode, extract,
 * store, index), against the baseline of inserting the same five texts raw into an FTS5 table.
 */
export async function run(): Promise<void> {
  const tmp = tempDir();
  const texts = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  const base = await timeRuns(9, (i) => {
    const db = new Database(join(tmp.dir, `raw-${i}.sqlite`));
    db.pragma('journal_mode = WAL');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')");
    const ins = db.prepare('INSERT INTO t(body) VALUES (?)');
    db.transaction(() => texts.forEach((x) => ins.run(x)))();
    db.close();
  });
  const seeded = await timeRuns(9, async (i) => {
    const db = await openLibrary({ path: join(tmp.dir, `lib-${i}.sqlite`), seedDir: SEEDS });
    db.close();
  });
  const b = summarise(base);
  report({ scenario: 'seeding', metric: 'first start: new library + 5 seed reports', ...summarise(seeded), unit: 'ms', baseline: { name: 'raw FTS5 insert of the 5 texts', median: b.median } });
  tmp.cleanup();
}
