import type { EntityId, EntityMentionsOrder, EntityReportMentions, ParallaxApi } from '../../../../shared/api';

/** Reports asked for at once: a screen and a half of groups, a few hundred DOM nodes. */
export const MENTION_REPORTS_PAGE = 20;

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

  /** Appends the next page; nothing when all are loaded or a page is on its way. */
  async more(): Promise<void> {
    const id = this.#id;
    if (!id || !this.#next || this.isLoading) return;
    await this.#read(id, this.#next, false);
  }

  clear(): void {
    this.#id = null;
    this.#next = null;
    this.reports = [];
    this.loadedMentions = 0;
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
      this.loadedMentions = (fresh ? 0 : this.loadedMentions) + added;
      this.#next = page.next;
      this.hasMore = page.next !== null;
    } finally {
      this.isLoading = false;
    }
  }
}
