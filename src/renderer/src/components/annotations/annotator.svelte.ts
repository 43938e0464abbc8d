import { tick } from 'svelte';
import type { AnnotationId } from '../../../../shared/api';
import { rangeToOffsets } from '../../lib/anchoring/dom';
import type { AnnotationsState } from '../../lib/state/annotations.svelte';
import type { PopoverTarget } from './popover';

/** Where a mouse up is a click on a control, not the end of selecting text. */
const CONTROLS = 'button, input, select, textarea, label, [role="toolbar"], [role="menu"], [role="dialog"], [role="group"], [role="search"]';

/** Where an annotatable text lives and what it changes. */
export interface AnnotatorHost {
  /** The scroll container: the popover's positioned parent. */
  pane(): HTMLElement | undefined;
  /** The element holding the text runs (`data-start`): the pane itself or a column in it. */
  root(): HTMLElement | undefined;
  /** The annotations of the report shown there. */
  notes(): AnnotationsState;
  /** Runs an API action; a failure goes to the window's error line. */
  guard<T>(action: () => Promise<T>): Promise<T | undefined>;
}

/**
 * How a shown report is annotated, the same in the reader and in each compare column: a
 * selection (mouse or Shift+arrows) gets the toolbar by its first line, a click on a highlight
 * opens its popover, `h` highlights the selection (or the focused paragraph or sentence).
 * The component renders `AnnotationPopover` for `popover` and wires the events to these methods.
 */
export class Annotator {
  popover = $state.raw<PopoverTarget | null>(null);
  /** An annotation drawn a little stronger for a moment (after a jump to it). */
  flashId = $state<string | null>(null);
  /** The highlight drawn stronger: the one whose popover is open, else the flashed one. */
  activeId = $derived(this.popover?.kind === 'annotation' ? this.popover.id : this.flashId);

  /** The highlight `h` (or the toolbar) made last here: what Shift+N and Shift+T open when the focus is on no highlight. */
  #lastId: AnnotationId | null = null;
  /** The highlights on their way to the library, by `start:end`; the last one asked for is `#newest`. */
  #making = new Set<string>();
  #newest = '';
  /** The editor Shift+N / Shift+T asked for meanwhile, opened on that highlight once it is made. */
  #wanted: 'note' | 'tag' | null = null;

  readonly #host: AnnotatorHost;

  constructor(host: AnnotatorHost) {
    this.#host = host;
  }

  /** The annotations of the report shown. */
  get notes(): AnnotationsState {
    return this.#host.notes();
  }

