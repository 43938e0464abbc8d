import type { ParallaxApi } from '../../../../shared/api';
import type { EntityDetail, EntityId, EntityKind, EntitySummary, Story, TimelineEvent } from '../../../../shared/api';

/** The library's timeline: every dated event, oldest first. */
export class TimelineState {
  events = $state.raw<TimelineEvent[]>([]);
  isLoading = $state(false);
  hasLoaded = $state(false);
  #api: Pick<ParallaxApi, 'getTimeline'>;

  constructor(api: Pick<ParallaxApi, 'getTimeline'>) {
    this.#api = api;
  }

  async load(): Promise<void> {
    this.isLoading = true;
    try {
      this.events = await this.#api.getTimeline();
      this.hasLoaded = true;
    } finally {
      this.isLoading = false;
    }
  }
}

/** People, places and organisations: the list, the checked ones (for Merge) and the open entity page. */
export class EntitiesState {
  items = $state.raw<EntitySummary[]>([]);
  kind = $state<EntityKind | null>(null);
  checked = $state.raw<EntityId[]>([]);
  detail = $state.raw<EntityDetail | null>(null);
  isLoading = $state(false);
  hasLoaded = $state(false);
  #api: Pick<ParallaxApi, 'listEntities' | 'getEntity' | 'mergeEntities' | 'splitEntity'>;

  constructor(api: Pick<ParallaxApi, 'listEntities' | 'getEntity' | 'mergeEntities' | 'splitEntity'>) {
    this.#api = api;
  }

  async load(): Promise<void> {
    this.isLoading = true;
    try {
      this.items = await this.#api.listEntities({ ...(this.kind ? { kind: this.kind } : {}), limit: 1000 });
      this.hasLoaded = true;
      this.checked = this.checked.filter((id) => this.items.some((e) => e.id === id));
    } finally {
      this.isLoading = false;
    }
  }

  setKind(kind: EntityKind | null): Promise<void> {
    this.kind = kind;
    return this.load();
  }

  toggle(id: EntityId): void {
    this.checked = this.checked.includes(id) ? this.checked.filter((x) => x !== id) : [...this.checked, id];
  }

  async open(id: EntityId): Promise<void> {
    this.detail = await this.#api.getEntity(id);
  }

  close(): void {
    this.detail = null;
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
    if (parts[0]) this.detail = await this.#api.getEntity(parts[0].id);
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
