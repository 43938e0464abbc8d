/**
 * Stories: reports grouped by what they cover and when. Each report has story keys (the
 * entities it names most, a person by the consonants of the surname's skeleton so every
 * spelling is one key, and its most frequent content stems; see `analysis/story-keys.ts`). Two
 * reports are alike by the cosine of their keys weighted by rarity (a shared person counts
 * `NAME_WEIGHT` times a shared word; a place or organisation, `@=…`, as a word: every story
 * about a country names it). They link when they are alike by `LINK_MIN` and dated at most `MAX_DAYS` apart, or by
 * `UNDATED_MIN` when one has no date; stories are the connected groups of links (union–find).
 * A report left alone, then a story of two, joins the story it is most alike to on average,
 * by `JOIN_MIN`, over the keys some other report holds too, when it shares `JOIN_KEYS` of them.
 * Only keys held by at most `MAX_DF` reports take part, so a 10,000-report library costs a
 * few postings per key, not every pair.
 *
 * The label is the title of the story's most central report (the one most alike to the
 * others): a headline in the reports' own words — among the reports with a stated headline of a
 * few words when there are any (a title made from a lead, or a dateline taken for one, `Berlin.`,
 * names no story).
 */
import type { ArticleId, Story } from '../../shared/api';
import { dayRange, daysApart } from './story-days';
import { isHeadline, storyLabel } from './label-text';
import { sharedWithMembers, storyKeys, type KeyDisplay, type StoryDoc } from './story-shared';
import { firstAtLeast } from './sorted-search';
import { LinkList } from './story-links';
import { StoryUnion } from './story-union';
import { StoryKeyLists } from './story-key-lists';
import { partOf, runAtOnce, sliceLoop, slicePart, type Slices } from '../derived/slices';
import { BUILD_ENDS, JOIN_KEYS, JOIN_MIN, LINK_MIN, MAX_DAYS, MAX_DF, NAME_WEIGHT, UNDATED_MIN } from './story-params';

export { LINK_MIN, UNDATED_MIN, JOIN_MIN, JOIN_KEYS, MAX_DAYS, MAX_DF } from './story-params';
export type { StoryDoc, KeyDisplay } from './story-shared';

/** Groups reports into stories of two or more, largest first. `display` words the name keys. */
export function buildStories(docs: StoryDoc[], display: KeyDisplay = () => null): Story[] {
  return new StoryIndex(docs).stories(display);
}

/**
 * The stories of a library, kept current as reports are added: `add` links a new report to
 * the reports it is alike to and joins their stories, without regrouping the others. Rarity is
 * that of the library when the index was built, plus the new reports' keys: a few added
 * reports barely move it, and the caller builds afresh after many (`views.ts`).
 */
export class StoryIndex {
  private readonly docs: StoryDoc[] = [];
  /** Per key id (`StoryKeyLists`): its reports, weight (set once) and postings (ascending, none past `MAX_DF`). */
  private readonly lists = new StoryKeyLists();
  private readonly df: number[] = [];
  private readonly w2: number[] = [];
  private readonly postings: (number[] | undefined)[] = [];
  /** Each report's first and last possible day (null: undated). */
  private readonly days: ([number, number] | null)[] = [];
  private readonly uf = new StoryUnion();
  private readonly total: number[] = [];
  /** `sharedWeight` of the reports asked, cleared when reports are added (rarity moves). */
  private readonly shared = new Map<number, number>();
  private acc = new Float64Array(0);
  /** The reports `acc` holds a sum for, in the order first met (as long as `acc`: each at most once). */
  private touched = new Int32Array(0);
  /** Each story's central report, by its members (recomputed only when they change). */
  private readonly labels = new Map<string, number>();
  /** What each story is made of, by its members. */
  private readonly made = new Map<string, { counts: [number, number][]; title: string | undefined; ids: ArticleId[]; from: string | null; to: string | null }>();
  /** How many reports the index was built from (rarity's `n`). */
  builtFrom = 0;
  /** Reports taken out (`remove`): their places stay, in no story and no postings. */
  private readonly gone = new Set<number>();

  /** `later`: built by `StoryIndex.building`, in slices. */
  constructor(docs: StoryDoc[], later?: 'later') {
    if (!later) runAtOnce(this.build(docs));
  }

