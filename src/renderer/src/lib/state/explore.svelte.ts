import type { ParallaxApi } from '../../../../shared/api';
import type { EntityId, EntityKind, EntitySummary, Story, TimelinePageEvent } from '../../../../shared/api';
import { OffsetPages } from './offset-pages.svelte';
import { EntityMentionsState } from './entity-mentions.svelte';

/** A view read a page at a time through `pages`: what its header and list ask of it. */
abstract class PagedView<T> {
  abstract readonly pages: OffsetPages<T>;

  get hasLoaded(): boolean {
    return this.pages.hasLoaded;
  }

  get isLoading(): boolean {
    return this.pages.isLoading;
  }

  /** Rows in all (of the chosen filter). */
  get total(): number {
    return this.pages.total;
  }
}

/** The library's timeline: every dated event, oldest first, read a page at a time. */
export class TimelineState extends PagedView<TimelinePageEvent> {
  readonly pages: OffsetPages<TimelinePageEvent>;

  constructor(api: Pick<ParallaxApi, 'getTimelinePage'>) {
    super();
    this.pages = new OffsetPages(async (offset, limit) => {
      const page = await api.getTimelinePage({ offset, limit });
      return { rows: page.events, total: page.total };
    });
  }

  /** Reads the timeline again from the top. Rejects with the API's error. */
  load(): Promise<void> {
    return this.pages.reload();
  }
}

/**
 * People, places and organisations, read a page at a time: the list, the checked ones (for
 * Merge) and the open entity page.
 */
export class EntitiesState extends PagedView<EntitySummary> {
  kind = $state<EntityKind | null>(null);
  checked = $state.raw<EntityId[]>([]);
  /** The open entity page's entity; its mentions are `mentions`, read a page of reports at a time. */
  detail = $state.raw<EntitySummary | null>(null);
  readonly mentions: EntityMentionsState;
  readonly pages: OffsetPages<EntitySummary>;
  #api: Pick<ParallaxApi, 'listEntityPage' | 'getEntityMentions' | 'mergeEntities' | 'splitEntity'>;

  constructor(api: Pick<ParallaxApi, 'listEntityPage' | 'getEntityMentions' | 'mergeEntities' | 'splitEntity'>) {
    super();
    this.#api = api;
    this.mentions = new EntityMentionsState(api);
    this.pages = new OffsetPages(async (offset, limit) => {
      const page = await api.listEntityPage({ ...(this.kind ? { kind: this.kind } : {}), offset, limit });
      return { rows: page.items, total: page.total };
    });
  }

  /** Reads the list again from the top. Rejects with the API's error. */
  async load(): Promise<void> {
    await this.pages.reload();
    // A checked entity that is gone (merged away) is unchecked; one not loaded stays checked.
    const loaded = new Set(this.pages.loaded().map((e) => e.id));
    if (loaded.size >= this.pages.total) this.checked = this.checked.filter((id) => loaded.has(id));
  }

  setKind(kind: EntityKind | null): Promise<void> {
    this.kind = kind;
    return this.load();
  }

  toggle(id: EntityId): void {
    this.checked = this.checked.includes(id) ? this.checked.filter((x) => x !== id) : [...this.checked, id];
  }

  /** Opens an entity's page: its summary at once, with the first page of its reports. */
  async open(entity: EntitySummary): Promise<void> {
    await this.mentions.open(entity.id);
    // Not when another entity was opened while this one's reports were read.
    if (this.mentions.id === entity.id) this.detail = entity;
  }

  close(): void {
    this.detail = null;
    this.mentions.clear();
  }

  /** Merges the checked entities into the first checked one. */
  async merge(): Promise<EntitySummary | null> {
    if (this.checked.length < 2) return null;
    const merged = await this.#api.mergeEntities(this.checked);
    this.checked = [];
    await this.load();
    return merged;
  }

  /** Moves `variants` of the open entity into an entity of their own. */
  async split(variants: string[]): Promise<EntitySummary[]> {
    const d = this.detail;
    if (!d || variants.length === 0) return [];
    const parts = await this.#api.splitEntity(d.id, variants);
    await this.load();
    if (parts[0]) await this.open(parts[0]);
    return parts;
  }
}

/** Stories: reports grouped by what they cover and when. */
export class StoriesState {
  items = $state.raw<Story[]>([]);
  isLoading = $state(false);
  hasLoaded = $state(false);
  #api: Pick<ParallaxApi, 'listStories'>;

  constructor(api: Pick<ParallaxApi, 'listStories'>) {
    this.#api = api;
  }

  async load(): Promise<void> {
    this.isLoading = true;
    try {
      this.items = await this.#api.listStories();
      this.hasLoaded = true;
    } finally {
      this.isLoading = false;
    }
  }
}
