import type { ParallaxApi } from '../../../../shared/api';
import type { EntityId, EntityKind, EntitySummary, Story, StorySummary, TimelineChip, TimelineEventDetail, TimelinePageEvent } from '../../../../shared/api';
import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import { OffsetPages } from './offset-pages.svelte';
import { EntityMentionsState } from './entity-mentions.svelte';
import type { ViewsBuildState } from './views-build.svelte';

/** Where a view's answers tell that they are the last one, served while the views are built again. */
type Served = Pick<ViewsBuildState, 'reading'>;

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

/**
 * The library's timeline: every dated event, oldest first, read a page at a time. A page's chips
 * count their near-identical copies; an event whose copies a person opens is read whole then.
 */
export class TimelineState extends PagedView<TimelinePageEvent> {
  readonly pages: OffsetPages<TimelinePageEvent>;
  /** Events read whole, by id: those whose copies a person opened. */
  readonly #whole = new SvelteMap<string, TimelineEventDetail>();
  /** Chips whose copies are shown, as `event id/article id`. */
  readonly #shown = new SvelteSet<string>();
  #api: Pick<ParallaxApi, 'getTimelinePage' | 'getTimelineEvent'>;

  constructor(api: Pick<ParallaxApi, 'getTimelinePage' | 'getTimelineEvent'>, served?: Served) {
    super();
    this.#api = api;
    this.pages = new OffsetPages(async (offset, limit) => {
      const mark = served?.reading();
      const page = await api.getTimelinePage({ offset, limit });
      mark?.(page.updating);
      return { rows: page.events, total: page.total };
    });
  }

  /** Reads the timeline again from the top (the events read whole with it). Rejects with the API's error. */
  load(): Promise<void> {
    this.#whole.clear();
    this.#shown.clear();
    return this.pages.reload();
  }

  /** Whether the copies of the chip of `articleId` on event `id` are shown. */
  isShown(id: string, articleId: string): boolean {
    return this.#shown.has(`${id}/${articleId}`);
  }

  /**
   * Shows or hides a chip's copies; shown the first time, its event is read whole. Rejects with the
   * API's error (`NOT_FOUND` once new reports changed the event), the copies hidden again.
   */
  async toggleCopies(id: string, articleId: string): Promise<void> {
    const key = `${id}/${articleId}`;
    if (this.#shown.delete(key)) return;
    this.#shown.add(key);
    if (this.#whole.has(id)) return;
    try {
      this.#whole.set(id, await this.#api.getTimelineEvent(id));
    } catch (e) {
      this.#shown.delete(key);
      throw e;
    }
  }

  /** The copies folded into the chip of `articleId` on event `id`, once the event is read whole; null before. */
  copiesOf(id: string, articleId: string): TimelineChip['copies'] | null {
    const e = this.#whole.get(id);
    if (!e) return null;
    return e.chips.find((c) => c.mention.articleId === articleId)?.copies ?? [];
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

  constructor(api: Pick<ParallaxApi, 'listEntityPage' | 'getEntityMentions' | 'mergeEntities' | 'splitEntity'>, served?: Served) {
    super();
    this.#api = api;
    this.mentions = new EntityMentionsState(api);
    this.pages = new OffsetPages(async (offset, limit) => {
      const mark = served?.reading();
      const page = await api.listEntityPage({ ...(this.kind ? { kind: this.kind } : {}), offset, limit });
      mark?.(page.updating);
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

/** Stories: reports grouped by what they cover and when, each listed with its reports counted. */
export class StoriesState {
  items = $state.raw<StorySummary[]>([]);
  isLoading = $state(false);
  hasLoaded = $state(false);
  #api: Pick<ParallaxApi, 'listStorySummaries' | 'getStory'>;

  constructor(api: Pick<ParallaxApi, 'listStorySummaries' | 'getStory'>) {
    this.#api = api;
  }

  async load(): Promise<void> {
    this.isLoading = true;
    try {
      this.items = await this.#api.listStorySummaries();
      this.hasLoaded = true;
    } finally {
      this.isLoading = false;
    }
  }

  /** A story with all its reports, for the list narrowed to it. Rejects with the API's error (`NOT_FOUND` once new reports changed it). */
  story(id: string): Promise<Story> {
    return this.#api.getStory(id);
  }
}