  /** A first build in slices (`derived/slices.ts`): seconds at 100k reports. */
  static *building(docs: StoryDoc[]): Slices<StoryIndex> {
    const index = new StoryIndex(docs, 'later');
    yield* index.build(docs);
    return index;
  }

  private *build(docs: StoryDoc[]): Slices<void> {
    const lists: number[][] = [];
    yield* partOf(0, BUILD_ENDS[0], sliceLoop(0, docs.length, 256, (i) => lists.push(storyKeys(docs[i]!.keys).map((k) => this.lists.idOf(k, () => this.df.push(0))))));
    this.lists.reserve(docs.length, lists.reduce((s, ks) => s + ks.length, 0));
    lists.forEach((ks, i) => this.lists.set(i, ks));
    for (const ks of lists) for (const k of ks) this.df[k]!++;
    this.builtFrom = docs.length;
    this.docs.push(...docs);
    lists.forEach((ks, i) => {
      for (const k of ks) if (this.df[k]! <= MAX_DF) this.post(k, i);
    });
    for (let k = 0; k < this.lists.names.length; k++) this.w2[k] = this.idf(k) ** 2;
    docs.forEach((d, i) => this.place(d, i));
    this.acc = new Float64Array(docs.length);
    this.touched = new Int32Array(docs.length);
    const undated = new LinkList();
    yield* partOf(BUILD_ENDS[0], BUILD_ENDS[1], sliceLoop(0, docs.length, 16, (i) => this.link(i, undated, i)));
    yield* partOf(BUILD_ENDS[1], BUILD_ENDS[2], this.linkUndated(undated));
    yield* partOf(BUILD_ENDS[2], 1, this.joinLeft());
  }

  /** Adds reports (new to the index): each links to the reports it is alike to, or joins the story it is most alike to. */
  add(docs: StoryDoc[]): void {
    this.shared.clear();
    const fresh: number[] = [];
    // A report back from the trash takes the place it had (`remove` kept it), as a first build gives it.
    const places = new Map([...this.gone].map((g) => [this.docs[g]!.articleId, g]));
    docs.forEach((d) => {
      const at = places.get(d.articleId), back = at !== undefined && this.docs[at]!.keys === d.keys ? at : undefined, i = back ?? this.docs.length;
      const ks = back !== undefined ? [...this.lists.of(i)] : storyKeys(d.keys).map((k) => this.lists.idOf(k, () => this.df.push(0)));
      if (back === undefined) this.docs.push(d), this.lists.set(i, ks);
      else this.docs[i] = d, this.gone.delete(i);
      for (const k of ks) {
        this.df[k]!++;
        if (this.w2[k] === undefined) this.w2[k] = this.idf(k) ** 2;
        if (this.df[k]! <= MAX_DF) this.post(k, i);
      }
      this.place(d, i);
      fresh.push(i);
    });
    if (this.acc.length < this.docs.length) {
      const grown = new Float64Array(Math.max(this.docs.length, Math.ceil(this.acc.length * 1.25)));
      grown.set(this.acc);
      this.acc = grown;
      this.touched = new Int32Array(grown.length);
    }
    const undated = new LinkList();
    for (const i of fresh) this.link(i, undated);
    runAtOnce(this.linkUndated(undated));
    runAtOnce(this.joinLeft(fresh));
  }

  /** The reports (of `among`, else all) left alone, then those in stories of two, join larger stories (`joinStory`). */
  private *joinLeft(among?: readonly number[]): Slices<void> {
    const before = this.groups();
    const at = (q: number) => (among ? among[q]! : q), end = among ? among.length : this.docs.length;
    yield* sliceLoop(0, end, 64, (q) => before.get(this.uf.find(at(q)))?.length === 1 && this.joinStory([at(q)], before));
    const after = this.groups();
    const pairs = new Set<number[]>();
    for (let q = 0; q < end; q++) {
      const members = after.get(this.uf.find(at(q)));
      if (members?.length === 2) pairs.add(members);
    }
    for (const members of pairs) {
      this.joinStory(members, after);
      yield;
    }
  }

