/**
 * Library-wide views: people & places, the timeline, an article's dating, stories.
 * Plain JSON-able objects only: no classes, no Dates (dates travel as ISO-8601 strings of the
 * precision the source states).
 */
import type { ArticleId, PartialDate } from './extraction';

/** An entity's id (stable while its spellings stay grouped): `person:witkoff`. */
export type EntityId = string & { readonly __brand: 'EntityId' };

/** The kinds of entity Parallax finds. */
export type EntityKind = 'person' | 'place' | 'organisation';

/** A person, place or organisation with every spelling found for it. */
export interface EntitySummary {
  id: EntityId;
  kind: EntityKind;
  /** The display name: the most frequent full form. */
  name: string;
  /** Every spelling found, most frequent first. */
  variants: { text: string; count: number }[];
  mentionCount: number;
  articleCount: number;
  /** True when a person merged or split this group by hand. */
  manual: boolean;
}

/** One place an entity is named. */
export interface EntityMention {
  articleId: ArticleId;
  articleTitle: string;
  /** The words as written. */
  text: string;
  start: number;
  end: number;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
}

/** One report's mentions of an entity, in text order. */
export interface EntityReportMentions {
  articleId: ArticleId;
  articleTitle: string;
  mentions: EntityMention[];
}

/**
 * The order of an entity's reports: `newest` first (undated last), or the reports that name it
 * `most` often first (a person's portrait before the reports that name her in passing), newest
 * first among equals.
 */
export type EntityMentionsOrder = 'newest' | 'most';

/** What `getEntityMentions` takes: the entity, the order, and where the page starts. */
export interface EntityMentionsQuery {
  id: EntityId;
  /** Default `newest`. A cursor belongs to its order: `after` from one order is refused by the other. */
  order?: EntityMentionsOrder;
  /** The `next` of the page before; absent for the first page. */
  after?: string;
  /** Reports per page. Default 20, at most 500. */
  limit?: number;
}

/**
 * A page of an entity's mentions, a report at a time (newest report first), so that a name in
 * thousands of reports (a head of state) costs the page only what it shows.
 */
export interface EntityMentionsPage {
  reports: EntityReportMentions[];
  /** Where the next page starts (an opaque keyset cursor), or null after the last report. */
  next: string | null;
}

/** An entity with every mention, for the entity page. */
export interface EntityDetail extends EntitySummary {
  mentions: EntityMention[];
}

/** Filters of `listEntities`; all optional. */
export interface EntityFilter {
  kind?: EntityKind;
  /** Only entities one of whose spellings contains this text (case- and accent-insensitive). */
  q?: string;
  /** Only entities named in this article. */
  articleId?: ArticleId;
  /** Default 200, at most 5,000. */
  limit?: number;
}

/** One sentence that dates an event. */
export interface TimelineMention {
  articleId: ArticleId;
  articleTitle: string;
  site: string | null;
  /** The date words as written (`am Freitag`), or '' for an inferred mention. */
  text: string;
  start: number;
  end: number;
  date: PartialDate;
  endDate: PartialDate | null;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  /**
   * True when the sentence names no date itself and was linked to the event because other
   * reports date the same statement (e.g. a wire report whose header date is wrong).
   */
  inferred: boolean;
}

/** One event on the library's timeline: a date and the sentences of all reports about it. */
export interface TimelineEvent {
  id: string;
  /** First day (or month, or year) of the event, at the precision the reports give. */
  date: PartialDate;
  /** Last day of a range, else null. */
  endDate: PartialDate | null;
  /** A short label made from the words and names the sentences share. */
  label: string;
  keywords: string[];
  articleIds: ArticleId[];
  mentions: TimelineMention[];
}

/** Filters of `getTimeline`; all optional. */
export interface TimelineFilter {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: events on or after. */
  from?: PartialDate;
  /** Events on or before (a partial date includes its whole month or year). */
  to?: PartialDate;
  /** Only events one of whose mentions is in this article. */
  articleId?: ArticleId;
  /** Default 1,000, at most 10,000. */
  limit?: number;
}

/** A chip of a timeline event: one report's first mention, with its near-identical copies folded in. */
export interface TimelineChip {
  mention: TimelineMention;
  /** The report's own date, so that two agency reports of one event can be told apart. */
  published: PartialDate | null;
  /** Near-identical copies of the report that mention the event too: one chip, "×N". */
  copies: { mention: TimelineMention; published: PartialDate | null }[];
}

/**
 * A chip as a page of the timeline shows it: the report's first mention and how many
 * near-identical copies it folds; the copies themselves come with the event (`getTimelineEvent`)
 * when a person opens them. A wire story in a thousand outlets is then one chip, not a thousand.
 */
export interface TimelinePageChip {
  mention: TimelineMention;
  /** The report's own date. */
  published: PartialDate | null;
  /** Near-identical copies folded into this chip ("×N" is `copyCount + 1`); 0 for none. */
  copyCount: number;
}

/**
 * A timeline event as a page shows it: its date, label, chips and how many reports mention it,
 * without its mentions (at 100k reports a page carrying them was ~9.5 MB; they come with the
 * event, `getTimelineEvent`).
 */
export interface TimelinePageEvent {
  id: string;
  date: PartialDate;
  endDate: PartialDate | null;
  label: string;
  /** Reports that mention it (copies included). */
  reportCount: number;
  chips: TimelinePageChip[];
}

/** One timeline event whole: every mention, and its chips with their copies. */
export interface TimelineEventDetail extends TimelineEvent {
  chips: TimelineChip[];
}

