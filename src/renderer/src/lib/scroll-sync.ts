import type { AlignmentClass, ArticleId, Comparison } from '../../../shared/api';

/**
 * Scroll sync of the compare columns, as numbers: the column a person scrolls leads, and each
 * other column follows so that the passage aligned with what is at the leader's reading line
 * stands at its own. No DOM here (see components/compare/scroll-follower.ts).
 */

/** One pair of `syncPath` as positions: `a` in the leading column, `b` in the following one (content pixels, both going down). */
export interface Landmark {
  a: number;
  b: number;
}

const WEIGHT: Record<AlignmentClass, number> = { same: 3, paraphrase: 2, related: 1 };

/**
 * The aligned pairs scroll sync steers by, between the reports `leader` and `follower`, as
 * `[leader sentence, follower sentence]` in reading order: of all their pairs, the heaviest
 * chain that goes forward in both reports (same text weighs most, then paraphrase, then
 * related; the score breaks ties). Pairs that cross it (a paragraph one report moved, a lead
 * sentence many others relate to) are left out, so the follower never jumps back and forth
 * while the leader scrolls steadily on.
 */
export function syncPath(c: Comparison, leader: ArticleId, follower: ArticleId): [number, number][] {
  const pairs: { a: number; b: number; w: number }[] = [];
  for (const p of c.pairs) {
    const w = WEIGHT[p.class] + p.score;
    if (p.a.articleId === leader && p.b.articleId === follower) pairs.push({ a: p.a.sentence, b: p.b.sentence, w });
    else if (p.b.articleId === leader && p.a.articleId === follower) pairs.push({ a: p.b.sentence, b: p.a.sentence, w });
  }
  pairs.sort((x, y) => x.a - y.a || x.b - y.b);
  // Heaviest chain strictly increasing in both: best[i] ends at pair i (quadratic; a comparison has tens of pairs).
  const best = pairs.map((p) => p.w);
  const prev = pairs.map(() => -1);
  let end = -1;
  for (let i = 0; i < pairs.length; i++) {
    for (let j = 0; j < i; j++) {
      if (pairs[j]!.a < pairs[i]!.a && pairs[j]!.b < pairs[i]!.b && best[j]! + pairs[i]!.w > best[i]!) {
        best[i] = best[j]! + pairs[i]!.w;
        prev[i] = j;
      }
    }
    if (end < 0 || best[i]! > best[end]!) end = i;
  }
  const path: [number, number][] = [];
  for (let i = end; i >= 0; i = prev[i]!) path.push([pairs[i]!.a, pairs[i]!.b]);
  return path.reverse();
}

/**
 * Where the follower's reading line belongs when the leader's is at `y`: between two landmarks
 * proportionally, before the first or after the last at the same distance. Null without landmarks.
 */
export function follow(landmarks: readonly Landmark[], y: number): number | null {
  const first = landmarks[0];
  if (!first) return null;
  if (y < first.a) return first.b - (first.a - y);
  // The last landmark at or above y (binary search: landmarks are sorted by `a`); of several
  // on one line (sentences side by side), the last.
  let lo = 0;
  let hi = landmarks.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (landmarks[mid]!.a <= y) lo = mid;
    else hi = mid;
  }
  const from = landmarks[lo]!;
  const to = landmarks[lo + 1];
  if (!to) return from.b + (y - from.a);
  return from.b + ((y - from.a) / (to.a - from.a)) * (to.b - from.b);
}
