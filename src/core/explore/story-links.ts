/**
 * The story index's links with an undated side, held until the dated links are made. At 100,000
 * reports a first build makes ~4.3 million of them: as `[i, j, score]` arrays they were ~400 MB
 * of the library thread's heap at once (its peak RSS); here 16 bytes a link, ~70 MB.
 */
import { sliceAt, slicePart, type Slices } from '../derived/slices';

const INITIAL = 1 << 12;
const GROWTH = 1.5;

export class LinkList {
  #from = new Int32Array(INITIAL);
  #to = new Int32Array(INITIAL);
  #score = new Float64Array(INITIAL);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  push(from: number, to: number, score: number): void {
    if (this.#length === this.#from.length) this.#grow();
    this.#from[this.#length] = from;
    this.#to[this.#length] = to;
    this.#score[this.#length++] = score;
  }

  /**
   * Visits each link, strongest first; links of equal likeness in the order they were pushed,
   * as the stable sort of the arrays gave them. A sliced build (`derived/slices.ts`): the order
   * is sorted a block at a time and the blocks merged (4.3 million links at 100k took one
   * blocking sort of seconds); the order is total, so any sort gives the same one.
   */
  *strongestFirst(visit: (from: number, to: number) => void): Slices<void> {
    const score = this.#score, n = this.#length;
    // Compared, not subtracted: a comparator's double result is boxed per call.
    const before = (x: number, y: number) => (score[y]! > score[x]! ? 1 : score[y]! < score[x]! ? -1 : x - y);
    let order = new Uint32Array(n);
    for (let k = 0; k < n; k++) order[k] = k;
    // For the bar: the sort is the first half, the visits (which join and weigh stories) the
    // second (at 100k reports, load 20–24: block sorts 2–7 s, merges 3–9 s, visits 8–10 s). In
    // the sort a link costs ~log2(SORT_BLOCK) comparisons in its block's sort, one in each merge.
    const perBlock = Math.log2(SORT_BLOCK);
    let passes = 0;
    for (let width = SORT_BLOCK; width < n; width *= 2) passes++;
    const sorted = (cost: number) => slicePart(cost, 2 * n * (perBlock + passes));
    for (let at = 0; at < n; at += SORT_BLOCK) {
      order.subarray(at, Math.min(n, at + SORT_BLOCK)).sort(before);
      sorted(perBlock * Math.min(n, at + SORT_BLOCK));
      yield;
    }
    let spare = new Uint32Array(n);
    for (let width = SORT_BLOCK, pass = 0; width < n; width *= 2, pass++) {
      for (let lo = 0; lo < n; lo += 2 * width) yield* merge(order, spare, lo, Math.min(n, lo + width), Math.min(n, lo + 2 * width), before, (k) => sorted(n * (perBlock + pass) + k));
      [order, spare] = [spare, order];
    }
    spare = new Uint32Array(0);
    for (let k = 0; k < n; k++) {
      visit(this.#from[order[k]!]!, this.#to[order[k]!]!);
      if (sliceAt(k, 1024)) {
        slicePart(n + k, 2 * n);
        yield;
      }
    }
  }

  #grow(): void {
    const n = Math.ceil(this.#from.length * GROWTH);
    const from = new Int32Array(n), to = new Int32Array(n), score = new Float64Array(n);
    from.set(this.#from);
    to.set(this.#to);
    score.set(this.#score);
    [this.#from, this.#to, this.#score] = [from, to, score];
  }
}

/** Links sorted at once before the blocks are merged: a few milliseconds of sorting. */
const SORT_BLOCK = 1 << 14;

/** Merges the sorted runs `[lo, mid)` and `[mid, hi)` of `src` into `dst`, yielding every few thousand (`at(k)` before each). */
function* merge(src: Uint32Array, dst: Uint32Array, lo: number, mid: number, hi: number, before: (x: number, y: number) => number, at: (k: number) => void): Slices<void> {
  let i = lo, j = mid;
  for (let k = lo; k < hi; k++) {
    dst[k] = j >= hi || (i < mid && before(src[i]!, src[j]!) <= 0) ? src[i++]! : src[j++]!;
    if (sliceAt(k, 4096)) {
      at(k);
      yield;
    }
  }
}