/** What `getTimelinePage` takes: the timeline's filters and where the page starts. */
export interface TimelinePageQuery extends TimelineFilter {
  /** Events to skip. Default 0. `limit` defaults to 100 here. */
  offset?: number;
}

/** A page of the timeline, with how many events the filters leave in all. */
export interface TimelinePage {
  events: TimelinePageEvent[];
  total: number;
  offset: number;
  /** The timeline's last answer, served while it is built again (a `viewsUpdated` event follows). */
  updating?: true;
}

/** What `listEntityPage` takes: the entity filters and where the page starts. */
export interface EntityPageQuery extends EntityFilter {
  /** Entities to skip. Default 0. */
  offset?: number;
}

/** A page of people, places and organisations, with how many the filters leave in all. */
export interface EntityPage {
  items: EntitySummary[];
  total: number;
  offset: number;
  /** The people & places' last answer, served while they are built again (a `viewsUpdated` event follows). */
  updating?: true;
}

/** What the text of an article says about its date, beyond extraction's own reading. */
export interface ArticleDating {
  articleId: ArticleId;
  published: PartialDate | null;
  dateConflict: PartialDate | null;
  /**
   * The day the text points to when the article's own date is coarser or contradicted, found
   * through its own sentences or through other reports of the same event; null when unknown.
   */
  textDate: PartialDate | null;
  /** The timeline mentions that support `textDate`. */
  evidence: TimelineMention[];
}

/** Reports grouped by what they cover and when. */
export interface Story {
  id: string;
  label: string;
  articleIds: ArticleId[];
  /** Earliest and latest date of its reports (null when none is dated). */
  from: PartialDate | null;
  to: PartialDate | null;
  /** Names and words the reports share, most shared first. */
  keywords: string[];
}

/**
 * A story as the stories view lists it: its reports counted, not listed (at 100k reports the
 * 1,065 stories' ids were 95% of a 1.7 MB answer); `getStory` lists them when a person chooses it.
 */
export interface StorySummary {
  id: string;
  label: string;
  /** How many reports it groups. */
  articleCount: number;
  /** Its first reports in `Story.articleIds`' order, as many as a comparison takes (four): what "Compare this story" puts side by side. */
  firstIds: ArticleId[];
  from: PartialDate | null;
  to: PartialDate | null;
  keywords: string[];
}

/** The explore part of `ParallaxApi`. */
export interface ExploreApi {
  /**
   * Every dated event the library's reports mention, oldest first, each with the sentences
   * (and their reports) that date it. Relative dates are resolved against each article's date.
   */
  getTimeline(filter?: TimelineFilter): Promise<TimelineEvent[]>;
  /**
   * One page of the timeline for a view that scrolls through all of it: the events with their
   * chips (near-identical copies folded into one) and the total the filters leave.
   */
  getTimelinePage(query?: TimelinePageQuery): Promise<TimelinePage>;
  /**
   * One timeline event by its `id` (from `getTimeline` or a page), whole: every mention and the
   * chips with their copies, for a row a person opens. `NOT_FOUND` when the timeline holds no such
   * event (any more: new reports can change an event and so its id).
   */
  getTimelineEvent(id: string): Promise<TimelineEventDetail>;
  /** What the text says about an article's date (e.g. a header date the text contradicts). `NOT_FOUND` for an unknown id. */
  getArticleDating(id: ArticleId): Promise<ArticleDating>;
  /** People, places and organisations named in the library, most reports first, spellings grouped. */
  listEntities(filter?: EntityFilter): Promise<EntitySummary[]>;
  /** One page of people, places and organisations, most reports first, with the total. */
  listEntityPage(query?: EntityPageQuery): Promise<EntityPage>;
  /** One entity with every mention; `NOT_FOUND` for an unknown id. */
  getEntity(id: EntityId): Promise<EntityDetail>;
  /**
   * One page of an entity's mentions grouped by report, in `getEntity`'s order; the totals are
   * the entity's `mentionCount` and `articleCount`. `NOT_FOUND` for an unknown id, `BAD_INPUT`
   * for a cursor this method did not give.
   */
  getEntityMentions(query: EntityMentionsQuery): Promise<EntityMentionsPage>;
  /** Merges entities into one (the first id's); kept across re-indexing. `BAD_INPUT` for fewer than two ids or mixed kinds. */
  mergeEntities(ids: EntityId[]): Promise<EntitySummary>;
  /**
   * Moves the given spellings out of an entity into an entity of their own; kept across
   * re-indexing. Returns the remaining entity and the new one. `BAD_INPUT` when a spelling is
   * not the entity's or all of them are given.
   */
  splitEntity(id: EntityId, variants: string[]): Promise<EntitySummary[]>;
  /** Reports grouped by what they cover and when, largest story first; stories of one report are left out. */
  listStories(): Promise<Story[]>;
  /** `listStories` as the stories view shows it: each story's reports counted, its first four named. */
  listStorySummaries(): Promise<StorySummary[]>;
  /** One story of `listStories` with all its reports. `NOT_FOUND` when there is none of that id (any more). */
  getStory(id: string): Promise<Story>;
}

/** The method names of `ExploreApi`, in the order the allowlist lists them. */
export const EXPLORE_METHODS = ['getTimeline', 'getTimelinePage', 'getTimelineEvent', 'getArticleDating', 'listEntities', 'listEntityPage', 'getEntity', 'getEntityMentions', 'mergeEntities', 'splitEntity', 'listStories', 'listStorySummaries', 'getStory'] as const satisfies readonly (keyof ExploreApi)[];
