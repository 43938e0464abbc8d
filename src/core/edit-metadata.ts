import { ApiError } from '../shared/errors';
import type { ArticleId, MetadataEdit, MetadataOverrides } from '../shared/api';
import type { WriteDb } from './store/db';
import { applyOverrides, getOverrides } from './store/queries/articles';
import { applyChange } from './derived/keep-current';
import { notice } from '../shared/api/notices';
import { codedError } from '../shared/i18n';

const FIELDS: (keyof MetadataOverrides)[] = ['title', 'published', 'site', 'author'];

/**
 * Applies a person's edit of title, date, outlet or author. The edit is stored apart from
 * extraction, so it wins over every later re-extraction. A new or cleared date also leaves the
 * article waiting for the compare index: its relative dates (`am Freitag`) are read against the
 * article's date, so its timeline rows are redone before the next compare view reads them.
 *
 * @throws ApiError `NOT_FOUND` for an unknown article.
 */
export function editMetadata(db: WriteDb, id: ArticleId, edit: MetadataEdit): void {
  const current = getOverrides(db, id);
  if (!current) throw codedError('NOT_FOUND', notice('library.no-article', { id, scope: 'library' }));
  const overrides: MetadataOverrides = { ...current };
  for (const f of edit.clear ?? []) delete overrides[f];
  for (const f of FIELDS) if (edit[f] !== undefined) (overrides as Record<string, unknown>)[f] = edit[f];
  const dateEdited = edit.published !== undefined || (edit.clear ?? []).includes('published');
  db.transaction(() => {
    applyOverrides(db, id, overrides, new Date().toISOString());
    applyChange(db, { kind: 'metadata', id, dateChanged: dateEdited });
  })();
}
