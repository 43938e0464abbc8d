import type { EntityId, EntityMentionsOrder, EntityReportMentions, ParallaxApi } from '../../../../shared/api';

/** Reports asked for at once: a screen and a half of groups, a few hundred DOM nodes. */
export const MENTION_REPORTS_PAGE = 20;
/**
 * Report groups kept in the page at once (five pages): after 25 "Show more" at 10k the page held
 * 520 groups and each click re-diffed them all (ui4: ~70 -> ~150 ms, single clicks 517 ms).
 */
export const MENTION_REPORTS_WINDOW = 5 * MENTION_REPORTS_PAGE;

/**
 * The open entity page's mentions, a page of reports at a time through `getEntityMentions`:
 * a country named in 2,200 reports shows its newest 20 and "n more in k reports" (the totals
 * are the entity's own counts, not what is loaded).
 */
export class EntityMentionsState {
  reports = $state.raw<EntityReportMentions[]>([]);
  /** Mentions in the loaded reports. */
  loadedMentions = $state(0);
  hasMore = $state(false);
  isLoading = $state(false);
  /** The loaded reports in the page: `reports[from, to)`, at most `MENTION_REPORTS_WINDOW` of them. */
  from = $state(0);
  to = $state(0);
  shown = $derived(this.reports.slice(this.from, this.to));
  /** Reports after the window, loaded or not: what "Show more" shows next. */
  hasLater = $derived(this.to < this.reports.length || this.hasMore);
  /** Newest report first, or the reports naming the entity most first (kept from one entity to the next). */
  order = $state<EntityMentionsOrder>('newest');
  #api: Pick<ParallaxApi, 'getEntityMentions'>;
  #id: EntityId | null = null;
  #next: string | null = null;

  constructor(api: Pick<ParallaxApi, 'getEntityMentions'>) {
    this.#api = api;
  }

  /** The entity whose mentions these are (or are being read). */
  get id(): EntityId | null {
    return this.#id;
  }

  /** Reads the first page of an entity's reports (the ones shown before stay until it comes). */
  async open(id: EntityId): Promise<void> {
    this.#id = id;
    this.#next = null;
    await this.#read(id, undefined, true);
  }

  /** Reads the entity's reports again from the first, in another order. */
  async setOrder(order: EntityMentionsOrder): Promise<void> {
    if (order === this.order) return;
    this.order = order;
    if (this.#id) await this.open(this.#id);
  }

  /**
   * Shows the next page of reports (read when not loaded yet), dropping the earliest from the
   * page past the window; nothing when all are shown or a page is on its way.
   */
  async more(): Promise<void> {
    const id = this.#id;
    if (this.to < this.reports.length) return this.#showUpTo(this.to + MENTION_REPORTS_PAGE);
    if (!id || !this.#next || this.isLoading) return;
    await this.#read(id, this.#next, false);
  }

  /** Shows the page of reports before the window again (they stay loaded), dropping the last past it. */
  earlier(): void {
    this.from = Math.max(0, this.from - MENTION_REPORTS_PAGE);
    this.to = Math.min(this.to, this.from + MENTION_REPORTS_WINDOW);
  }

  /** Mentions in the loaded reports before `index`. */
  mentionsBefore(index: number): number {
    let n = 0;
    for (let i = 0; i < index && i < this.reports.length; i++) n += this.reports[i]!.mentions.length;
    return n;
  }

  #showUpTo(end: number): void {
    this.to = Math.min(end, this.reports.length);
    this.from = Math.max(this.from, this.to - MENTION_REPORTS_WINDOW);
  }

  clear(): void {
    this.#id = null;
    this.#next = null;
    this.reports = [];
    this.loadedMentions = 0;
    this.from = 0;
    this.to = 0;
    this.hasMore = false;
  }

  async #read(id: EntityId, after: string | undefined, fresh: boolean): Promise<void> {
    this.isLoading = true;
    try {
      const order = this.order;
      const page = await this.#api.getEntityMentions({ id, order, ...(after ? { after } : {}), limit: MENTION_REPORTS_PAGE });
      // Another entity was opened (or the page closed, or the order changed) while this one was read: drop it.
      if (this.#id !== id || this.order !== order) return;
      const added = page.reports.reduce((n, r) => n + r.mentions.length, 0);
      this.reports = fresh ? page.reports : [...this.reports, ...page.reports];
      if (fresh) this.from = 0;
      this.#showUpTo(this.reports.length);
      this.loadedMentions = (fresh ? 0 : this.loadedMentions) + added;
      this.#next = page.next;
      this.hasMore = page.next !== null;
    } finally {
      this.isLoading = false;
    }
  }
}
