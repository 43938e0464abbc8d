/**
 * Versions of a report: a file imported again after it changed is added beside the report it
 * follows (`IngestItem.versionOf`); a person may then choose to work on the new version.
 */
import type { AnnotationId, AnchorStatus } from './annotations';
import type { ArticleId, MetadataOverrides } from './extraction';
import type { Notice } from './notices';
import type { Article, TextConflict } from './library';

/** Where an annotation stood before it moved to the new version, so the move can be taken back. */
export interface MovedAnnotation {
  id: AnnotationId;
  /** The earlier version it was on. */
  from: ArticleId;
  start: number;
  end: number;
  status: AnchorStatus;
}

/** An annotation that moved but could not be placed in the new text: kept, listed as orphaned. */
export interface OrphanedAnnotation {
  id: AnnotationId;
  /** The passage it marked in the earlier version. */
  quote: string;
}

/** What `useNewVersion` did, and all `undoNewVersion` needs to take it back. */
export interface VersionSwitch {
  /** The new version: now the report the person works on. */
  articleId: ArticleId;
  /** The earlier versions it replaces, moved to the trash (restorable there). */
  earlier: ArticleId[];
  /** Every annotation moved to the new version (tags, notes and links go with each). */
  moved: MovedAnnotation[];
  /** Those of `moved` that could not be placed in the new text. */
  orphaned: OrphanedAnnotation[];
  /** The new version's own edits of title, date, outlet and author before the switch. */
  overridesBefore: MetadataOverrides;
  /** True when edits of title, date, outlet or author came over from an earlier version. */
  editsCarried: boolean;
  /**
   * True when an earlier version held a person's edit of its text or a correction of its
   * bounds: those are of the earlier text, so they stay with it (in the trash), not applied to the new one.
   */
  textEditsLeft: boolean;
  /**
   * True when the person's text edit (and correction of the bounds) of an earlier version was
   * merged into the new version's text: where the file changed other stretches both apply;
   * where it changed the same stretch the text holds the file's side and `textConflicts` counts
   * the person's sides kept for them to choose. Absent from answers of before this field.
   */
  textCarried?: boolean;
  /** Stretches where the file and the person's edit both changed the text (see `TextConflict`). */
  textConflicts?: number;
  /** Why a text edit was left with the earlier version (`textEditsLeft`), when it was tried. */
  textLeftWhy?: Notice;
  /** A fingerprint of the carried edit, so an undo after the person edited the text again is refused. */
  textCarriedHash?: string;
}

/** The versions part of `ParallaxApi`. */
export interface VersionsApi {
  /**
   * Makes `id`, a report added as a new version of earlier ones (`IngestItem.versionOf`), the one
   * the person works on: every annotation of the earlier versions (with its note, tags and links)
   * moves to it and is placed in its text by the annotation anchoring (quote and context) — one
   * that cannot be placed is kept, orphaned, never dropped; edits of title, date, outlet and
   * author come with it; the earlier versions go to the trash. One transaction.
   * Rejects with `NOT_FOUND` for an unknown id, `BAD_INPUT` when it is no new version.
   */
  useNewVersion(id: ArticleId): Promise<VersionSwitch>;
  /**
   * Takes a `useNewVersion` back: the annotations return to the versions they came from, at
   * their places there, the new version's edits are as before, the earlier versions leave the
   * trash. Rejects with `CONFLICT` (nothing changed) when an annotation it moved was deleted or
   * moved again since.
   */
  undoNewVersion(change: VersionSwitch): Promise<void>;
  /**
   * Settles conflict `index` of the report's `textConflicts` (its order there): `file` keeps the
   * text as it is, `edit` puts the person's side in its place (the text is extracted again and
   * the annotations placed, as after any text edit). Resolves to the report as it is then.
   * Rejects with `NOT_FOUND` for an unknown report, `CONFLICT` (`version.no-conflict`) when there
   * is no such conflict or its stretch changed since.
   */
  resolveTextConflict(id: ArticleId, index: number, use: 'file' | 'edit'): Promise<Article>;
}

/** The method names of `VersionsApi`, in the order the allowlist lists them. */
export const VERSIONS_METHODS = ['useNewVersion', 'undoNewVersion', 'resolveTextConflict'] as const satisfies readonly (keyof VersionsApi)[];