  /**
   * Takes reports out (the trash). The other reports of their stories are linked again among
   * themselves and to the library, as a first build links them (a story may have held together
   * through a report that went), then left alone ones join larger stories; rarity stays as built.
   */
  remove(ids: ReadonlySet<string>): void {
    const gone: number[] = [];
    this.docs.forEach((d, i) => ids.has(d.articleId) && !this.gone.has(i) && gone.push(i));
    if (gone.length === 0) return;
    const groups = this.groups();
    const left = [...new Set(gone.flatMap((i) => groups.get(this.uf.find(i))!))].filter((i) => !ids.has(this.docs[i]!.articleId)).sort((a, b) => a - b);
    this.shared.clear();
    for (const i of gone) this.gone.add(i);
    for (const i of gone) for (const k of this.lists.of(i)) this.df[k]!--, this.postings[k]?.splice(this.postings[k]!.indexOf(i) >>> 0, 1);
    for (const i of [...gone, ...left]) this.place(this.docs[i]!, i);
    const undated = new LinkList();
    for (const i of left) this.link(i, undated);
    runAtOnce(this.linkUndated(undated));
    runAtOnce(this.joinLeft(left));
  }

  /** The stories of two or more reports, largest first. */
  stories(display: KeyDisplay = () => null): Story[] {
    return runAtOnce(this.listing(display));
  }

  /** `stories` in slices (`derived/slices.ts`). */
  *listing(display: KeyDisplay = () => null): Slices<Story[]> {
    const stories: Story[] = [];
    const groups = this.groups();
    if (this.made.size > 2 * groups.size) this.made.clear();
    for (const [at, members] of [...groups.values()].entries()) {
      if (members.length < 2) continue;
      yield slicePart(at, groups.size);
      // A story whose reports are as they were keeps what was made of it (a new report changes one
      // or two) but its names, ranked again: rarity and the names' wording move with the library.
      const sig = `${members[0]}:${members.length}:${members[members.length - 1]}`;
      let made = this.made.get(sig);
      if (!made) {
        // Only the name keys are worded, so only they are counted and ranked (the same order as
        // ranking every key and keeping the names: the sort is stable and compares two keys alone).
        // Read in the order of their ids, as a first build places them (a report added since is placed last).
        const byId = [...members].sort((a, b) => (this.docs[a]!.articleId < this.docs[b]!.articleId ? -1 : 1));
        const count = new Map<number, number>();
        for (const i of byId) for (const k of this.lists.of(i)) if (this.lists.names[k]!.charCodeAt(0) === 64) count.set(k, (count.get(k) ?? 0) + 1);
        const dates = members.map((i) => this.docs[i]!.date).filter((d): d is string => !!d).sort();
        const ids = members.map((i) => this.docs[i]!.articleId).sort();
        const title = this.docs[this.central(byId)]!.title?.trim();
        made = { counts: [...count].filter(([, c]) => c > 1), title, ids, from: dates[0] ?? null, to: dates[dates.length - 1] ?? null };
        this.made.set(sig, made);
      }
      const shared = [...made.counts].sort((a, b) => b[1] - a[1] || this.idf(b[0]) - this.idf(a[0]));
      const names = [...new Set(shared.map(([k]) => display(this.lists.names[k]!)).filter((x): x is string => !!x))];
      const { title, ids } = made;
      stories.push({ id: `story:${ids[0]}`, label: title ? storyLabel(title) : names.slice(0, 4).join(' · '), articleIds: ids, from: made.from, to: made.to, keywords: names.slice(0, 8) });
    }
    // In the order of their first reports, as a first build lists them (a report added since has a later place).
    stories.sort((a, b) => (a.id < b.id ? -1 : 1));
    return stories.sort((a, b) => b.articleIds.length - a.articleIds.length || ((b.to ?? '') < (a.to ?? '') ? -1 : 1));
  }

  private idf(id: number): number {
    const k = this.lists.names[id]!;
    return Math.log(1 + (this.docs.length - this.gone.size || 1) / (this.df[id] || 1)) * (k.startsWith('@') && k[1] !== '=' ? NAME_WEIGHT : 1);
  }

  /** Files report `i` in a key's postings, which ascend (a report back from the trash goes back in its place). */
  private post(k: number, i: number): void {
    let p = this.postings[k];
    if (!p) this.postings[k] = p = [];
    if (p.length > 0 && p[p.length - 1]! > i) p.splice(firstAtLeast(p, i), 0, i);
    else p.push(i);
  }

