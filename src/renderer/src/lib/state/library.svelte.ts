import { untrack } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import type { ParallaxApi } from '../../../../shared/api';
import type { ArticleId, ArticlePage, ArticleSummary, ListCursor, ListQuery } from '../../../../shared/api';

/** Rows asked for at once: a few screens, so scrolling asks rarely and each answer is small. */
export const PAGE_ROWS = 100;

interface Page {
  items: ArticleSummary[];
  next: ListCursor | null;
  prev: ListCursor | null;
}

/** The near-duplicate group shown opened under its row. */
export interface OpenGroup {
  /** Row index of the group's report in the list. */
  at: number;
  headId: ArticleId;
  copies: ArticleSummary[];
}

type Api = Pick<ParallaxApi, 'listArticles' | 'listCopies'>;

/**
 * The library list, read a page at a time: only the pages near what is on screen are loaded,
 * so a list of 100,000 reports costs what one of 300 does. Rows are addressed by index; a page
 * is asked for by the cursor of a loaded neighbour when there is one, from the end for the
 * last, else by its offset (which the library serves from an anchor, not a scan).
 *
 * One near-duplicate group can be open: its copies are shown as rows under its report. The
 * selection is a row index (what the arrow keys move); the open article is the reader's.
 */
export class LibraryState {
  /** Rows of the list as the library has them (copies grouped, story applied). */
  rows = $state(0);
  /** Reports in the library. */
  total = $state(0);
  annotationTotal = $state(0);
  /** Reports in the trash (the sidebar's count). */
  trashTotal = $state(0);
  #selectedIndex = $state(-1);
  isLoading = $state(false);
  hasLoaded = $state(false);
  /** Reports picked for comparison (Ctrl/Cmd+click or Space), in the order picked. */
  picked = $state.raw<ArticleId[]>([]);
  /** `c` was pressed with nothing picked: the list says how to pick, until the first pick. */
  compareAsked = $state(false);
  /** The story the list is narrowed to, if any. */
  story = $state.raw<{ id: string; label: string; articleIds: ArticleId[] } | null>(null);
  /** Near-duplicate copies collapse under the earliest report of their group. */
  groupCopies = $state(true);
  openGroup = $state.raw<OpenGroup | null>(null);

  /** Rows shown: the list's, and the copies of the open group. */
  length = $derived(this.rows + (this.openGroup?.copies.length ?? 0));
  selected = $derived(this.rowAt(this.selectedIndex));
  selectedId = $derived(this.selected?.id ?? null);

  /**
   * The selected row. Setting it is a person's choice (a click, an arrow key): a refresh
   * already under way keeps it rather than restoring the row selected when it began.
   */
  get selectedIndex(): number {
    return this.#selectedIndex;
  }
  set selectedIndex(i: number) {
    this.#selectedIndex = i;
    this.#choices++;
    // Read untracked: an effect that selects a row must not come to depend on the pages.
    this.#chosenId = untrack(() => this.rowAt(i)?.id ?? null);
  }

  #choices = 0;
  #chosenId: ArticleId | null = null;
  #pages = new SvelteMap<number, Page>();
  #pending = new Map<number, Promise<void>>();
  #gen = 0;
  #visible: [number, number] = [0, 0];
  #api: Api;

  constructor(api: Api) {
    this.#api = api;
  }

  /** The row at `index` of what is shown, or null while its page loads (or out of range). */
  rowAt(index: number): ArticleSummary | null {
    const g = this.openGroup;
    if (index < 0 || index >= this.length) return null;
    if (g && index > g.at && index <= g.at + g.copies.length) return g.copies[index - g.at - 1] ?? null;
    const i = this.#listIndex(index);
    return this.#pages.get(Math.floor(i / PAGE_ROWS))?.items[i % PAGE_ROWS] ?? null;
  }

  /** True for a row that is a copy shown under its open group. */
  isCopyRow(index: number): boolean {
    const g = this.openGroup;
    return !!g && index > g.at && index <= g.at + g.copies.length;
  }

