/**
 * What the compare index keeps of one article (entity mentions, timeline rows, story keys),
 * computed from its text, extraction and dates alone: pure CPU work, so the catch-up after an
 * import runs it on worker threads (`compare-worker.ts`) and the library thread only writes.
 */
import type { DateMention, Extraction } from '../../shared/api';
import type { CompareSourceRow } from '../store/queries/compare';
import type { TimelineRow } from '../store/queries/timeline';
import { findDates } from '../ingest/dates/find';
import { completeYear } from '../ingest/dates/publication';
import { findRelative, resolveRelative } from '../ingest/dates/relative';
import { dateAhead, relativeAhead } from '../ingest/dates/ahead';
import { articleSentences } from './analyze';
import { wordPass } from './entity-tokens';
import { findEntities, type EntityMentionRow } from './entities';
import { findQuantities, unitKey } from './numbers';
import { storyNameKey } from './story-keys';
import { findSources } from './sources';
import { contentStems } from './content-words';
import { passFigureWords, passStems } from './sentence-runs';
import { isFurnitureSentence } from './furniture';
import { windowAround } from '../text/window';
import { findAliases } from './name-aliases';

/** Undated lead sentences kept for articles of uncertain date (the lead states the news). */
const LEAD_SENTENCES = 3;
/** Salient stems kept per article for grouping stories. */
const STORY_STEMS = 12;
/** Names kept per article for grouping stories. */
const STORY_NAMES = 8;
/** A name in the lead counts as often as a background name said this many times. */
const LEAD_NAME_WEIGHT = 3;
/** Sentences (from the top) whose stems give a report's story keys. */
const STORY_SENTENCES = 8;
/** Words a sentence has at least to count among them. */
const LEAD_MIN_WORDS = 4;

