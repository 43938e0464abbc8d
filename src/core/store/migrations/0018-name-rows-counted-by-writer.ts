import type { WriteDb } from '../handles';

/**
 * A new person's name row no longer bumps the spellings' change count by a trigger: the one
 * writer of name rows (`CompareRowsOut`, queries/compare-writes.ts) adds its person rows to the
 * count once per flush, in the same transaction. The trigger updated the count's row once per
 * person row, ~36k times in a 10k catch-up: the name rows' writes 540 -> 410 ms of the library
 * thread's CPU without it (10k bench library, rows written back in transactions of 128, medians
 * of 5). Removed and renamed names keep their triggers: they are rare and written by SQL alone.
 */
export function up(db: WriteDb): void {
  db.exec('DROP TRIGGER IF EXISTS name_spellings_person_added;');
}
