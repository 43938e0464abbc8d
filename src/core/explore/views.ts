/**
 * The library-wide views (timeline, people & places, stories, an article's dating): the pure
 * algorithms of this folder fed from the compare rows in the store, each grouping cached per
 * connection until those rows change (`derived/explore-groupings.ts`).
 */
import type { ArticleDating, ArticleId, EntityDetail, EntityFilter, EntityId, EntitySummary, Story, TimelineEvent, TimelineFilter } from '../../shared/api';
import type { ReadDb, WriteDb } from '../store/db';
import { getArticleDates, compareDocCount, compareDocsOf, readingCompareDocs } from '../store/queries/compare';
import { entityOverrides, mentionRowCount, mentionsOfNames, nameCountsInArticle, nameKey, namesInArticle, readingNameStats, personAliases, personNameStats, placeArticleCounts, setEntityOverrides, type NameStat } from '../store/queries/entities';
import { readingTimelineRows, timelineReadCounts, timelineRowsOf } from '../store/queries/timeline';
import { entityGrouper, groupingNames, type EntityGroup, type EntityGrouper } from './entity-groups';
import { nameContext } from './name-context';
import { nameSexes } from './name-sex';
import { placeNamedPerson } from './place-named';
import { joinAliases } from './name-aliases';
import { firstWordPairs } from './first-word-names';
import { StoryIndex, type KeyDisplay } from './stories';
import { storyNameKey } from '../analysis/story-keys';
import { TimelineIndex, type TimelineResult } from './timeline';
import { bumpCompareVersion, cachedView } from '../derived/explore-groupings';
import { isPartHeard, runAtOnce, slicePart, type Slices } from '../derived/slices';
import { foldText } from '../text/fold';
import { spellingsData, spellingsLookup } from './spellings-lookup';
import { notice } from '../../shared/api/notices';
import type { ViewStep } from '../../shared/events';
import { codedError } from '../../shared/i18n';
import { liveGroups, takeNamesAway } from './view-removals';
import { summary } from './entity-summary';
import { groupsByName } from './entity-by-name';
import { viewsSettle } from './views-settle';

/** New names are added to the entity groups until they are this share of the names they were built from. */
const ENTITY_REBUILD_SHARE = 0.1;

/** The entity groups of the library (cached; the names of new articles are added to them, the library is not regrouped). */
export function entityGroups(db: ReadDb): { groups: EntityGroup[]; byName: Map<string, EntityGroup> } {
  return cachedView(
    db,
    'entities',
    () => runAtOnce(buildingEntities(db)),
    (held: HeldEntities, added) => {
      const rows = added.flatMap((id) => nameCountsInArticle(db, id));
      const fresh = rows.filter((r) => !held.statOf.has(nameKey(r.kind, r.name)));
      if (held.added + fresh.length > Math.max(1, held.builtFrom * ENTITY_REBUILD_SHARE)) return null;
      for (const r of rows) {
        const key = nameKey(r.kind, r.name);
        const st = held.statOf.get(key);
        if (st) {
          st.count += r.count;
          st.articles += 1;
        } else {
          const stat: NameStat = { kind: r.kind, name: r.name, count: r.count, articles: 1 };
          held.statOf.set(key, stat);
          if (!held.placeNamed(stat)) held.grouper.add(stat);
        }
      }
      const groups = joinedGroups(liveGroups(held.grouper.groups()), db, held.context);
      return { ...held, added: held.added + fresh.length, groups, byName: groupsByName(groups) };
    },
    (held: HeldEntities, removed) => {
      const emptied = takeNamesAway(held.statOf, removed);
      if (emptied === null || held.added + emptied > Math.max(1, held.builtFrom * ENTITY_REBUILD_SHARE)) return null;
      const groups = joinedGroups(liveGroups(held.grouper.groups()), db, held.context);
      return { ...held, added: held.added + emptied, groups, byName: groupsByName(groups) };
    },
  );
}

/** The entity groups as cached, with what folding new reports' names into them takes. */
interface HeldEntities {
  grouper: EntityGrouper;
  context: ReturnType<typeof nameContext>;
  statOf: Map<string, NameStat>;
  /** Whether a person's name is left out as a place's (`place-named.ts`), asked again of names added later. */
  placeNamed: (st: NameStat) => boolean;
  builtFrom: number;
  added: number;
  groups: EntityGroup[];
  byName: Map<string, EntityGroup>;
}

