/**
 * "Use the new version": a file imported again after it changed is added beside the report it
 * follows (`IngestItem.versionOf`), which keeps the person's work; this moves that work to the
 * new version and puts the earlier ones in the trash, in one transaction, and takes it back.
 *
 * Annotations are placed in the new text as after any change of text (`annotate/place.ts`:
 * quote and context, exactly, then approximately); one that cannot be placed moves too, orphaned,
 * and keeps its quote. Edits of title, date, outlet and author come over (the latest earlier
 * version's win; the new version's own win over all). A text edit and a correction of the
 * article's bounds are of the earlier text: they stay with it, in the trash, and the result says so.
 */
import type { ArticleId, MetadataOverrides, MovedAnnotation, OrphanedAnnotation, ParallaxApi, VersionSwitch } from '../shared/api';
import type { ParallaxEvent } from '../shared/events';
import { notice } from '../shared/api/notices';
import { codedError } from '../shared/i18n';
import type { WriteDb } from './store/db';
import { placeAnnotation } from './annotate/place';
import { annotationsOfArticle, getAnnotation } from './store/queries/annotations';
import { applyOverrides, getOverrides } from './store/queries/articles';
import { stmt } from './store/queries/cache';
import { earlierVersionsOf, moveAnnotation } from './store/queries/versions';
import { applyChange } from './derived/keep-current';
import { restoreArticles, trashArticles } from './trash';
import { parseVersionSwitch } from './validate-versions';
import { parseArticleId } from './validate';

function textOf(db: WriteDb, id: ArticleId): string {
  const row = stmt(db, 'SELECT text FROM articles WHERE id = ?').get(id) as { text: string } | undefined;
  if (!row) throw codedError('NOT_FOUND', notice('library.no-article', { id, scope: 'library' }));
  return row.text;
}

/** Writes `overrides` as the report's edits and keeps the derived data current. */
function setOverrides(db: WriteDb, id: ArticleId, overrides: MetadataOverrides, before: MetadataOverrides, now: string): void {
  applyOverrides(db, id, overrides, now);
  applyChange(db, { kind: 'metadata', id, dateChanged: overrides.published !== before.published });
}

/**
 * Makes `id` the version the person works on (see the file's comment).
 *
 * @throws ApiError `NOT_FOUND` for an unknown id, `BAD_INPUT` (`version.not-new`) when `id` has
 *   no earlier version outside the trash.
 */
export function useNewVersion(db: WriteDb, id: ArticleId, now = new Date().toISOString()): VersionSwitch {
  return db.transaction(() => {
    const text = textOf(db, id);
    const earlier = earlierVersionsOf(db, id);
    if (earlier.length === 0) throw codedError('BAD_INPUT', notice('version.not-new', { id }));
    const moved: MovedAnnotation[] = [];
    const orphaned: OrphanedAnnotation[] = [];
    for (const e of earlier) {
      for (const a of annotationsOfArticle(db, e.id)) {
        moved.push({ id: a.id, from: e.id, start: a.position.start, end: a.position.end, status: a.status });
        const p = placeAnnotation(text, a.quote, a.position);
        moveAnnotation(db, a.id, id, p.start, p.end, p.status);
        if (p.status === 'orphaned') orphaned.push({ id: a.id, quote: a.quote.exact });
      }
    }
    const before = getOverrides(db, id) ?? {};
    // Oldest first, so the latest earlier version's edit of a field wins.
    const carried: MetadataOverrides = {};
    for (const e of [...earlier].reverse()) Object.assign(carried, getOverrides(db, e.id));
    const editsCarried = Object.keys(carried).length > 0;
    if (editsCarried) setOverrides(db, id, { ...carried, ...before }, before, now);
    trashArticles(db, earlier.map((e) => e.id), now);
    return { articleId: id, earlier: earlier.map((e) => e.id), moved, orphaned, overridesBefore: before, editsCarried, textEditsLeft: earlier.some((e) => e.textEdited) };
  })();
}

/**
 * Takes `change` back (see `VersionsApi.undoNewVersion`).
 *
 * @throws ApiError `CONFLICT` (`version.undo-changed`), nothing changed, when an annotation it
 *   moved is gone or on another report now; `NOT_FOUND` when a report of it was purged.
 */
export function undoNewVersion(db: WriteDb, change: VersionSwitch, now = new Date().toISOString()): void {
  db.transaction(() => {
    textOf(db, change.articleId);
    for (const e of change.earlier) textOf(db, e);
    for (const m of change.moved) {
      if (getAnnotation(db, m.id)?.articleId !== change.articleId) throw codedError('CONFLICT', notice('version.undo-changed'));
      textOf(db, m.from);
    }
    for (const m of change.moved) moveAnnotation(db, m.id, m.from, m.start, m.end, m.status);
    if (change.editsCarried) setOverrides(db, change.articleId, change.overridesBefore, getOverrides(db, change.articleId) ?? {}, now);
    restoreArticles(db, change.earlier);
  })();
}

/** The versions calls of the API contract. */
export function versionMethods(db: WriteDb, emit: (e: ParallaxEvent) => void): Pick<ParallaxApi, 'useNewVersion' | 'undoNewVersion'> {
  return {
    async useNewVersion(id) {
      const r = useNewVersion(db, parseArticleId(id));
      emit({ type: 'libraryChanged' });
      return r;
    },
    async undoNewVersion(change) {
      undoNewVersion(db, parseVersionSwitch(change));
      emit({ type: 'libraryChanged' });
    },
  };
}