  /** A report's place in the arrays (union–find, its day, its weight and keys' postings). */
  private place(d: StoryDoc, i: number): void {
    this.days[i] = dayRange(d.date);
    this.uf.reset(i, this.days[i]);
    this.total[i] = this.lists.of(i).reduce((s, k) => s + (this.w2[k] ?? this.idf(k) ** 2), 0);
  }

  /** Links report `i` to the dated reports alike enough; links with an undated side wait in `undated`. */
  private link(i: number, undated: LinkList, after = -1): void {
    this.eachAlike(i, (j, score) => {
      if (this.days[i] !== null && this.days[j] !== null) {
        if (score >= LINK_MIN) this.uf.union(i, j);
      } else if (score >= UNDATED_MIN) undated.push(i, j, score);
    }, after);
  }

  /**
   * Links with an undated side, strongest first, once the dated links are made: an undated
   * report says nothing of when, so it may not bridge two stories whose dated reports lie
   * further apart than `MAX_DAYS` (a report on Iran's Guards would chain a strike of one June
   * to a killing of the July before); it joins the one it is most alike to. Nor may one link
   * join two stories of several reports not alike on average (`JOIN_MIN`): a story with no dated
   * report has no span, and one pair naming Moscow joined a plane crash to a statesman's death.
   */
  private *linkUndated(links: LinkList): Slices<void> {
    if (links.length === 0) return;
    const members = this.groups();
    yield* links.strongestFirst((i, j) => {
      const ri = this.uf.find(i), rj = this.uf.find(j);
      if (ri === rj) return;
      if (this.uf.apart(ri, rj, MAX_DAYS)) return;
      const mi = members.get(ri)!, mj = members.get(rj)!;
      if (mi.length > 1 && mj.length > 1 && this.meanLikeness(mi, mj) < JOIN_MIN) return;
      this.uf.unionGroups(members, ri, rj);
    });
  }

  /** The mean likeness between (at most `CENTRAL_SAMPLE` of) the reports of two stories. */
  private meanLikeness(a: number[], b: number[]): number {
    const sa = a.slice(0, CENTRAL_SAMPLE), sb = b.slice(0, CENTRAL_SAMPLE).sort((x, y) => x - y);
    let sum = 0;
    for (const i of sa) sum += this.likenessAmong(i, sb);
    return sum / (sa.length * sb.length);
  }

  /**
   * Calls `visit` with each report `i` shares a key with (only those after `after`) and their
   * likeness, summed in one reusable array (a sparse accumulator), not a map per report.
   */
  private eachAlike(i: number, visit: (j: number, score: number) => void, after = -1): void {
    const acc = this.acc, touched = this.touched;
    let n = 0;
    const keys = this.lists.keys, postings = this.postings, w2 = this.w2;
    for (let q = this.lists.from[i]!, end = this.lists.from[i + 1]!; q < end; q++) {
      const post = postings[keys[q]!], w = w2[keys[q]!]!;
      if (!post) continue;
      // A key's postings ascend: those up to `after` (half of them, as the index is built) are skipped by a search.
      for (let p = after < 0 ? 0 : firstAtLeast(post, after + 1); p < post.length; p++) {
        const j = post[p]!;
        if (j === i) continue;
        if (acc[j] === 0) touched[n++] = j;
        acc[j]! += w;
      }
    }
    for (let t = 0; t < n; t++) {
      const j = touched[t]!;
      const shared = acc[j]!;
      acc[j] = 0;
      if (!daysApart(this.days[i]!, this.days[j]!, MAX_DAYS)) visit(j, shared / (Math.sqrt(this.total[i]! * this.total[j]!) || 1));
    }
  }

  private groups(): Map<number, number[]> {
    const groups = new Map<number, number[]>();
    for (let i = 0; i < this.docs.length; i++) {
      if (this.gone.size > 0 && this.gone.has(i)) continue;
      const r = this.uf.find(i);
      let g = groups.get(r);
      if (!g) groups.set(r, (g = []));
      g.push(i);
    }
    return groups;
  }