/** Told at the end of each stage of a view's build (`views-progress.ts`); the builds run at once tell no one. */
export type Stage = () => void;
const noStages: Stage = () => {};

function* buildingEntities(db: ReadDb, stage: Stage = noStages): Slices<HeldEntities> {
  // The reads count what they read only for a bar that shows it (a count is one more query).
  const rowsInAll = isPartHeard() ? mentionRowCount(db) : 0;
  const all = yield* readingNameStats(db, rowsInAll > 0 ? (rows) => slicePart(rows, rowsInAll) : undefined);
  const overrides = entityOverrides(db), context = nameContext(db);
  // Every name's stat, also of a person's name left out as a place's (so it is not fresh when named again).
  const statOf = new Map(all.map((st) => [nameKey(st.kind, st.name), st]));
  const placeNamed = placeNamedPerson((name) => statOf.get(nameKey('place', name))?.articles ?? 0, overrides, context);
  const stats = all.filter((st) => !placeNamed(st));
  stage();
  yield;
  const grouper = yield* groupingNames(stats, overrides, context, nameSexes(db));
  const grouped = grouper.groups();
  stage();
  yield;
  const pairs = [...personAliases(db), ...firstWordPairs(grouped, context)];
  stage();
  yield;
  // `joinedGroups` in two slices.
  const groups = joinAliases(grouped, pairs);
  stage();
  yield;
  return { grouper, context, statOf, placeNamed, builtFrom: stats.length, added: 0, groups, byName: groupsByName(groups) };
}

/**
 * The groups of the people's names (and of any name merged by hand), grouped afresh and not
 * cached: all that the stored spellings of search by entity are made of (`spellings-worker.ts`).
 * The same people's groups as `entityGroups`, without the places and organisations, and the
 * grouper's blocking keys are garbage once the groups are made.
 */
export function personGroups(db: ReadDb): EntityGroup[] {
  const overrides = entityOverrides(db), context = nameContext(db), places = placeArticleCounts(db);
  const placeNamed = placeNamedPerson((name) => places.get(name) ?? 0, overrides, context);
  return joinedGroups(entityGrouper(personNameStats(db).filter((st) => !placeNamed(st)), overrides, context, nameSexes(db)).groups(), db, context);
}

/** The grouper's groups with the pairs stated as one person and the people called by a first word alone joined. */
function joinedGroups(groups: EntityGroup[], db: ReadDb, context: (s: NameStat) => ReadonlySet<string> | null): EntityGroup[] {
  return joinAliases(groups, [...personAliases(db), ...firstWordPairs(groups, context)]);
}

/**
 * For search by entity: the other spellings of a typed name, from the library's people — a
 * word that is a person's surname as some report spells it (or sounds the same, `Prigozhin`
 * for `Prigoschin`) gives every surname spelling of that person (an Arabic article left off:
 * `al-Golani` → `Golani`, `Dscholani`); a given name gives the spellings of it the library's
 * full names use (`Bashar` → `Baschar`). Null for other words.
 */
export function otherSpellings(db: ReadDb): ((word: string) => string[] | null) & { begun: (prefix: string, limit: number) => string[] } {
  return cachedView(db, 'spellings', () => spellingsLookup(spellingsData(entityGroups(db).groups)));
}

/** Each report's story. */
function storyMap(db: ReadDb): Map<ArticleId, string> {
  const storyOf = new Map<ArticleId, string>();
  for (const st of listStories(db)) for (const id of st.articleIds) storyOf.set(id, st.id);
  return storyOf;
}

/** New reports' rows are folded into the timeline until they are this share of the rows it was built from. */
const TIMELINE_REBUILD_SHARE = 0.1;

function timelineResult(db: ReadDb): TimelineResult {
  return cachedView(
    db,
    'timeline',
    () => runAtOnce(buildingTimeline(db)),
    (held, added) => {
      const rows = timelineRowsOf(db, added);
      const total = held.added + rows.length;
      if (total > Math.max(1, held.index.builtFrom * TIMELINE_REBUILD_SHARE)) return null;
      held.index.add(rows, storyMap(db));
      return { index: held.index, added: total, result: held.index.result() };
    },
    (held, removed) => {
      const rows = held.index.remove(new Set(removed.map((r) => r.id as ArticleId)), storyMap(db));
      const total = held.added + rows;
      if (total > Math.max(1, held.index.builtFrom * TIMELINE_REBUILD_SHARE)) return null;
      return { index: held.index, added: total, result: held.index.result() };
    },
  ).result;
}

