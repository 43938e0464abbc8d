import { SvelteMap } from 'svelte/reactivity';
import type { AnnotationId } from '../../../../shared/api';

/**
 * Notes being typed and not saved, per highlight, for this session: Escape, a click beside the
 * popover or another report must not throw away what someone was writing. The popover and the
 * card in All annotations edit one note, so they share its draft. Saving the note, or its editor's
 * Cancel button, ends the draft.
 */
const drafts = new SvelteMap<AnnotationId, string>();

export const noteDrafts = {
  get: (id: AnnotationId): string | undefined => drafts.get(id),
  has: (id: AnnotationId): boolean => drafts.has(id),
  /** Keeps `text` as the draft, or none when it is the saved note again. */
  keep(id: AnnotationId, text: string, saved: string | null): void {
    if (text.trim() === (saved ?? '').trim()) drafts.delete(id);
    else drafts.set(id, text);
  },
  clear: (id: AnnotationId): void => void drafts.delete(id),
};