  /**
   * A report left alone, or a story of two, joins the larger story it is most alike to on average
   * (a strong link was missing, not the likeness), over the keys some other report holds too: a
   * reaction lead names people no other report names, keys that link to nothing; two such
   * reports name the same ones, link to each other and to no single report of the event, and
   * join as a pair. They must share enough: one famous name is no story.
   */
  private joinStory(members: number[], groups: Map<number, number[]>): void {
    const root = this.uf.find(members[0]!);
    const sums = new Map<number, number>();
    for (const i of members) {
      const own = this.sharedWeight(i);
      this.eachAlike(i, (j, score) => {
        const r = this.uf.find(j);
        if (r === root) return;
        const raw = score * Math.sqrt(this.total[i]! * this.total[j]!);
        sums.set(r, (sums.get(r) ?? 0) + raw / (Math.sqrt(own * this.sharedWeight(j)) || 1));
      });
    }
    // Distinct keys shared with each story, counted once per key however many members hold it.
    const keysShared = new Map<number, number>(), lastKey = new Map<number, number>();
    for (const i of members) {
      for (const k of this.lists.of(i)) {
        for (const j of this.postings[k] ?? []) {
          const r = this.uf.find(j);
          if (r === root || lastKey.get(r) === k) continue;
          lastKey.set(r, k);
          keysShared.set(r, (keysShared.get(r) ?? 0) + 1);
        }
      }
    }
    let best = -1, bestScore = 0;
    for (const [r, sum] of sums) {
      const other = groups.get(r);
      if (!other || other.length <= members.length || (keysShared.get(r) ?? 0) < JOIN_KEYS) continue;
      if (members.some((i) => other.some((j) => daysApart(this.days[i]!, this.days[j]!, MAX_DAYS)))) continue;
      const mean = sum / (members.length * other.length);
      if (mean > bestScore) [best, bestScore] = [r, mean];
    }
    if (best < 0 || bestScore < JOIN_MIN) return;
    // The next report is measured against the grown story (a stale size made each join ease the next).
    this.uf.unionGroups(groups, root, best);
  }

  /** The weight of a report's keys that another report holds too (remembered until reports are added). */
  private sharedWeight(i: number): number {
    let w = this.shared.get(i);
    if (w === undefined) {
      w = 0;
      for (const k of this.lists.of(i)) if (this.df[k]! > 1) w += this.w2[k] ?? 0;
      this.shared.set(i, w);
    }
    return w;
  }

  /** The most central of (at most the first 20) members, among those with a stated headline if any: the one most alike to the others (of copies, whose sums differ only by the order they are added in, the first by id); remembered per member set. */
  private central(members: number[]): number {
    const sig = `${members[0]}:${members.length}:${members[members.length - 1]}`;
    const known = this.labels.get(sig);
    if (known !== undefined) return known;
    const sample = members.slice(0, CENTRAL_SAMPLE);
    const ordered = [...sample].sort((a, b) => a - b);
    let central = sample[0]!, bestSum = -1, headed = false;
    for (const i of sample) {
      const head = isHeadline(this.docs[i]!);
      if (headed && !head) continue;
      const sum = this.likenessAmong(i, ordered);
      if ((head && !headed) || sum > bestSum * (1 + 1e-9)) [central, bestSum, headed] = [i, sum, head];
    }
    this.labels.set(sig, central);
    return central;
  }

  /**
   * The sum of `eachAlike(i)`'s likenesses with the reports of `among` (ascending), added in
   * the order it visits them, found by looking them up in `i`'s postings instead of walking
   * every report `i` shares a key with: each story's label asks this of up to 20 members, and
   * the walk was a fifth of the stories' time at 10k reports.
   */
  private likenessAmong(i: number, among: number[]): number {
    const ks = [...this.lists.of(i)];
    const { order, acc } = sharedWithMembers(ks.map((k) => this.postings[k]), ks.map((k) => this.w2[k]!), among, i);
    let sum = 0;
    for (const q of order) {
      const j = among[q]!;
      if (!daysApart(this.days[i]!, this.days[j]!, MAX_DAYS)) sum += acc[q]! / (Math.sqrt(this.total[i]! * this.total[j]!) || 1);
    }
    return sum;
  }
}

/** Reports a story's label is chosen among. */
const CENTRAL_SAMPLE = 20;
