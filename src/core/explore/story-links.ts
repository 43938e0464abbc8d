/**
 * The story index's links with an undated side, held until the dated links are made. At 100,000
 * reports a first build makes ~4.3 million of them: as `[i, j, score]` arrays they were ~400 MB
 * of the library thread's heap at once (its peak RSS); here 16 bytes a link, ~70 MB.
 */

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
   * as the stable sort of the arrays gave them.
   */
  forEachStrongestFirst(visit: (from: number, to: number) => void): void {
    const score = this.#score;
    const order = new Uint32Array(this.#length);
    for (let k = 0; k < order.length; k++) order[k] = k;
    // Compared, not subtracted: a comparator's double result is boxed per call.
    order.sort((x, y) => (score[y]! > score[x]! ? 1 : score[y]! < score[x]! ? -1 : x - y));
    for (const k of order) visit(this.#from[k]!, this.#to[k]!);
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
