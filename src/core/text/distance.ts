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

/** `swapEditDistance`'s rows, grown to the longest word asked. */
let rows = new Int32Array(3 * 64);

/**
 * `editDistance` that also counts two neighbours swapped as one edit (optimal string alignment:
 * a typed word's slips, `kaolition` / `koalition` 1, where Levenshtein says 2), or `max + 1` as
 * soon as it must exceed `max`.
 */
export function swapEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = a.length;
  const n = b.length;
  // Three rows turn in one buffer kept between calls: the word speller asks thousands of pairs a
  // search, and three arrays made for each were a tenth of its time.
  if (rows.length < 3 * (n + 1)) rows = new Int32Array(6 * (n + 1));
  const w = n + 1;
  let prev2 = 0;
  let prev = w;
  let cur = 2 * w;
  for (let j = 0; j <= n; j++) rows[prev + j] = j;
  for (let i = 1; i <= m; i++) {
    rows[cur] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    const ai1 = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && ai1 === bj) v = Math.min(v, rows[prev2 + j - 2]! + 1);
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(rows[prev + n]!, max + 1);
}
