/**
 * The stories' union–find (`stories.ts`): each report's root, and each group's first and last
 * dated day by its root (no entry: no dated report), kept as groups join.
 */
export class StoryUnion {
  private readonly parent: number[] = [];
  private readonly span = new Map<number, [number, number]>();

  /** Report `i` as a group of its own, dated `days` (null: undated). */
  reset(i: number, days: [number, number] | null): void {
    this.parent[i] = i;
    if (days !== null) this.span.set(i, days);
    else this.span.delete(i);
  }

  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }

  union(i: number, j: number): void {
    const a = this.find(i), b = this.find(j);
    if (a === b) return;
    this.parent[a] = b;
    const ra = this.span.get(a);
    if (!ra) return;
    const rb = this.span.get(b);
    this.span.set(b, rb ? [Math.min(ra[0], rb[0]), Math.max(ra[1], rb[1])] : ra);
    this.span.delete(a);
  }

  /** Whether the dated reports of the groups of roots `a` and `b` lie more than `days` apart. */
  apart(a: number, b: number, days: number): boolean {
    const x = this.span.get(a), y = this.span.get(b);
    return !!x && !!y && (y[0] - x[1] > days || x[0] - y[1] > days);
  }

  /** Joins the groups of roots `a` and `b`, and `groups` (members by root) with them. */
  unionGroups(groups: Map<number, number[]>, a: number, b: number): void {
    const merged = groups.get(a)!.concat(groups.get(b)!);
    this.union(a, b);
    for (const r of [a, b]) groups.delete(r);
    groups.set(this.find(a), merged);
  }
}
