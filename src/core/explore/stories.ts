/**
 * Stories: reports grouped by what they cover and when. Each report has story keys (the
 * entities it names most, a person by the skeleton of the surname so every spelling is one
 * key, and its most frequent content stems; see `index-analysis.ts`). Two reports are alike by
 * the cosine of their keys weighted by rarity (a shared name counts `NAME_WEIGHT` times a shared
 * word). They link when they are alike by `LINK_MIN` and dated at most `MAX_DAYS` apart, or by
 * `UNDATED_MIN` when one has no date; stories are the connected groups of links (union–find).
 * A report left alone then joins the story it is most alike to on average, by `JOIN_MIN`.
 * Only keys held by at most `MAX_DF` reports take part, so a 10,000-report library costs a
 * few postings per key, not every pair.
 *
 * The label is the title of the story's most central report (the one most alike to the
 * others): a headline in the reports' own words.
 */
import type { ArticleId, Story } from '../../shared/api';
import { dayNumber } from '../ingest/dates/calendar';

/**
 * Likeness that links two dated reports. Calibrated on the dev set of `eval/compare`: reports
 * of one event mostly score 0.15–0.55, reports of different events up to 0.13.
 */
export const LINK_MIN = 0.15;
/** … when one of them has no date (nothing else rules out two events far apart). */
export const UNDATED_MIN = 0.2;
/** Average likeness to a story's reports for a report left alone to join it. */
export const JOIN_MIN = 0.12;
/** Reports further apart than this are different stories. */
export const MAX_DAYS = 21;
/** Keys held by more reports than this are too common to link by. */
export const MAX_DF = 200;

/** One report's story facts. */
export interface StoryDoc {
  articleId: ArticleId;
  date: string | null;
  keys: string;
  /** Its title, for the story's label. */
  title?: string;
}

/** Shows a story key to a person: `@prigosin` → `Jewgeni Prigoschin`; null to leave it out. */
export type KeyDisplay = (key: string) => string | null;

function day(date: string | null): number | null {
  if (!date) return null;
  return dayNumber(date.length >= 10 ? date.slice(0, 10) : date.length === 7 ? `${date}-15` : `${date.slice(0, 4)}-07-01`);
}

/** Extra weight of a shared name over a shared word: who a report is about says more. */
const NAME_WEIGHT = 1.5;

