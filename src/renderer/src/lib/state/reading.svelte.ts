import type { ParallaxApi } from '../../../../shared/api';
import type { ArticleId } from '../../../../shared/api';

export interface ReadingDeps {
  api: Pick<ParallaxApi, 'updateReadingState'>;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Called once an article counts as read by scrolling (so the list can drop its dot). */
  onRead?: (id: ArticleId) => void;
}

/** How often progress is written while scrolling, at most. */
export const SAVE_EVERY_MS = 1000;
/** Scrolled this far, an article counts as read (as the library does). */
export const READ_AT = 0.98;

/**
 * Saves reading progress while the person scrolls: the newest value of each article, at most
 * once a second, and at once when another article is opened (`flush`). Failures are dropped;
 * progress is not worth an error line.
 */
export class ReadingTracker {
  #deps: ReadingDeps;
  #pending = new Map<ArticleId, number>();
  #timer: unknown = null;
  #readSeen = new Set<ArticleId>();

  constructor(deps: ReadingDeps) {
    this.#deps = deps;
  }

  report(id: ArticleId, progress: number): void {
    const p = Math.min(1, Math.max(0, Math.round(progress * 1000) / 1000));
    this.#pending.set(id, p);
    if (this.#timer === null) this.#timer = (this.#deps.setTimer ?? setTimeout)(() => void this.flush(), SAVE_EVERY_MS);
  }

  async flush(): Promise<void> {
    if (this.#timer !== null) (this.#deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>)))(this.#timer);
    this.#timer = null;
    const batch = [...this.#pending];
    this.#pending.clear();
    await Promise.all(
      batch.map(async ([id, progress]) => {
        try {
          await this.#deps.api.updateReadingState(id, { progress });
          if (progress >= READ_AT && !this.#readSeen.has(id)) {
            this.#readSeen.add(id);
            this.#deps.onRead?.(id);
          }
        } catch {
          // Dropped: the next scroll saves again.
        }
      }),
    );
  }

  /** Forgets that an article was reported read (it was marked unread). */
  forgetRead(id: ArticleId): void {
    this.#readSeen.delete(id);
  }
}
