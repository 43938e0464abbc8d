import type { AnnotationId, Article, PartialDate } from '../../../../shared/api';

/**
 * What the annotation popover is for: a fresh selection (offsets into `Article.text`) or an
 * existing annotation; `x`, `top` and `bottom` are where the selection or highlight stands,
 * in the coordinates of the popover's positioned parent.
 */
export type PopoverTarget =
  | { kind: 'selection'; start: number; end: number; x: number; top: number; bottom: number }
  | { kind: 'annotation'; id: AnnotationId; x: number; top: number; bottom: number; editor?: 'note' | 'tag' | null };

/**
 * What the popover needs of the report it annotates: the facts a citation names and the text
 * of a selection (the reader has the whole `Article.text`; a compare column only its sentences).
 */
export interface AnnotatedReport {
  title: string;
  site: string | null;
  published: PartialDate | null;
  /** The text shown for `[start, end)` of `Article.text`. */
  slice(start: number, end: number): string;
}

/** The reader's report: the whole article text is at hand. */
export function articleReport(a: Article): AnnotatedReport {
  return { title: a.title, site: a.site, published: a.published, slice: (start, end) => a.text.slice(start, end) };
}
