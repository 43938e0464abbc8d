/**
 * Stories: reports grouped by what they cover and when. Two reports belong to one story when
 * their story keys (most named entities, most frequent content stems; see `index-article.ts`)
 * overlap by `LINK_MIN` of the smaller side, weighted by rarity, and their dates lie within
 * `MAX_DAYS` of each other (undated reports need `UNDATED_MIN`). Stories are the connected
 * groups of such links (union–find). Only keys held by at most `MAX_DF` reports take part, so
 * a 10,000-report library costs a few postings per key, not every pair.
 */
import type { ArticleId, Story } from '../../shared/api';
import { dayNumber } from '../ingest/dates/calendar';

/** Weighted key overlap that links two reports. */
export const LINK_MIN = 0.35;
/** … when one of them has no date. */
export const UNDATED_MIN = 0.5;
/** Reports further apart than this are different stories. */
export const MAX_DAYS = 21;
/** Keys held by more reports than this are too common to link by. */
export const MAX_DF = 200;

/** One report's story facts. */
export interface StoryDoc {
  articleId: ArticleId;
  date: string | null;
  keys: string;
}

function day(date: string | null): number | null {
  if (!date) return null;
  return dayNumber(date.length >= 10 ? date.slice(0, 10) : date.length === 7 ? `${date}-15` : `${date.slice(0, 4)}-07-01`);
}

/** Groups reports into stories of two or more, largest first. */
export function buildStories(docs: StoryDoc[]): Story[] {
  const keys = docs.map((d) => [...new Set(d.keys.split(' ').filter(Boolean).map((k) => k.toLowerCase()))]);
  const df = new Map<string, number>();
  for (const ks of keys) for (const k of ks) df.set(k, (df.get(k) ?? 0) + 1);
  const n = docs.length || 1;
  const idf = (k: string) => Math.log(1 + n / (df.get(k) ?? 1));
  const total = keys.map((ks) => ks.reduce((s, k) => s + idf(k), 0));
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
  for (let i = 0; i < docs.length; i++) {
    const acc = new Map<number, number>();
    for (const k of keys[i]!) for (const j of postings.get(k) ?? []) if (j > i) acc.set(j, (acc.get(j) ?? 0) + idf(k));
    for (const [j, shared] of acc) {
      const score = shared / (Math.min(total[i]!, total[j]!) || 1);
      const a = days[i]!, b = days[j]!;
      const dated = a !== null && b !== null;
      if (dated && Math.abs(a - b) > MAX_DAYS) continue;
      if (score >= (dated ? LINK_MIN : UNDATED_MIN)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const r = find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(i);
  });
  const stories: Story[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const count = new Map<string, number>();
    for (const i of members) for (const k of keys[i]!) count.set(k, (count.get(k) ?? 0) + 1);
    const shared = [...count].filter(([, c]) => c > 1).sort((a, b) => b[1] - a[1] || idf(b[0]) - idf(a[0]));
    const display = (k: string) => {
      const raw = docs[members[0]!]!.keys.split(' ').find((x) => x.toLowerCase() === k) ?? k;
      return raw.replace(/^@/, '').replace(/_/g, ' ');
    };
    const dates = members.map((i) => docs[i]!.date).filter((d): d is string => !!d).sort();
    const ids = members.map((i) => docs[i]!.articleId).sort();
    const names = shared.filter(([k]) => k.startsWith('@')).map(([k]) => display(k));
    const stems = shared.filter(([k]) => !k.startsWith('@') && !names.some((x) => x.toLowerCase().startsWith(k))).map(([k]) => k);
    const keywords = [...names, ...stems].slice(0, 8);
    stories.push({ id: `story:${ids[0]}`, label: (names.length ? names : keywords).slice(0, 4).join(' · '), articleIds: ids, from: dates[0] ?? null, to: dates[dates.length - 1] ?? null, keywords });
  }
  return stories.sort((a, b) => b.articleIds.length - a.articleIds.length || ((b.to ?? '') < (a.to ?? '') ? -1 : 1));
}
