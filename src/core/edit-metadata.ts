import { ApiError } from '../shared/errors';
import type { ArticleId, Extraction, MetadataEdit, MetadataOverrides } from '../shared/types';
import type { WriteDb } from './store/db';
import { getBlocks, getStoredSource, replaceExtraction } from './store/queries/articles';
import { stmt } from './store/queries/cache';

const FIELDS: (keyof MetadataOverrides)[] = ['title', 'published', 'site', 'author'];

/**
 * Applies a person's edit of title, date, outlet or author. The edit is stored apart from
 * extraction, so it wins over every later re-extraction.
 *
 * @throws ApiError `NOT_FOUND` for an unknown article.
 */
export function editMetadata(db: WriteDb, id: ArticleId, edit: MetadataEdit): void {
  const src = getStoredSource(db, id);
  if (!src) throw new ApiError('NOT_FOUND', `library: no article with id "${id}"`);
  const overrides: MetadataOverrides = { ...src.overrides };
  for (const f of edit.clear ?? []) delete overrides[f];
  for (const f of FIELDS) if (edit[f] !== undefined) (overrides as Record<string, unknown>)[f] = edit[f];
  const blocks = getBlocks(db, id, src.text);
  const stored = JSON.parse(src.extraction) as Omit<Extraction, 'blocks' | 'text' | 'body'>;
  const body = (stmt(db, 'SELECT body FROM articles WHERE id = ?').get(id) as { body: string }).body;
  const x = { ...stored, text: src.text, blocks, body: body ? body.split('\n\n') : [] } as Extraction;
  db.transaction(() => replaceExtraction(db, id, x, overrides, src.extractor_version, new Date().toISOString()))();
}
