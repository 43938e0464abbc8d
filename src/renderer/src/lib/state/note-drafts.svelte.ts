import { SvelteMap } from 'svelte/reactivity';
import type { AnnotationId, ParallaxApi } from '../../../../shared/api';
import type { ParallaxEvent } from '../../../../shared/events';
import type { DraftKeeper } from './annotations.svelte';

/** A note being typed: its text and the saved note it was begun on. */
export interface Draft {
  text: string;
  basedOn: string | null;
}

/**
 * Where a draft stands with the library: being sent, kept there, refused (a damaged or read-only
 * library), or not written over a draft another window typed since this one read them (`elsewhere`);
 * the last two are kept in this window only.
 */
export type DraftKeeping = 'sending' | 'kept' | 'window-only' | 'elsewhere';

/** What the drafts need of the host. */
export interface NoteDraftDeps {
  api: Pick<ParallaxApi, 'listNoteDrafts' | 'saveNoteDraft'>;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Typing is sent to the library this long after the last key, not per key: a note typed at speed
 * is a handful of writes, and a restart loses at most this much of it (closing the editor sends
 * at once).
 */
const SEND_AFTER_MS = 400;

const same = (a: string | null, b: string | null) => (a ?? '').trim() === (b ?? '').trim();

/**
 * Notes being typed and not saved, per highlight. Escape, a click beside the popover, another
 * report or a restart must not throw away what someone was writing; the popover, the sidebar's
 * card and All annotations edit one note, so they share its draft. Kept in the library
 * (`saveNoteDraft`), not the window's storage: the browser host's origin changes with its port
 * every run, and another window or host of the library sees the same draft. The library is the
 * truth; this window's map runs ahead of it only while its typing is on the way.
 */
export class NoteDrafts implements DraftKeeper {
  #drafts = new SvelteMap<AnnotationId, Draft>();
  #keeping = new SvelteMap<AnnotationId, DraftKeeping>();
  #timers = new Map<AnnotationId, unknown>();
  /** The `savedAt` of each draft as this window last saw it in the library (absent: none there). */
  #seen = new Map<AnnotationId, string>();
  /** Writes go one after another, so the library ends with the last thing typed. */
  #queue: Promise<void> = Promise.resolve();
  readonly #deps: Required<NoteDraftDeps>;

  constructor(deps: NoteDraftDeps) {
    this.#deps = {
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      ...deps,
    };
  }

  get(id: AnnotationId): Draft | undefined {
    return this.#drafts.get(id);
  }

  has(id: AnnotationId): boolean {
    return this.#drafts.has(id);
  }

  /** Where the draft stands with the library (undefined: no draft, or one read from it). */
  keeping(id: AnnotationId): DraftKeeping | undefined {
    return this.#keeping.get(id);
  }

  /**
   * True when the note was saved (here or elsewhere) after the draft was begun: the draft must
   * then not take its place unasked.
   */
  isBehind(id: AnnotationId, saved: string | null): boolean {
    const d = this.#drafts.get(id);
    return d !== undefined && !same(d.basedOn, saved);
  }

