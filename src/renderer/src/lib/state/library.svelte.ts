import type { ParallaxApi } from '../../../../shared/api';
import type { ArticleId, ArticleSummary } from '../../../../shared/api';

/**
 * The library list and the selection in it. The selection is what the arrow keys move; the
 * open article is the reader's business (`ReaderState`).
 */
export class LibraryState {
  items = $state.raw<ArticleSummary[]>([]);
  total = $state(0);
  selectedId = $state<ArticleId | null>(null);
  isLoading = $state(false);
  hasLoaded = $state(false);
  /** Reports picked for comparison (Ctrl/Cmd+click or Space), in the order picked. */
  picked = $state.raw<ArticleId[]>([]);
  /** The story the list is narrowed to, if any. */
  story = $state.raw<{ id: string; label: string; articleIds: ArticleId[] } | null>(null);
  #all: ArticleSummary[] = [];

  selectedIndex = $derived(this.items.findIndex((a) => a.id === this.selectedId));
  selected = $derived(this.items.find((a) => a.id === this.selectedId) ?? null);

  #api: Pick<ParallaxApi, 'listArticles'>;
  #seq = 0;

  constructor(api: Pick<ParallaxApi, 'listArticles'>) {
    this.#api = api;
  }

  /**
   * Reloads the list. Overlapping calls are fine: only the newest answer is kept. Keeps the
   * selection if that article is still there, else selects the first one. Rejects with the
   * API's error.
   */
  async refresh(): Promise<void> {
    const seq = ++this.#seq;
    this.isLoading = true;
    try {
      const page = await this.#api.listArticles({ sort: 'published-desc' });
      if (seq !== this.#seq) return;
      this.#all = page.items;
      this.items = this.#narrow(page.items);
      this.total = page.total;
      this.picked = this.picked.filter((id) => page.items.some((a) => a.id === id));
      this.hasLoaded = true;
      if (!this.items.some((a) => a.id === this.selectedId)) this.selectedId = this.items[0]?.id ?? null;
    } finally {
      if (seq === this.#seq) this.isLoading = false;
    }
  }

  #narrow(items: ArticleSummary[]): ArticleSummary[] {
    const story = this.story;
    return story ? items.filter((a) => story.articleIds.includes(a.id)) : items;
  }

  /** Narrows the list to one story's reports (null: the whole library). */
  setStory(story: { id: string; label: string; articleIds: ArticleId[] } | null): void {
    this.story = story;
    this.items = this.#narrow(this.#all);
    if (!this.items.some((a) => a.id === this.selectedId)) this.selectedId = this.items[0]?.id ?? null;
  }

  /** Picks a report for comparison, or unpicks it. */
  togglePick(id: ArticleId): void {
    this.picked = this.picked.includes(id) ? this.picked.filter((x) => x !== id) : [...this.picked, id];
  }

  clearPicked(): void {
    this.picked = [];
  }

  /** Changes one row in place (reading state, annotation count) without a round trip. */
  patch(id: ArticleId, change: Partial<ArticleSummary>): void {
    if (this.items.some((a) => a.id === id)) this.items = this.items.map((a) => (a.id === id ? { ...a, ...change } : a));
    this.#all = this.#all.map((a) => (a.id === id ? { ...a, ...change } : a));
  }

  select(id: ArticleId): void {
    this.selectedId = id;
  }

  /** Moves the selection by `delta` rows, stopping at either end. Returns the new id. */
  move(delta: number): ArticleId | null {
    if (this.items.length === 0) return null;
    const from = this.selectedIndex < 0 ? (delta > 0 ? -1 : this.items.length) : this.selectedIndex;
    const to = Math.min(this.items.length - 1, Math.max(0, from + delta));
    this.selectedId = this.items[to]?.id ?? null;
    return this.selectedId;
  }

  /** Selects the first (`'first'`) or last row. */
  jump(to: 'first' | 'last'): void {
    const item = to === 'first' ? this.items[0] : this.items[this.items.length - 1];
    if (item) this.selectedId = item.id;
  }
}
