import { SvelteMap } from 'svelte/reactivity';

/** Rows asked for at once by an offset-paged view. */
export const OFFSET_PAGE = 100;

/** What one page read returns: its rows and how many rows the view has in all. */
export interface OffsetAnswer<T> {
  rows: T[];
  total: number;
}

/**
 * A long list read a page at a time by offset, for the views whose rows the library keeps in
 * memory already (timeline events, people & places), where a slice costs nothing: only the
 * pages near what is on screen are asked for, and `total` sizes the scroll bar. Only the
 * newest reload's answers are kept.
 */
export class OffsetPages<T> {
  total = $state(0);
  isLoading = $state(false);
  hasLoaded = $state(false);
  #pages = new SvelteMap<number, T[]>();
  #pending = new Map<number, Promise<void>>();
  #gen = 0;
  #visible: [number, number] = [0, 0];
  #read: (offset: number, limit: number) => Promise<OffsetAnswer<T>>;

  constructor(read: (offset: number, limit: number) => Promise<OffsetAnswer<T>>) {
    this.#read = read;
  }

  /** The row at `index`, or null while its page loads. */
  rowAt(index: number): T | null {
    return this.#pages.get(Math.floor(index / OFFSET_PAGE))?.[index % OFFSET_PAGE] ?? null;
  }

  /** Every row loaded so far, in order. */
  loaded(): T[] {
    return [...this.#pages.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, rows]) => rows);
  }

  /** Loads the pages rows `from`..`to` fall in (and remembers them for a reload). Rejects with the read's error. */
  async showRange(from: number, to: number): Promise<void> {
    this.#visible = [from, to];
    const last = Math.min(to, this.total - 1);
    const loads: Promise<void>[] = [];
    for (let p = Math.floor(Math.max(0, from) / OFFSET_PAGE); p <= Math.floor(Math.max(0, last) / OFFSET_PAGE); p++) loads.push(this.#load(p));
    await Promise.all(loads);
  }

  #load(p: number): Promise<void> {
    if (this.#pages.has(p)) return Promise.resolve();
    const pending = this.#pending.get(p);
    if (pending) return pending;
    const gen = this.#gen;
    const load = this.#read(p * OFFSET_PAGE, OFFSET_PAGE).then((a) => {
      if (gen !== this.#gen) return;
      this.total = a.total;
      this.#pages.set(p, a.rows);
    });
    this.#pending.set(p, load);
    return load.finally(() => this.#pending.delete(p));
  }

  /** Reads the first page and the ones on screen again (filters changed, or the library). */
  async reload(): Promise<void> {
    const gen = ++this.#gen;
    this.isLoading = true;
    try {
      const first = await this.#read(0, OFFSET_PAGE);
      if (gen !== this.#gen) return;
      this.#pending.clear();
      this.#pages.clear();
      this.total = first.total;
      this.#pages.set(0, first.rows);
      this.hasLoaded = true;
      await this.showRange(...this.#visible);
    } finally {
      if (gen === this.#gen) this.isLoading = false;
    }
  }
}