/** The library's timeline, filtered: every event (the paged view slices it, see `pages.ts`). */
export function timelineEvents(db: ReadDb, f: TimelineFilter): TimelineEvent[] {
  const { events } = timelineResult(db);
  const upTo = (to: string) => (d: string) => d.slice(0, to.length) <= to;
  return events.filter((e) => (!f.from || e.date >= f.from || (e.endDate !== null && e.endDate >= f.from)) && (!f.to || upTo(f.to)(e.date)) && (!f.articleId || e.articleIds.includes(f.articleId)));
}

/** The library's timeline, filtered, at most `limit` events. */
export function getTimeline(db: ReadDb, f: TimelineFilter & { limit: number }): TimelineEvent[] {
  return timelineEvents(db, f).slice(0, f.limit);
}

/** What the text says about an article's date. */
export function getArticleDating(db: ReadDb, id: ArticleId): ArticleDating {
  const a = getArticleDates(db, id);
  if (!a) throw codedError('NOT_FOUND', notice('library.no-article', { id: id, scope: 'library' }));
  const { textDates, events } = timelineResult(db);
  const t = textDates.get(id);
  if (t) return { articleId: id, published: a.published, dateConflict: a.dateConflict, textDate: t.date, evidence: t.mentions };
  // Otherwise: the article's own day-precision mentions that refine a coarse date.
  if (a.published && a.published.length >= 10 && !a.dateConflict) return { articleId: id, published: a.published, dateConflict: null, textDate: null, evidence: [] };
  const prefix = a.dateConflict ?? a.published ?? '';
  const own = events.flatMap((e) => e.mentions.filter((m) => m.articleId === id && m.date.length >= 10 && m.date.startsWith(prefix)));
  const latest = own.sort((x, y) => (x.date < y.date ? 1 : -1))[0];
  return { articleId: id, published: a.published, dateConflict: a.dateConflict, textDate: latest?.date ?? null, evidence: latest ? [latest] : [] };
}

/** People, places and organisations, most reports first, at most `limit`. */
export function listEntities(db: ReadDb, f: EntityFilter & { limit: number }): EntitySummary[] {
  return entitySummaries(db, f).slice(0, f.limit);
}