/** Groups reports into stories of two or more, largest first. `display` words the name keys. */
export function buildStories(docs: StoryDoc[], display: KeyDisplay = () => null): Story[] {
  const keys = docs.map((d) => [...new Set(d.keys.split(' ').filter(Boolean).map((k) => k.toLowerCase()))]);
  const df = new Map<string, number>();
  for (const ks of keys) for (const k of ks) df.set(k, (df.get(k) ?? 0) + 1);
  const n = docs.length || 1;
  const idf = (k: string) => Math.log(1 + n / (df.get(k) ?? 1)) * (k.startsWith('@') ? NAME_WEIGHT : 1);
  const total = keys.map((ks) => ks.reduce((s, k) => s + idf(k) ** 2, 0));
  const postings = new Map<string, number[]>();
  keys.forEach((ks, i) => {
    for (const k of ks) {
      if ((df.get(k) ?? 0) > MAX_DF) continue;
      if (!postings.has(k)) postings.set(k, []);
      postings.get(k)!.push(i);
    }
  });
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const days = docs.map((d) => day(d.date));
  const apart = (i: number, j: number) => days[i] !== null && days[j] !== null && Math.abs(days[i]! - days[j]!) > MAX_DAYS;
  // Per report its keys' postings and squared weights, worked out once; likeness is summed in
  // one reusable array (a sparse accumulator), not a map per report.
  const w2 = new Map<string, number>();
  for (const k of df.keys()) w2.set(k, idf(k) ** 2);
  const docKeys = keys.map((ks) => ks.map((k) => ({ post: postings.get(k), w: w2.get(k)! })));
  const acc = new Float64Array(docs.length);
  const touched: number[] = [];
  /** Calls `visit` with each report `i` shares a key with (only those after `after`) and their likeness. */
  const eachAlike = (i: number, visit: (j: number, score: number) => void, after = -1) => {
    for (const { post, w } of docKeys[i]!) {
      if (!post) continue;
      for (const j of post) {
        if (j <= after || j === i) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j]! += w;
      }
    }
    for (const j of touched) {
      const shared = acc[j]!;
      acc[j] = 0;
      if (!apart(i, j)) visit(j, shared / (Math.sqrt(total[i]! * total[j]!) || 1));
    }
    touched.length = 0;
  };
  for (let i = 0; i < docs.length; i++) {
    eachAlike(i, (j, score) => {
      if (score >= (days[i] !== null && days[j] !== null ? LINK_MIN : UNDATED_MIN)) parent[find(i)] = find(j);
    }, i);
  }
  const groupsOf = () => {
    const groups = new Map<number, number[]>();
    docs.forEach((_, i) => {
      const r = find(i);
      if (!groups.has(r)) groups.set(r, []);
      groups.get(r)!.push(i);
    });
    return groups;
  };
  // A report left alone joins the story it is most alike to on average (a single strong link
  // was missing, not the likeness).
  const before = groupsOf();
  for (const [, members] of before) {
    if (members.length !== 1) continue;
    const i = members[0]!;
    const sums = new Map<number, number>();
    eachAlike(i, (j, score) => sums.set(find(j), (sums.get(find(j)) ?? 0) + score));
    let best = -1, bestScore = 0;
    for (const [root, sum] of sums) {
      const size = before.get(root)?.length ?? 0;
      if (size < 2 || before.get(root)!.some((j) => apart(i, j))) continue;
      const mean = sum / size;
      if (mean > bestScore) [best, bestScore] = [root, mean];
    }
    if (best >= 0 && bestScore >= JOIN_MIN) parent[i] = best;
  }
  const stories: Story[] = [];
  for (const members of groupsOf().values()) {
    if (members.length < 2) continue;
    const count = new Map<string, number>();
    for (const i of members) for (const k of keys[i]!) count.set(k, (count.get(k) ?? 0) + 1);
    const shared = [...count].filter(([, c]) => c > 1).sort((a, b) => b[1] - a[1] || idf(b[0]) - idf(a[0]));
    const names = [...new Set(shared.filter(([k]) => k.startsWith('@')).map(([k]) => display(k)).filter((x): x is string => !!x))];
    const dates = members.map((i) => docs[i]!.date).filter((d): d is string => !!d).sort();
    const ids = members.map((i) => docs[i]!.articleId).sort();
    // The most central of (at most the first 20) reports: the one most alike to the others.
    const sample = members.slice(0, CENTRAL_SAMPLE);
    const inSample = new Set(sample);
    let central = sample[0]!, bestSum = -1;
    for (const i of sample) {
      let sum = 0;
      eachAlike(i, (j, score) => {
        if (inSample.has(j)) sum += score;
      });
      if (sum > bestSum) [central, bestSum] = [i, sum];
    }
    const title = docs[central]!.title?.trim();
    stories.push({
      id: `story:${ids[0]}`,
      label: title ? shorten(title) : names.slice(0, 4).join(' · '),
      articleIds: ids,
      from: dates[0] ?? null,
      to: dates[dates.length - 1] ?? null,
      keywords: names.slice(0, 8),
    });
  }
  return stories.sort((a, b) => b.articleIds.length - a.articleIds.length || ((b.to ?? '') < (a.to ?? '') ? -1 : 1));
}

/** Reports a story's label is chosen among. */
const CENTRAL_SAMPLE = 20;

/** Characters of a label; a longer title is cut at a word and marked. */
const LABEL_MAX = 90;

function shorten(title: string): string {
  if (title.length <= LABEL_MAX) return title;
  const cut = title.slice(0, LABEL_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), LABEL_MAX / 2))}…`;
}
