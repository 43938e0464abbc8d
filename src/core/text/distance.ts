/**
 * Levenshtein distance (insertions, deletions and substitutions of UTF-16 code units each
 * cost 1), two rows at a time. With `max`, it stops as soon as every cell of a row exceeds
 * `max` and returns `max + 1`: spelling tests only ask "within k?", and most pairs are far apart.
 *
 * ```ts
 * editDistance('Dmitrijew', 'Dmitriew')  // 1
 * editDistance('Witkoff', 'Kellogg', 2)  // 3 (= max + 1: farther than 2)
 * ```
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
