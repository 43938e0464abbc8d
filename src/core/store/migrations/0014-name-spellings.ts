import type { WriteDb } from '../handles';

/**
 * Search by entity widens a name to its other spellings, grouped from the library's people (seconds at
 * 100,000 reports). The lookup is kept here so that opening a library does not group its names again:
 * one row per key (`kind` 1 surname spelling, 2 surname skeleton, 3 given name, 4 whole name) with the
 * spellings as a JSON array, read a word at a time.
 *
 * `name_spellings_state.changes` counts every change to the people's names or to a person's merges and
 * splits (kept by triggers, so a writer of any version of the code moves it); the lookup stands for the
 * library when `built_at` equals it. A lookup built from rows that changed meanwhile is stale and is built
 * again.
 */
export function up(db: WriteDb): void {
  db.exec(`
    CREATE TABLE name_spellings (
      kind      INTEGER NOT NULL,
      key       TEXT NOT NULL,
      spellings TEXT NOT NULL,
      PRIMARY KEY (kind, key)
    ) WITHOUT ROWID;

    CREATE TABLE name_spellings_state (
      id       INTEGER PRIMARY KEY CHECK (id = 1),
      changes  INTEGER NOT NULL,
      built_at INTEGER
    );
    INSERT INTO name_spellings_state(id, changes, built_at) VALUES (1, 0, NULL);

    CREATE TRIGGER name_spellings_person_added AFTER INSERT ON entity_mentions WHEN NEW.kind = 'person'
      BEGIN UPDATE name_spellings_state SET changes = changes + 1; END;
    CREATE TRIGGER name_spellings_person_removed AFTER DELETE ON entity_mentions WHEN OLD.kind = 'person'
      BEGIN UPDATE name_spellings_state SET changes = changes + 1; END;
    CREATE TRIGGER name_spellings_person_renamed AFTER UPDATE OF kind, name ON entity_mentions WHEN OLD.kind = 'person' OR NEW.kind = 'person'
      BEGIN UPDATE name_spellings_state SET changes = changes + 1; END;
    CREATE TRIGGER name_spellings_override_added AFTER INSERT ON entity_overrides
      BEGIN UPDATE name_spellings_state SET changes = changes + 1; END;
    CREATE TRIGGER name_spellings_override_removed AFTER DELETE ON entity_overrides
      BEGIN UPDATE name_spellings_state SET changes = changes + 1; END;
    CREATE TRIGGER name_spellings_override_changed AFTER UPDATE ON entity_overrides
      BEGIN UPDATE name_spellings_state SET changes = changes + 1; END;
  `);
}