/** Whether `text[start, end)` holds at least `n` words (runs of non-spaces with a letter or digit). */
function hasWords(text: string, start: number, end: number, n: number): boolean {
  let words = 0, inWord = false;
  for (let i = start; i < end && words < n; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words >= n;
}

/**
 * A mention's date (and the end of a range) read against `ref` instead of the date extraction
 * read it against: relative mentions (`am Freitag`), and with `years` also absolute ones
 * written without a year (`am 12. April`), whose year came from the article's date. A mention
 * counted from another date of the text (`zwei Wochen nach …`) keeps its date.
 */
function reresolve(m: DateMention, ref: string | null, years: boolean): { date: string | null; endDate: string | null } {
  const kept = { date: m.date, endDate: m.endDate ?? null };
  if (m.kind === 'absolute') {
    if (!years) return kept;
    const found = findDates(m.text)[0];
    return found && found.year === undefined ? { date: completeYear(found, ref, dateAhead(m.sentence, m.text)), endDate: kept.endDate } : kept;
  }
  if (m.kind !== 'relative') return kept;
  const found = findRelative(m.text)[0];
  if (!found || found.sense.type === 'offset-after') return kept;
  const r = resolveRelative(found.sense, ref, null, relativeAhead(found.sense, m.sentence, m.text));
  return { date: r.date, endDate: r.endDate !== undefined ? r.endDate : kept.endDate };
}

/**
 * True when an article's date is known to its month but not its day, or contradicted: then its
 * undated lead can be dated through other reports of that month. (With no date at all there
 * is nothing to narrow the search by, and guessing across the whole library is not worth it.)
 */
export function isUncertainDate(published: string | null, dateConflict: string | null): boolean {
  return dateConflict !== null || (published !== null && published.length === 7);
}

/** The key words of a sentence for event matching: content stems, names (`@Name`), figures (`#4|stund`). */
export function sentenceKeys(
  text: string,
  start: number,
  end: number,
  names: EntityMentionRow[],
  dates: { start: number; end: number }[],
  stems = contentStems(text, start, end),
  /** The words its figures are read from (`numberTokens`), when the caller has them. */
  figureWords?: number[],
): string[] {
  const keys = new Set(stems.filter((s) => s.length > 2));
  // `names` come in text order (`findEntities` sorts them): a binary search finds the first
  // inside the sentence instead of a test of every name of the report for every sentence.
  const from = firstAtOrAfter(names, start);
  if (from < 0) {
    for (const n of names) if (n.start >= start && n.end <= end) keys.add(`@${lastWord(n.name)}`);
  } else {
    for (let k = from; k < names.length && names[k]!.start <= end; k++) {
      const n = names[k]!;
      if (n.end <= end) keys.add(`@${lastWord(n.name)}`);
    }
  }
  for (const q of findQuantities(text, start, end, dates, figureWords)) keys.add(`#${q.value}|${unitKey(q.unit)}`);
  return [...keys];
}

/**
 * The index of the first of `names` that starts at or after `at`, when `names` come in text
 * order (by start), as `findEntities` gives them; -1 when they do not (never made: then every
 * name is tested, as before).
 */
function firstAtOrAfter(names: { start: number }[], at: number): number {
  for (let i = 1; i < names.length; i++) if (names[i - 1]!.start > names[i]!.start) return -1;
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `name.split(' ').pop()` without the array. */
function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** Stored keys: the sentence's own, then ` || ` and those only its next sentence adds. */
function withContext(own: string[], context: string[]): string {
  const mine = new Set(own);
  const extra = context.filter((k) => !mine.has(k));
  return extra.length ? `${own.join(' ')} || ${extra.join(' ')}` : own.join(' ');
}

/**
 * Everything the compare tables hold of one article, computed from its extraction and dates
 * alone.
 */
export interface CompareAnalysis {
  mentions: (EntityMentionRow & { sentenceStart: number; sentenceEnd: number })[];
  /** One person under two names, as the report states it (`name-aliases.ts`). */
  aliases: [string, string][];
  /** Timeline rows without their article id (added when written). */
  timeline: Omit<TimelineRow, 'articleId'>[];
  /** The story row: the article's date and its key names and stems. */
  docDate: string | null;
  keys: string;
}

/** The article dates the analysis reads: effective publication date and the text's own date. */
export interface CompareDates {
  published: string | null;
  /** Where `published` came from; 'user' when a person set it (then it is the reference). */
  publishedSource?: string | null;
  dateConflict: string | null;
}

/** Analyses one article for the compare views; null when it has no sentences to compare. */
export function analyzeForCompare(x: Pick<Extraction, 'text' | 'blocks' | 'dateMentions' | 'dateline'>, dates: CompareDates): CompareAnalysis | null {
  const text = x.text;
  const spans = articleSentences(text, x.blocks);
  if (spans.length === 0) return null;
  const pass = wordPass(text, spans);
  const sources = findSources(text, spans, pass);
  const entities = findEntities(text, spans, { dateline: x.dateline, sources, pass });
  let k = 0;
  const withSentence = entities.map((e) => {
    while (k < spans.length - 1 && spans[k]!.end <= e.start) k++;
    return { start: e.start, end: e.end, text: e.text, name: e.name, kind: e.kind, sentenceStart: spans[k]!.start, sentenceEnd: spans[k]!.end };
  });
  // A sentence's keys are asked for when it is dated, as the context of the one before it, and
  // for the story keys: work them out once.
  const mentions = x.dateMentions.filter((m) => m.kind !== 'header');
  // Keyed by the span as one integer (no string made per question): small integers for all
  // but very long texts, exact up to 2^53.
  const span = text.length + 1;
  const stemsMemo = new Map<number, string[]>();
  const stemsOf = (start: number, end: number) => {
    const key = start * span + end;
    let v = stemsMemo.get(key);
    if (!v) stemsMemo.set(key, (v = passStems(text, pass, start, end)));
    return v;
  };
  const keysMemo = new Map<number, string[]>();
  const keysOf = (start: number, end: number) => {
    const key = start * span + end;
    let v = keysMemo.get(key);
    if (!v) keysMemo.set(key, (v = sentenceKeys(text, start, end, entities, mentions, stemsOf(start, end), passFigureWords(text, pass, start, end))));
    return v;
  };

  // Timeline: dated sentences, and undated lead sentences when the date is uncertain. Relative
  // mentions are read again against a date a person set, else against the date the text points
  // to when it contradicts the header; otherwise extraction's reading stands.
  const byPerson = dates.publishedSource === 'user';
  const reread = byPerson || dates.dateConflict !== null;
  const ref = byPerson ? dates.published : dates.dateConflict;
  const rows: Omit<TimelineRow, 'articleId'>[] = [];
  const seen = new Set<string>();
  /** Where the sentences of the rows begin (a row may keep a window of its sentence). */
  const datedSentences = new Set<number>();
  /** The report's own day is known (a stated date, or one a person set). */
  const ownDay = (dates.published ?? '').length >= 10 || dates.dateConflict !== null;
  const starts = new Int32Array(mentions.length);
  for (let mi = 0; mi < mentions.length; mi++) starts[mi] = mentions[mi]!.start;
  const sentenceOf = sentencesAt(spans, starts);
  const hasDate = new Uint8Array(spans.length);
  // Per sentence: 0 not asked yet, 1 furniture, 2 not (a sentence often holds several dates).
  const furniture = new Uint8Array(spans.length);
  for (const si of sentenceOf) if (si >= 0) hasDate[si] = 1;
  mentions.forEach((m, mi) => {
    const si = sentenceOf[mi]!;
    if (si < 0) return;
    const s = spans[si]!;
    // News often dates an event in one sentence and tells it in the next ("Witkoff traf Putin am
    // Freitag. Das Treffen dauerte über vier Stunden."): the next sentence of the same block, when
    // it has no date of its own, adds its key words.
    const next = spans[si + 1];
    // A row keeps a window of a long sentence (`windowAround`; its keys are still the whole
    // sentence's): a copy of a whole run of text without sentence breaks per date was
    // quadratic in memory.
    const [ws, we] = windowAround(text, s.start, s.end, m.start);
    const ctxEnd = next && next.block === s.block && !hasDate[si + 1] ? next.end : s.end;
    const sentence = text.slice(ws, we);
    if (furniture[si] === 0) furniture[si] = isFurnitureSentence(we - ws === s.end - s.start ? sentence : text.slice(s.start, s.end)) ? 1 : 2;
    if (furniture[si] === 1) return;
    const { date, endDate } = reread ? reresolve(m, ref, byPerson) : { date: m.date, endDate: m.endDate ?? null };
    if (!date) {
      // `am Freitag`, `am 8. Dezember` in a report whose own day is unknown: kept unresolved, so
      // the timeline can read it against the day of the report's story.
      if (!ownDay && (m.kind === 'relative' || m.kind === 'absolute')) {
        datedSentences.add(s.start);
        rows.push({
          kind: 'open', start: m.start, end: m.end, text: m.text, date: null, endDate: null,
          sentenceStart: ws, sentenceEnd: we, sentence,
          keys: withContext(keysOf(s.start, s.end), ctxEnd > s.end ? keysOf(s.end, ctxEnd) : []),
        });
      }
      return;
    }
    const dedupe = `${s.start}|${date}`;
    if (seen.has(dedupe)) return;
    seen.add(dedupe);
    datedSentences.add(s.start);
    rows.push({
      kind: 'date', start: m.start, end: m.end, text: m.text, date, endDate,
      sentenceStart: ws, sentenceEnd: we, sentence,
      keys: withContext(keysOf(s.start, s.end), ctxEnd > s.end ? keysOf(s.end, ctxEnd) : []),
    });
  });
  // An article whose text already dates its news to a day of its month needs no inference.
  const month = (dates.dateConflict ?? dates.published ?? '').slice(0, 7);
  const selfDated = month.length === 7 && !dates.dateConflict && rows.some((r) => r.kind === 'date' && r.date!.length >= 10 && r.date!.startsWith(month));
  // Reports without a day of their own keep their lead too: a story can date it. So does a
  // report that dates nothing in its text (its day is only in its header): else it has no row,
  // neither gives its story its day nor is cited on its event.
  if ((isUncertainDate(dates.published, dates.dateConflict) || !ownDay || rows.length === 0) && !selfDated) {
    for (const s of spans.filter((sp) => !datedSentences.has(sp.start) && x.blocks[sp.block]?.kind === 'paragraph').slice(0, LEAD_SENTENCES)) {
      rows.push({
        kind: 'undated', start: s.start, end: s.start, text: '', date: null, endDate: null,
        sentenceStart: s.start, sentenceEnd: s.end, sentence: text.slice(s.start, s.end),
        keys: withContext(keysOf(s.start, s.end), []),
      });
    }
  }

  // Story keys: the most named entities (a person by the skeleton of the surname, so every
  // spelling of one name is one key) and the most frequent content stems.
  // The lead says what a report is about: a name there counts three times, so a long background
  // section that names others more often does not make the report another story's.
  const lead: typeof spans = [];
  for (let si = 0; si < spans.length && lead.length < STORY_SENTENCES; si++) {
    const s = spans[si]!;
    if (furniture[si] === 0) furniture[si] = isFurnitureSentence(text.slice(s.start, s.end)) ? 1 : 2;
    // A line of two or three words is a menu, a button or a rubric (`Newsletter abonnieren`,
    // `Mehr zum Thema`), not what the report is about; pages open with many.
    if (furniture[si] === 2 && hasWords(text, s.start, s.end, LEAD_MIN_WORDS)) lead.push(s);
  }
  const leadEnd = lead.length ? lead[lead.length - 1]!.end : 0;
  const nameCount = new Map<string, number>();
  // A report names its people again and again: each name's key is worked out once.
  const nameKeys = new Map<string, string>();
  for (const e of entities) {
    const memo = e.kind === 'person' ? e.name : `${e.kind}:${e.name}`;
    let key = nameKeys.get(memo);
    if (key === undefined) nameKeys.set(memo, (key = storyNameKey(e.kind, e.name)));
    if (key.length > 2) nameCount.set(key, (nameCount.get(key) ?? 0) + (e.start < leadEnd ? LEAD_NAME_WEIGHT : 1));
  }
  const stemCount = new Map<string, number>();
  // Stemming only the lead (less page furniture) keeps ingest cheap.
  for (const s of lead) for (const st of stemsOf(s.start, s.end)) if (st.length > 3) stemCount.set(st, (stemCount.get(st) ?? 0) + 1);
  const keys: string[] = [];
  pushTop(nameCount, STORY_NAMES, keys, true);
  pushTop(stemCount, STORY_STEMS, keys, false);
  const docDate = dates.published && dates.published.length >= 10 ? dates.published.slice(0, 10) : (dates.dateConflict ?? dates.published);
  return { mentions: withSentence, aliases: findAliases(text, entities), timeline: rows, docDate, keys: keys.join(' ') };
}

/**
 * Pushes the `n` most counted keys of `m` onto `keys`, most counted first (ties in the map's
 * order), with spaces as `_` when `underscore`. Nothing is made for an empty map: an empty
 * list has another array map than a full one, and meeting both made V8 drop and recompile
 * `analyzeForCompare` over and over (each article that named no one).
 */
function pushTop(m: Map<string, number>, n: number, keys: string[], underscore: boolean): void {
  if (m.size === 0 || n <= 0) return;
  // The first `n` of a stable sort by count, kept as the map is read (a report's lead has ~80
  // stems and 12 are kept: sorting them all, as pairs, was a hundredth of the analysis). A key
  // goes after every kept one counted as often or more, as a stable sort puts it; the ones
  // after it move down by hand (`splice` made an array of what it removed for every key kept).
  const top: string[] = [];
  const counts: number[] = [];
  for (const key of m.keys()) {
    const count = m.get(key)!;
    const len = top.length;
    if (len === n && counts[n - 1]! >= count) continue;
    let at = len;
    while (at > 0 && counts[at - 1]! < count) at--;
    // Full: the last one drops out; else the arrays grow by one.
    let j = len === n ? n - 1 : len;
    if (len < n) {
      top.push(key);
      counts.push(count);
    }
    for (; j > at; j--) {
      top[j] = top[j - 1]!;
      counts[j] = counts[j - 1]!;
    }
    top[at] = key;
    counts[at] = count;
  }
  for (const key of top) keys.push(underscore ? key.replace(/\s/g, '_') : key);
}

/**
 * For each offset, the index of the sentence holding it (`start <= at < end`), or -1. The
 * sentences of `articleSentences` come in text order, so a binary search finds it; spans out
 * of order (which it never makes) are searched one by one, first match, as before. A typed
 * array: one elements kind whether there are offsets or none.
 */
function sentencesAt(spans: { start: number; end: number }[], offsets: Int32Array): Int32Array {
  let ordered = true;
  for (let i = 0; i < spans.length && ordered; i++) ordered = spans[i]!.start < spans[i]!.end && (i === 0 || spans[i - 1]!.end <= spans[i]!.start);
  const out = new Int32Array(offsets.length);
  for (let k = 0; k < offsets.length; k++) {
    const at = offsets[k]!;
    out[k] = -1;
    if (!ordered) {
      out[k] = spans.findIndex((sp) => at >= sp.start && at < sp.end);
      continue;
    }
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = spans[mid]!;
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else {
        out[k] = mid;
        break;
      }
    }
  }
  return out;
}

/**
 * Analyses an article as the store holds it (`getCompareSource`): the same as
 * `analyzeForCompare` on its extraction and effective dates.
 */
export function analyzeCompareSource(row: CompareSourceRow): CompareAnalysis | null {
  const text = row.text;
  // The analysis reads a block's kind, region, offsets and text, never its data (a quote's
  // attribution, a caption's credit): every block is made in one shape, so the code reading
  // them sees one map (blocks with their data spread in had several, and V8 recompiled the
  // analysis each time it met another).
  const stored = JSON.parse(row.blocks) as StoredBlock[];
  const blocks: Block[] = [];
  for (const [kind, region, start, end, t] of stored) blocks.push({ kind, region, start, end, text: t ?? text.slice(start, end) });
  const dateMentions = row.dateMentions ? (JSON.parse(row.dateMentions) as DateMention[]) : [];
  return analyzeForCompare({ text, blocks, dateMentions, dateline: row.dateline }, { published: row.published, publishedSource: row.publishedSource, dateConflict: row.dateConflict });
}

type Block = Extraction['blocks'][number];
/** A block as `getCompareSource` gives it. */
type StoredBlock = [Block['kind'], Block['region'], number, number, string | null, Partial<Block> | null];
