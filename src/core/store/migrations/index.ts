import type { WriteDb } from '../handles';
import { up as up0001 } from './0001-initial';
import { up as up0002 } from './0002-near-duplicates';
import { up as up0003 } from './0003-search';
import { up as up0004 } from './0004-annotations';
import { up as up0005 } from './0005-compare';
import { up as up0006 } from './0006-near-duplicates-without-foreign-keys';
import { up as up0007 } from './0007-entity-name-counts';
import { up as up0008 } from './0008-compare-tables-without-foreign-keys';
import { up as up0009 } from './0009-derived-state';
import { up as up0010 } from './0010-search-automerge';
import { up as up0011 } from './0011-extraction-corrections';
import { up as up0012 } from './0012-list-paging';
import { up as up0013 } from './0013-site-templates';
import { up as up0014 } from './0014-name-spellings';
import { up as up0015 } from './0015-search-group-heads';
import { up as up0016 } from './0016-body-as-offsets';
import { up as up0017 } from './0017-timeline-without-date-index';
import { up as up0018 } from './0018-name-rows-counted-by-writer';
import { up as up0019 } from './0019-search-name-words';
import { up as up0020 } from './0020-entity-aliases';
import { up as up0021 } from './0021-search-prefix-index';
import { up as up0022 } from './0022-search-captions';
import { up as up0023 } from './0023-trash';
import { up as up0024 } from './0024-note-drafts';
import { up as up0025 } from './0025-text-conflicts';
import { up as up0026 } from './0026-explore-views';
import { up as up0027 } from './0027-edit-base';

/** One step of the schema. Never edit a shipped step; add a new one. */
export interface Migration {
  version: number;
  up(db: WriteDb): void;
}

/** Every migration in order. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, up: up0001 },
  { version: 2, up: up0002 },
  { version: 3, up: up0003 },
  { version: 4, up: up0004 },
  { version: 5, up: up0005 },
  { version: 6, up: up0006 },
  { version: 7, up: up0007 },
  { version: 8, up: up0008 },
  { version: 9, up: up0009 },
  { version: 10, up: up0010 },
  { version: 11, up: up0011 },
  { version: 12, up: up0012 },
  { version: 13, up: up0013 },
  { version: 14, up: up0014 },
  { version: 15, up: up0015 },
  { version: 16, up: up0016 },
  { version: 17, up: up0017 },
  { version: 18, up: up0018 },
  { version: 19, up: up0019 },
  { version: 20, up: up0020 },
  { version: 21, up: up0021 },
  { version: 22, up: up0022 },
  { version: 23, up: up0023 },
  { version: 24, up: up0024 },
  { version: 25, up: up0025 },
  { version: 26, up: up0026 },
  { version: 27, up: up0027 },
];

MIGRATIONS.forEach((m, i) => {
  if (m.version !== i + 1) throw new Error(`store: migration ${i} has version ${m.version}, expected ${i + 1}`);
});

/** The schema version this app writes. */
export const LATEST_VERSION = MIGRATIONS.length;

/**
 * Applies every pending migration up to `target` (default: latest), each in its own
 * transaction together with the `user_version` bump, so a crash leaves a whole version.
 */
export function migrate(db: WriteDb, target: number = LATEST_VERSION): void {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  for (const m of MIGRATIONS) {
    if (m.version <= version() || m.version > target) continue;
    // The version is read again under the write lock: another process opening the same new
    // library at the same moment may have applied this step while this one waited.
    db.transaction(() => {
      if (m.version <= version()) return;
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
