/**
 * The first index at or after `from` whose value in the ascending list `list` is at least `v`
 * (`list.length` if none). It gallops from `from` (1, 2, 4 … places ahead) and then halves, so
 * looking up a rising series of values costs little where they lie close together and a few
 * halvings where they lie far apart: a story's members in a key's postings (thousands long).
 */
export function firstAtLeast(list: readonly number[], v: number, from = 0): number {
  const n = list.length;
  if (from >= n || list[from]! >= v) return from;
  // list[lo] < v throughout; find hi with list[hi] >= v (or the end).
  let lo = from;
  let step = 1;
  let hi = lo + step;
  while (hi < n && list[hi]! < v) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > n) hi = n;
  // Now list[lo] < v and (hi === n or list[hi] >= v): halve the gap.
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < v) lo = mid;
    else hi = mid;
  }
  return hi;
}