/** Every person, place and organisation the filters leave, most reports first. */
export function entitySummaries(db: ReadDb, f: EntityFilter): EntitySummary[] {
  let groups = entityGroups(db).groups;
  if (f.kind) groups = groups.filter((g) => g.kind === f.kind);
  if (f.q) {
    const q = foldText(f.q);
    groups = groups.filter((g) => g.names.some((n) => foldText(n.name).includes(q)));
  }
  if (f.articleId) {
    const inArticle = new Set(namesInArticle(db, f.articleId).map((n) => nameKey(n.kind, n.name)));
    groups = groups.filter((g) => g.names.some((n) => inArticle.has(nameKey(n.kind, n.name))));
  }
  return groups.map(summary).sort((a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
}

/** The entity group of an id; `NOT_FOUND` when there is none. */
export function groupById(db: ReadDb, id: EntityId): EntityGroup {
  const g = entityGroups(db).groups.find((x) => x.id === id);
  if (!g) throw codedError('NOT_FOUND', notice('entities.no-entity', { id }));
  return g;
}

/** One entity with every mention. */
export function getEntity(db: ReadDb, id: EntityId): EntityDetail {
  const g = groupById(db, id);
  const mentions = mentionsOfNames(db, g.kind, g.names.map((n) => n.name));
  return { ...summary(g), mentions };
}

/** Merges entities into the first one; persisted by name. */
export function mergeEntities(db: WriteDb, ids: EntityId[]): EntitySummary {
  const groups = ids.map((id) => groupById(db, id));
  const kind = groups[0]!.kind;
  if (groups.some((g) => g.kind !== kind)) throw codedError('BAD_INPUT', notice('entities.mixed-kinds', { a: kind, b: groups.find((g) => g.kind !== kind)!.kind }));
  const target = groups[0]!.id;
  db.transaction(() => {
    for (const g of groups) setEntityOverrides(db, kind, g.names.map((n) => n.name), target);
    bumpCompareVersion(db); // in the transaction: it counts the change for the stored views
  })();
  return summary(groupById(db, target));
}

/** Moves spellings out of an entity into one of their own; persisted by name. */
export function splitEntity(db: WriteDb, id: EntityId, variants: string[]): EntitySummary[] {
  const g = groupById(db, id);
  const names = new Set(g.names.map((n) => n.name));
  for (const v of variants) if (!names.has(v)) throw codedError('BAD_INPUT', notice('entities.not-a-spelling', { spelling: v, name: g.name, names: [...names] }));
  const rest = g.names.filter((n) => !variants.includes(n.name));
  if (rest.length === 0) throw codedError('BAD_INPUT', notice('entities.keep-one'));
  const newId = `${id}~${foldText(variants[0]!).replace(/[^a-z0-9]+/g, '-')}`;
  db.transaction(() => {
    setEntityOverrides(db, g.kind, rest.map((n) => n.name), id);
    setEntityOverrides(db, g.kind, variants, newId);
    bumpCompareVersion(db);
  })();
  return [summary(groupById(db, id)), summary(groupById(db, newId as EntityId))];
}

/**
 * New reports are folded into the story index until they are this share of the reports it was
 * built from; then it is built afresh, so word rarity follows the library.
 */
const STORY_REBUILD_SHARE = 0.1;

/** Stories of two or more reports, largest first: new reports are folded in, the library is not regrouped. */
export function listStories(db: ReadDb): Story[] {
  return cachedView(
    db,
    'stories',
    () => runAtOnce(buildingStories(db)),
    (held, added) => {
      const total = held.added + added.length;
      if (total > Math.max(1, held.index.builtFrom * STORY_REBUILD_SHARE)) return null;
      held.index.add(compareDocsOf(db, added));
      return { index: held.index, added: total, stories: held.index.stories(storyDisplay(db)) };
    },
    (held, removed) => {
      const total = held.added + removed.length;
      if (total > Math.max(1, held.index.builtFrom * STORY_REBUILD_SHARE)) return null;
      held.index.remove(new Set(removed.map((r) => r.id)));
      return { index: held.index, added: total, stories: held.index.stories(storyDisplay(db)) };
    },
  ).stories;
}

/** The stories' name keys worded as the people & places view names them. */
function storyDisplay(db: ReadDb): KeyDisplay {
  const names = new Map<string, string>();
  for (const g of entityGroups(db).groups) {
    const key = storyNameKey(g.kind, g.name);
    if (!names.has(key)) names.set(key, g.name);
  }
  return (k) => names.get(k) ?? null;
}

function* buildingStories(db: ReadDb, stage: Stage = noStages): Slices<{ index: StoryIndex; added: number; stories: Story[] }> {
  const docsInAll = isPartHeard() ? compareDocCount(db) : 0;
  const docs = yield* readingCompareDocs(db, docsInAll > 0 ? (n) => slicePart(n, docsInAll) : undefined);
  stage();
  const index = yield* StoryIndex.building(docs);
  stage();
  yield;
  const stories = yield* index.listing(storyDisplay(db));
  stage();
  return { index, added: 0, stories };
}

function* buildingTimeline(db: ReadDb, stage: Stage = noStages): Slices<{ index: TimelineIndex; added: number; result: TimelineResult }> {
  const inAll = isPartHeard() ? timelineReadCounts(db) : null;
  const rows = yield* readingTimelineRows(db, inAll ? (articles, n) => slicePart(articles + n, inAll.articles + inAll.rows) : undefined);
  stage();
  const index = yield* TimelineIndex.building(rows, storyMap(db));
  // Held to fold new reports in unless the views settle (`views-settle.ts`): its words kept from the first result.
  if (!viewsSettle(db)) index.keepWords();
  stage();
  const result = yield* index.resulting();
  stage();
  return { index, added: 0, result };
}

/** The grouped views' sliced builds in the order each reads the one before (stories word names as the entities do, the timeline reads the stories); `views-ready.ts` runs them. */
export const VIEWS: Record<ViewStep, (db: ReadDb, stage: Stage) => Slices<unknown>> = { entities: buildingEntities, stories: buildingStories, timeline: buildingTimeline };

/** The `stage()` calls of each build above, for the bar's known end. */
export const STAGES: Record<ViewStep, number> = { entities: 4, stories: 3, timeline: 3 };