  /** Index into the list proper of a shown row that is not a copy row. */
  #listIndex(index: number): number {
    const g = this.openGroup;
    return g && index > g.at ? index - g.copies.length : index;
  }

  /** Every row loaded so far, in list order (for lookups that need no more than what is on screen). */
  loadedRows(): ArticleSummary[] {
    return [...this.#pages.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, p]) => p.items);
  }

  #query(): ListQuery {
    return {
      sort: 'published-desc',
      ...(this.groupCopies ? { groupCopies: true } : {}),
      ...(this.story ? { ids: this.story.articleIds } : {}),
    };
  }

  /**
   * Loads the pages that rows `from`..`to` (shown indexes) fall in, and remembers the range so a
   * refresh reloads what is on screen. Rejects with the API's error.
   */
  async showRange(from: number, to: number): Promise<void> {
    this.#visible = [from, to];
    const a = Math.floor(this.#listIndex(Math.max(0, from)) / PAGE_ROWS);
    const b = Math.floor(this.#listIndex(Math.max(0, Math.min(to, this.length - 1))) / PAGE_ROWS);
    const loads: Promise<void>[] = [];
    for (let p = a; p <= b; p++) loads.push(this.#load(p));
    await Promise.all(loads);
  }

  #load(p: number): Promise<void> {
    if (this.#pages.has(p)) return Promise.resolve();
    const pending = this.#pending.get(p);
    if (pending) return pending;
    const gen = this.#gen;
    const base = this.#query();
    const before = this.#pages.get(p - 1);
    const after = this.#pages.get(p + 1);
    const first = p * PAGE_ROWS;
    let q: ListQuery;
    if (before?.next && before.items.length === PAGE_ROWS) q = { ...base, after: before.next, limit: PAGE_ROWS };
    else if (after?.prev) q = { ...base, before: after.prev, limit: PAGE_ROWS };
    else if (p > 0 && first + PAGE_ROWS >= this.rows) q = { ...base, fromEnd: true, limit: Math.max(1, this.rows - first) };
    else q = { ...base, offset: first, limit: PAGE_ROWS };
    // A cursor names its own order.
    if (q.after || q.before) delete q.sort;
    const load = this.#api.listArticles(q).then((page) => {
      if (gen !== this.#gen) return;
      if (page.rows !== this.rows) {
        // The library changed under the list: start over where the reader is.
        void this.refresh();
        return;
      }
      this.#store(p, page);
    });
    this.#pending.set(p, load);
    return load.finally(() => {
      if (this.#pending.get(p) === load) this.#pending.delete(p);
    });
  }

  #store(p: number, page: ArticlePage): void {
    this.total = page.total;
    this.annotationTotal = page.annotationTotal;
    this.trashTotal = page.trashTotal;
    this.#pages.set(p, { items: page.items, next: page.next, prev: page.prev });
  }

  /**
   * Reloads the list: the counts, and the pages on screen and under the selection. The selected
   * report stays selected when it is still among them. Overlapping calls are fine: only the
   * newest answer is kept. Rejects with the API's error.
   */
  async refresh(): Promise<void> {
    const gen = ++this.#gen;
    const choices = this.#choices;
    const keep = this.selectedId;
    this.isLoading = true;
    try {
      const [from, to] = this.#visible;
      const sel = Math.max(0, this.#listIndex(this.selectedIndex));
      const p = Math.floor(sel / PAGE_ROWS);
      const page = await this.#api.listArticles({ ...this.#query(), offset: p * PAGE_ROWS, limit: PAGE_ROWS });
      if (gen !== this.#gen) return;
      this.#pending.clear();
      this.#pages.clear();
      this.openGroup = null;
      this.rows = page.rows;
      if (page.items.length > 0 || p === 0) this.#store(p, page);
      this.hasLoaded = true;
      await this.showRange(from, to);
      if (gen !== this.#gen) return;
      // A row chosen while the list reloaded wins over the one selected when it began.
      const want = this.#choices !== choices ? this.#chosenId : keep;
      const found = want ? this.loadedIndexOf(want) : -1;
      if (found >= 0) this.#selectedIndex = found;
      else if (this.#choices === choices) this.#selectedIndex = Math.min(this.#selectedIndex < 0 ? 0 : this.#selectedIndex, this.length - 1);
    } finally {
      if (gen === this.#gen) this.isLoading = false;
    }
  }

  /** The shown index of a loaded report, or -1. */
  loadedIndexOf(id: ArticleId): number {
    const g = this.openGroup;
    if (g) {
      const c = g.copies.findIndex((a) => a.id === id);
      if (c >= 0) return g.at + 1 + c;
    }
    for (const [p, page] of this.#pages) {
      const i = page.items.findIndex((a) => a.id === id);
      if (i < 0) continue;
      const at = p * PAGE_ROWS + i;
      return g && at > g.at ? at + g.copies.length : at;
    }
    return -1;
  }

  /** Narrows the list to one story's reports (null: the whole library). */
  setStory(story: { id: string; label: string; articleIds: ArticleId[] } | null): Promise<void> {
    this.story = story;
    this.selectedIndex = 0;
    return this.refresh();
  }

  /** Groups near-duplicate copies under one row, or lists every copy. */
  setGroupCopies(on: boolean): Promise<void> {
    this.groupCopies = on;
    return this.refresh();
  }

  /** Shows the copies of the selected row's group under it, or hides them. Rejects with the API's error. */
  async toggleGroup(index = this.selectedIndex): Promise<void> {
    const g = this.openGroup;
    if (g && index >= g.at && index <= g.at + g.copies.length) {
      this.openGroup = null;
      this.selectedIndex = g.at;
      return;
    }
    const row = this.rowAt(index);
    if (!row || row.copyCount === 0) return;
    const at = this.#listIndex(index);
    const group = await this.#api.listCopies(row.id);
    this.openGroup = null;
    this.openGroup = { at, headId: row.id, copies: group.filter((a) => a.id !== row.id) };
    this.selectedIndex = at;
  }

  /** Picks a report for comparison, or unpicks it. */
  togglePick(id: ArticleId): void {
    this.picked = this.picked.includes(id) ? this.picked.filter((x) => x !== id) : [...this.picked, id];
    this.compareAsked = false;
  }

  clearPicked(): void {
    this.picked = [];
    this.compareAsked = false;
  }

  /** Changes one loaded row in place (reading state, annotation count) without a round trip. */
  patch(id: ArticleId, change: Partial<ArticleSummary>): void {
    for (const [p, page] of this.#pages) {
      if (page.items.some((a) => a.id === id)) this.#pages.set(p, { ...page, items: page.items.map((a) => (a.id === id ? { ...a, ...change } : a)) });
    }
    const g = this.openGroup;
    if (g?.copies.some((a) => a.id === id)) this.openGroup = { ...g, copies: g.copies.map((a) => (a.id === id ? { ...a, ...change } : a)) };
  }

  /** Selects a report if it is loaded in the list (opened from elsewhere it may not be). */
  select(id: ArticleId): void {
    const i = this.loadedIndexOf(id);
    if (i >= 0) this.selectedIndex = i;
  }

  /** Moves the selection by `delta` rows, stopping at either end; its page loads if needed. */
  move(delta: number): void {
    if (this.length === 0) return;
    const from = this.selectedIndex < 0 ? (delta > 0 ? -1 : this.length) : this.selectedIndex;
    this.selectedIndex = Math.min(this.length - 1, Math.max(0, from + delta));
  }

  /** Selects the first (`'first'`) or last row. */
  jump(to: 'first' | 'last'): void {
    if (this.length > 0) this.selectedIndex = to === 'first' ? 0 : this.length - 1;
  }

  /**
   * Selects the row `delta` rows from the open report's (the first when it is not loaded) and
   * returns its id, loading its page if needed; null past either end.
   */
  async step(openId: ArticleId | null, delta: number): Promise<ArticleId | null> {
    const at = openId ? this.loadedIndexOf(openId) : -1;
    const i = at < 0 ? 0 : at + delta;
    const id = await this.idAt(i);
    if (id) this.selectedIndex = i;
    return id;
  }

  /** The id of the row at `i`, loading its page if needed; null past either end. */
  async idAt(i: number): Promise<ArticleId | null> {
    if (i < 0 || i >= this.length) return null;
    await this.showRange(i, i);
    return this.rowAt(i)?.id ?? null;
  }
}
