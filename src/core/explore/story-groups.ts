/**
 * The story index's groups of reports: a union–find over report numbers, with each group's
 * first and last dated day kept by its root (an undated report may not bridge two stories whose
 * dated reports lie too far apart, `stories.ts`).
 */
export class StoryGroups {
  private readonly parent: number[] = [];
  /** Each group's first and last dated day, by its root (no entry: no dated report). */
  readonly span = new Map<number, [number, number]>();

  /** Report `i` as a group of its own, dated `days` (null: undated). */
  place(i: number, days: [number, number] | null): void {
    this.parent[i] = i;
    if (days !== null) this.span.set(i, days);
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

  /** The members of each group of the first `n` reports, by root, in ascending order. */
  members(n: number): Map<number, number[]> {
    const groups = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const r = this.find(i);
      let g = groups.get(r);
      if (!g) groups.set(r, (g = []));
      g.push(i);
    }
    return groups;
  }

  /** Joins the groups of roots `a` and `b`, and `members` (by root, as `members` made it) with them. */
  unionMembers(members: Map<number, number[]>, a: number, b: number): void {
    const merged = members.get(a)!.concat(members.get(b)!);
    this.union(a, b);
    for (const r of [a, b]) members.delete(r);
    members.set(this.find(a), merged);
  }
}