  /** Keeps `text`, typed over the saved note `basedOn`, as the draft; none when it is that note again. */
  keep(id: AnnotationId, text: string, basedOn: string | null): void {
    if (same(text, basedOn)) return this.clear(id);
    this.#drafts.set(id, { text, basedOn });
    this.#keeping.set(id, 'sending');
    this.#cancel(id);
    this.#timers.set(
      id,
      this.#deps.setTimer(() => this.flush(id), SEND_AFTER_MS),
    );
  }

  /**
   * Ends the draft (the note saved, or the draft thrown away on purpose), here and in the library.
   * Only a draft this window knows: a note saved here over a draft typed in another window since
   * this one last read them leaves that draft, which its window then shows beside the saved note.
   */
  clear(id: AnnotationId): void {
    if (!this.#drafts.has(id)) return;
    this.#cancel(id);
    this.#drafts.delete(id);
    this.#keeping.delete(id);
    this.#send(id, null);
  }

  /** The highlight was deleted: the library took its draft with it (cascade), so nothing is sent. */
  forget(id: AnnotationId): void {
    this.#cancel(id);
    this.#drafts.delete(id);
    this.#keeping.delete(id);
    this.#seen.delete(id);
  }

  /** The highlight is back (an undone delete): its draft is again, here and in the library. */
  putBack(id: AnnotationId, draft: Draft): void {
    const d = { ...draft };
    this.#drafts.set(id, d);
    this.#keeping.set(id, 'sending');
    this.#seen.delete(id);
    this.#send(id, d);
  }

  /** Sends a draft still waiting for the pause in typing now (the editor closes, the page goes). */
  flush(id?: AnnotationId): void {
    for (const key of id ? [id] : [...this.#timers.keys()]) {
      if (!this.#timers.has(key)) continue;
      this.#cancel(key);
      const d = this.#drafts.get(key);
      if (d) this.#send(key, d);
    }
  }

  /** Reads the library's drafts; what this window is still sending stays as typed. */
  async load(): Promise<void> {
    const stored = await this.#deps.api.listNoteDrafts();
    const ids = new Set<AnnotationId>();
    for (const d of stored) {
      ids.add(d.annotationId);
      const k = this.#keeping.get(d.annotationId);
      if (k === 'sending' || k === 'elsewhere' || k === 'window-only') continue;
      this.#seen.set(d.annotationId, d.savedAt);
      const mine = this.#drafts.get(d.annotationId);
      if (mine?.text !== d.text || mine.basedOn !== d.basedOn) this.#drafts.set(d.annotationId, { text: d.text, basedOn: d.basedOn });
    }
    // Ended elsewhere (the note saved in another window, the highlight deleted): gone here too.
    // One the library did not take stays: it lives in this window only.
    for (const id of [...this.#drafts.keys()]) {
      if (ids.has(id)) continue;
      this.#seen.delete(id);
      const k = this.#keeping.get(id);
      if (k !== 'sending' && k !== 'window-only' && k !== 'elsewhere') (this.#drafts.delete(id), this.#keeping.delete(id));
    }
  }

  /** Reads the drafts now and again whenever the library changes; returns the unsubscribe function. */
  start(onEvent: (listener: (e: ParallaxEvent) => void) => () => void): () => void {
    const reload = () => void this.load().catch(() => undefined);
    reload();
    const off = onEvent((e) => e.type === 'libraryChanged' && reload());
    // Best effort: a page closed within the pause in typing still sends what it had.
    const leave = () => this.flush();
    globalThis.addEventListener?.('pagehide', leave);
    return () => {
      off();
      globalThis.removeEventListener?.('pagehide', leave);
    };
  }

  #cancel(id: AnnotationId): void {
    const t = this.#timers.get(id);
    if (t !== undefined) this.#deps.clearTimer(t);
    this.#timers.delete(id);
  }

  #send(id: AnnotationId, draft: Draft | null): void {
    this.#queue = this.#queue.then(async () => {
      try {
        // What it replaces is read now, after the writes before it answered.
        const answer = await this.#deps.api.saveNoteDraft(id, draft, this.#seen.get(id) ?? null);
        const current = this.#drafts.get(id) === draft && !this.#timers.has(id);
        if (answer.written) {
          if (answer.draft) this.#seen.set(id, answer.draft.savedAt);
          else this.#seen.delete(id);
          // Only what is still the draft is marked kept: more may have been typed meanwhile.
          if (draft && current) this.#keeping.set(id, 'kept');
        } else if (draft && current) this.#keeping.set(id, 'elsewhere');
      } catch {
        // A library that refuses writes (damaged, read-only) or a highlight deleted meanwhile:
        // the draft stays in this window, which says so; nothing else is wrong.
        if (draft && this.#drafts.get(id) === draft) this.#keeping.set(id, 'window-only');
      }
    });
  }
}
