import type { OffsetPages } from './state/offset-pages.svelte';

/** What a virtual list tells about where it is scrolled (virtua's `VList` has these). */
export interface ScrolledList {
  getScrollOffset(): number;
  getViewportSize(): number;
  findItemIndex(offset: number): number;
}

/**
 * Keeps the rows of a paged virtual list loaded where it is scrolled: the screen and a screen
 * either side, after each scroll and whenever the total changes. Call it while a component
 * initialises (it sets up an effect); pass the returned function as the list's `onscroll`.
 */
export function followVisiblePages(list: () => ScrolledList | undefined, pages: OffsetPages<unknown>, guard: (work: () => Promise<void>) => unknown): () => void {
  function loadVisible(): void {
    const l = list();
    if (!l) return;
    const top = l.getScrollOffset();
    const height = l.getViewportSize();
    void guard(() => pages.showRange(l.findItemIndex(Math.max(0, top - height)), l.findItemIndex(top + 2 * height)));
  }
  $effect(() => {
    void pages.total;
    if (pages.hasLoaded) queueMicrotask(loadVisible);
  });
  return loadVisible;
}
