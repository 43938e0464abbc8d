/**
 * The story index's keys as integer ids, and every report's key ids in one flat array. Per
 * report, its keys and their postings and weights were three arrays (~40 MB of the index's
 * ~95 MB kept at 100k); through an id, a report reads its keys' postings and weights from one
 * table per key (a key's weight is set once and its postings array never replaced).
 */

/** Growth of the flat arrays when reports are added. */
const GROWTH = 1.5;

export class StoryKeyLists {
  private readonly ids = new Map<string, number>();
  /** Each key by its id. */
  readonly names: string[] = [];
  /** Every report's key ids, one after another: report i's are `keys[from[i]..from[i + 1])`. */
  keys: Int32Array = new Int32Array(0);
  from: Int32Array = new Int32Array(1);

  /** Room for `reports` reports holding `keys` keys in all (a first build knows both). */
  reserve(reports: number, keys: number): void {
    this.keys = grow(this.keys, keys);
    this.from = grow(this.from, reports + 1);
  }

  /** A key's id; a new key is given the next, and `onNew` is told it. */
  idOf(k: string, onNew: () => void): number {
    let id = this.ids.get(k);
    if (id === undefined) {
      this.ids.set(k, (id = this.names.length));
      this.names.push(k);
      onNew();
    }
    return id;
  }

  /** Report i's key ids (a view on the flat array). */
  of(i: number): Int32Array {
    return this.keys.subarray(this.from[i]!, this.from[i + 1]!);
  }

  /** Report i's key ids, after those of the reports before it. */
  set(i: number, ks: readonly number[]): void {
    const at = this.from[i]!;
    if (at + ks.length > this.keys.length) this.keys = grow(this.keys, Math.max(at + ks.length, Math.ceil(this.keys.length * GROWTH)));
    if (i + 2 > this.from.length) this.from = grow(this.from, Math.max(i + 2, Math.ceil(this.from.length * GROWTH)));
    this.keys.set(ks, at);
    this.from[i + 1] = at + ks.length;
  }
}

function grow(a: Int32Array, length: number): Int32Array {
  if (length <= a.length) return a;
  const grown = new Int32Array(length);
  grown.set(a);
  return grown;
}
