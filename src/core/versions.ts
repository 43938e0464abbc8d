/**
 * "Use the new version": a file imported again after it changed is added beside the report it
 * follows (`IngestItem.versionOf`), which keeps the person's work; this moves that work to the
 * new version and puts the earlier ones in the trash, in one transaction, and takes it back.
 *
 * Annotations are placed in the new text as after any change of text (`annotate/place.ts`:
 * quote and context, exactly, then approximately); one that cannot be placed moves too, orphaned,
 * and keeps its quote. Edits of title, date, outlet and author come over (the latest earlier
 * version's win; the new version's own win over all). The latest earlier version's text edit and
 * correction of the article's bounds are merged into the new text (`version-text.ts`), conflicts
 * kept for the person; when that cannot be done (the new version has its own, a bound) they stay
 * with the earlier text, in the trash, and the result says why.
 */
import type { ArticleId, MetadataOverrides, MovedAnnotation, OrphanedAnnotation, ParallaxApi, VersionSwitch } from '../shared/api';
import type { ParallaxEvent } from '../shared/events';
import { notice } from '../shared/api/notices';
import { codedError } from '../shared/i18n';
import type { WriteDb } from './store/db';
import { placeAnnotation } from './annotate/place';
import { annotationsOfArticle, getAnnotation } from './store/queries/annotations';
import { applyOverrides, getOverrides, getStoredSource } from './store/queries/articles';
import { stmt } from './store/queries/cache';
import { setTextConflicts } from './store/queries/text-conflicts';
import { earlierVersionsOf, moveAnnotation } from './store/queries/versions';
import { applyChange } from './derived/keep-current';
import { extractSource, writeExtraction, type ExtractOneOptions } from './ingest/extract-one';
import { restoreArticles, trashArticles } from './trash';
import { editFingerprint, isCurrent, planTextCarry, storedFingerprint, type CarryOptions, type CarryPlan } from './version-text';
import { parseVersionSwitch } from './validate-versions';
import { parseArticleId } from './validate';
import { resolveTextConflict } from './text-conflicts';

/** Times the switch is planned again when a text edit it carries changed while it was merged. */
const ATTEMPTS = 3;

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
 * Makes `id` the version the person works on (see the file's comment). The text edit is merged
 * and extracted first (on the extraction helper with an import's limits, when `opts` names it),
 * then everything is written in one transaction.
 *
 * @throws ApiError `NOT_FOUND` for an unknown id, `BAD_INPUT` (`version.not-new`) when `id` has
 *   no earlier version outside the trash, `CONFLICT` when the text edit kept changing meanwhile.
 */
export async function useNewVersion(db: WriteDb, id: ArticleId, opts: CarryOptions = {}, now = new Date().toISOString()): Promise<VersionSwitch> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    textOf(db, id);
    const plan = await planTextCarry(db, id, opts);
    const r = switchTo(db, id, plan, now);
    if (r) return r;
  }
  throw codedError('CONFLICT', notice('reextract.failed', { detail: 'the text was edited again meanwhile' }));
}

/** Writes the switch; null (nothing written) when the text edit `plan` carries changed since it was made. */
function switchTo(db: WriteDb, id: ArticleId, plan: CarryPlan, now: string): VersionSwitch | null {
  return db.transaction((): VersionSwitch | null => {
    textOf(db, id);
    const earlier = earlierVersionsOf(db, id);
    if (earlier.length === 0) throw codedError('BAD_INPUT', notice('version.not-new', { id }));
    const carry = plan?.ok ? plan.carry : null;
    if (carry && !isCurrent(db, id, carry)) return null;
    if (!plan && earlier.some((e) => e.textEdited)) return null;
    if (carry) {
      writeExtraction(db, id, carry.editedText, carry.correction, carry.prepared, now);
      setTextConflicts(db, id, carry.conflicts, now);
    }
    // The merged text when an edit was carried: annotations are placed where the person's words are.
    const text = textOf(db, id);
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
    const left = earlier.filter((e) => e.textEdited && e.id !== carry?.from);
    return {
      articleId: id,
      earlier: earlier.map((e) => e.id),
      moved,
      orphaned,
      overridesBefore: before,
      editsCarried,
      textEditsLeft: left.length > 0,
      ...(carry ? { textCarried: true, textConflicts: carry.conflicts.length, textCarriedHash: editFingerprint(carry.editedText, carry.correction) } : {}),
      ...(plan && !plan.ok ? { textLeftWhy: plan.why } : {}),
    };
  })();
}

/**
 * Takes `change` back (see `VersionsApi.undoNewVersion`). A carried text edit is taken off the
 * new version: its text is extracted again from its file first, then all is written in one
 * transaction.
 *
 * @throws ApiError `CONFLICT` (`version.undo-changed`), nothing changed, when an annotation it
 *   moved is gone or on another report now, or the carried text was edited since; `NOT_FOUND`
 *   when a report of it was purged.
 */
export async function undoNewVersion(db: WriteDb, change: VersionSwitch, opts: ExtractOneOptions = {}, now = new Date().toISOString()): Promise<void> {
  const check = () => {
    textOf(db, change.articleId);
    for (const e of change.earlier) textOf(db, e);
    for (const m of change.moved) {
      if (getAnnotation(db, m.id)?.articleId !== change.articleId) throw codedError('CONFLICT', notice('version.undo-changed'));
      textOf(db, m.from);
    }
    if (change.textCarried && storedFingerprint(db, change.articleId) !== change.textCarriedHash) throw codedError('CONFLICT', notice('version.undo-changed'));
  };
  check();
  let original = null;
  if (change.textCarried) {
    const src = getStoredSource(db, change.articleId)!;
    const o = await extractSource(db, change.articleId, src, null, null, opts);
    if (!o.ok) throw codedError('CONFLICT', notice('reextract.failed', { detail: o.why.code }));
    original = o.value;
  }
  db.transaction(() => {
    check();
    for (const m of change.moved) moveAnnotation(db, m.id, m.from, m.start, m.end, m.status);
    if (original) {
      writeExtraction(db, change.articleId, null, null, original, now);
      setTextConflicts(db, change.articleId, [], now);
    }
    if (change.editsCarried) setOverrides(db, change.articleId, change.overridesBefore, getOverrides(db, change.articleId) ?? {}, now);
    restoreArticles(db, change.earlier);
  })();
}

/** The versions calls of the API contract. */
export function versionMethods(db: WriteDb, emit: (e: ParallaxEvent) => void, opts: ExtractOneOptions = {}): Pick<ParallaxApi, 'useNewVersion' | 'undoNewVersion' | 'resolveTextConflict'> {
  return {
    async useNewVersion(id) {
      const r = await useNewVersion(db, parseArticleId(id), opts);
      emit({ type: 'libraryChanged' });
      return r;
    },
    async undoNewVersion(change) {
      await undoNewVersion(db, parseVersionSwitch(change), opts);
      emit({ type: 'libraryChanged' });
    },
    async resolveTextConflict(id, index, use) {
      const r = await resolveTextConflict(db, parseArticleId(id), index, use, opts);
      emit({ type: 'libraryChanged' });
      return r;
    },
  };
}
