/**
 * The story index's inputs and what its parts share: a report's story facts, its keys as the
 * index holds them, and the weight it shares with a story's members.
 */
import type { ArticleId } from '../../shared/api';
import { firstAtLeast } from './sorted-search';

/** One report's story facts. */
export interface StoryDoc {
  articleId: ArticleId;
  date: string | null;
  keys: string;
  /** Its title, for the story's label. */
  title?: string;
  /** 1 when the title was made from the lead (no headline stated). */
  titleDerived?: number;
}

/** Shows a story key to a person: `@prigosin` → `Jewgeni Prigoschin`; null to leave it out. */
export type KeyDisplay = (key: string) => string | null;

/**
 * The weight report `self` shares with each report of `among` (ascending), by its place in
 * `among`, through its keys (`posts[k]`: the reports holding its k-th key, ascending, none past
 * the index's `MAX_DF`; `weights[k]`: that key's weight), and those places in the order a walk
 * of `self`'s keys' postings first reaches them (a key's postings ascend, as `among` does), which
 * a sum over them keeps. Each member is looked
 * up in a key's postings (thousands long) from where the last one was found, and a key whose
 * postings lie wholly before or after the members is not searched.
 */
export function sharedWithMembers(posts: readonly (readonly number[] | undefined)[], weights: readonly number[], among: readonly number[], self: number): { order: number[]; acc: Float64Array } {
  const n = among.length;
  const acc = new Float64Array(n);
  const order: number[] = [];
  if (n === 0) return { order, acc };
  const [low, high] = [among[0]!, among[n - 1]!];
  for (let k = 0; k < posts.length; k++) {
    const post = posts[k], w = weights[k]!;
    if (!post || post[0]! > high || post[post.length - 1]! < low) continue;
    let at = 0;
    for (let q = 0; q < n; q++) {
      const j = among[q]!;
      at = firstAtLeast(post, j, at);
      if (at === post.length) break;
      if (post[at] !== j || j === self) continue;
      // A key's weight is above 0, so a member not yet reached holds 0.
      if (acc[q] === 0) order.push(q);
      acc[q]! += w;
    }
  }
  return { order, acc };
}

/**
 * A report's story keys: its written keys lower-cased, each once, in the order first written
 * (what `[...new Set(keys.split(' ').filter(Boolean).map(lower))]` gives, without its four
 * arrays and set a report).
 */
export function storyKeys(keys: string): string[] {
  const out: string[] = [];
  for (const w of keys.split(' ')) {
    if (w === '') continue;
    const k = w.toLowerCase();
    if (!out.includes(k)) out.push(k);
  }
  return out;
}
