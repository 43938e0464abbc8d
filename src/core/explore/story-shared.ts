import { firstAtLeast } from './sorted-search';

/** A report's key as the story index holds it: the reports holding it (ascending), and its weight. */
export interface PostedKey {
  post: number[] | undefined;
  w: number;
}

/**
 * The weight report `self` shares with each report of `among` (ascending), by its place in
 * `among`, and those places in the order a walk of `self`'s keys' postings first reaches them
 * (a key's postings ascend, as `among` does), which a sum over them keeps. Each member is looked
 * up in a key's postings (thousands long) from where the last one was found, and a key whose
 * postings lie wholly before or after the members is not searched.
 */
export function sharedWithMembers(keys: readonly PostedKey[], among: readonly number[], self: number): { order: number[]; acc: Float64Array } {
  const n = among.length;
  const acc = new Float64Array(n);
  const order: number[] = [];
  if (n === 0) return { order, acc };
  const [low, high] = [among[0]!, among[n - 1]!];
  for (const { post, w } of keys) {
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