  /** Where a DOM rect stands in the pane's scrolled coordinates (the popover's parent). */
  #anchorOf(rect: DOMRect): { x: number; top: number; bottom: number } {
    const pane = this.#host.pane()!;
    const box = pane.getBoundingClientRect();
    return { x: rect.left + rect.width / 2 - box.left, top: rect.top - box.top + pane.scrollTop, bottom: rect.bottom - box.top + pane.scrollTop };
  }

  /** The window's selection as offsets into `Article.text`, when it lies in this text. */
  selection(): { start: number; end: number; rect: DOMRect } | null {
    const root = this.#host.root();
    const sel = window.getSelection();
    if (!root || !sel || sel.isCollapsed || sel.rangeCount === 0) return null;
    const range = sel.getRangeAt(0);
    if (!root.contains(range.commonAncestorContainer)) return null;
    const offsets = rangeToOffsets(root, range);
    if (!offsets) return null;
    const rects = range.getClientRects();
    return { ...offsets, rect: rects[0] ?? range.getBoundingClientRect() };
  }

  /**
   * Mouse up or Shift+arrow up: the toolbar for a selection in this text, or none. A click on a
   * control (the reader's toolbar, a popover) ends no selection: the match the find bar left
   * selected must not get a toolbar because the person then opened "Aa".
   */
  onselectend = (e?: Event): void => {
    if ((e?.target as Element | null)?.closest?.(CONTROLS)) return;
    // After the browser has finished updating the selection.
    setTimeout(() => {
      const s = this.selection();
      if (s && this.#host.pane()) this.popover = { kind: 'selection', start: s.start, end: s.end, ...this.#anchorOf(s.rect) };
      else if (this.popover?.kind === 'selection') this.popover = null;
    });
  };

  /** A click on a highlight opens its popover; a click elsewhere (not in the popover) closes it. */
  onclick = (e: MouseEvent): void => {
    const sel = window.getSelection();
    if (sel && !sel.isCollapsed) return;
    const mark = this.markAt(e.target);
    if (mark) {
      const id = mark.getAttribute('data-annotation-id') as AnnotationId;
      this.popover = { kind: 'annotation', id, ...this.#anchorOf(mark.getClientRects()[0] ?? mark.getBoundingClientRect()) };
    } else if (!(e.target as Element).closest?.('.popover')) this.popover = null;
  };

  /** The highlight under an event target in this text, if any. */
  markAt(target: EventTarget | null): Element | null {
    const mark = (target as Element | null)?.closest?.('mark[data-annotation-id]') ?? null;
    return mark && this.#host.root()?.contains(mark) ? mark : null;
  }

  /** Closes the popover; with `restoreFocus`, the pane takes the focus (keys keep working). */
  close(restoreFocus: boolean): void {
    this.popover = null;
    if (restoreFocus) this.#host.pane()?.focus({ preventScroll: true });
  }

  /**
   * Shows an annotation's popover (after a selection became one), with its note or tag editor
   * open; `undefined` opens it as a click does (on its note's draft when one is half typed).
   */
  show(id: AnnotationId, editor: 'note' | 'tag' | null | undefined): void {
    const mark = this.#host.pane()?.querySelector(`mark[data-annotation-id="${CSS.escape(id)}"]`);
    const p = this.popover;
    const at = mark ? this.#anchorOf(mark.getClientRects()[0] ?? mark.getBoundingClientRect()) : p ? { x: p.x, top: p.top, bottom: p.bottom } : null;
    if (at) this.popover = { kind: 'annotation', id, ...(editor === undefined ? {} : { editor }), ...at };
    this.#lastId = id;
  }

  /**
   * Shift+N / Shift+T: the note or tag editor of the current highlight: the one whose popover
   * is open, else the first in the focused `unit` (paragraph, sentence), else the one made last
   * here. False when there is none (the key then does nothing).
   */
  edit(unit: string, editor: 'note' | 'tag'): boolean {
    // `h` then Shift+T typed at speed: the highlight is still on its way to the library, and it
    // is the one "just made" that the key means (else the key found nothing and was lost).
    if (this.#making.size > 0) {
      this.#wanted = editor;
      return true;
    }
    const root = this.#host.root();
    const p = this.popover;
    let id: AnnotationId | null = p?.kind === 'annotation' ? p.id : null;
    if (!id && root) {
      const el = (document.activeElement as Element | null)?.closest?.(unit);
      const mark = el && root.contains(el) ? el.querySelector('mark[data-annotation-id]') : null;
      id = (mark?.getAttribute('data-annotation-id') as AnnotationId | null) ?? null;
    }
    if (!id && this.#lastId && this.notes.byId(this.#lastId)) id = this.#lastId;
    if (!id) return false;
    this.show(id, editor);
    return true;
  }

  /**
   * `h`: highlights the selection, or else the focused element matching `unit` (a paragraph
   * in the reader, a sentence in a compare column), in the colour used last.
   */
  async highlight(unit: string): Promise<void> {
    const root = this.#host.root();
    let offsets: { start: number; end: number } | null = this.selection();
    if (!offsets && root) {
      const el = (document.activeElement as Element | null)?.closest?.(unit);
      if (el && root.contains(el)) {
        const range = document.createRange();
        range.selectNodeContents(el);
        offsets = rangeToOffsets(root, range);
      }
    }
    if (!offsets) return;
    const { start, end } = offsets;
    // A second `h` on the same stretch while the first is being saved would make the same
    // highlight twice; on another stretch (j h j h typed at speed) it is a highlight of its own.
    const key = `${start}:${end}`;
    if (this.#making.has(key)) return;
    const notes = this.notes;
    // `h` again on what is highlighted already (the same paragraph, the same selection) opens
    // that highlight, where its colour, note and tags are changed or it is removed: a second,
    // identical card in the panel and the export helps no one. As a click does, so a note half
    // typed there opens in its editor.
    const same = notes.placed.find((a) => a.position.start === start && a.position.end === end);
    if (same) {
      window.getSelection()?.removeAllRanges();
      this.show(same.id, undefined);
      return;
    }
    this.#making.add(key);
    this.#newest = key;
    this.#wanted = null;
    let a: Awaited<ReturnType<typeof notes.add>> | undefined;
    try {
      a = await this.#host.guard(() => notes.add({ start, end, color: notes.lastColor }));
    } finally {
      this.#making.delete(key);
    }
    // An earlier highlight saved after a later one was asked for: the later one has the last
    // word on the popover, the selection and a note or tag key pressed meanwhile.
    if (key !== this.#newest) return;
    window.getSelection()?.removeAllRanges();
    this.popover = null;
    const wanted = this.#wanted;
    this.#wanted = null;
    if (a) {
      this.flashId = null;
      this.#lastId = a.id;
      if (wanted) {
        // The mark must be in the page for the popover to stand beside it.
        await tick();
        this.show(a.id, wanted);
      }
    }
  }
}
