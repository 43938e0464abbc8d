import type { AnnotationId } from '../../../../shared/types';

/**
 * What the annotation popover is for: a fresh selection (offsets into `Article.text`) or an
 * existing annotation; `x`, `top` and `bottom` are where the selection or highlight stands,
 * in the coordinates of the popover's positioned parent.
 */
export type PopoverTarget =
  | { kind: 'selection'; start: number; end: number; x: number; top: number; bottom: number }
  | { kind: 'annotation'; id: AnnotationId; x: number; top: number; bottom: number; editor?: 'note' | 'tag' | null };
