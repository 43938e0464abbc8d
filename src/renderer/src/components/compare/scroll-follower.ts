import type { ArticleId } from '../../../../shared/api';
import { follow, type Landmark } from '../../lib/scroll-sync';

/** Where a column is read: this far down its visible height (the same line `choose` scrolls partners to). */
export const READING_LINE = 1 / 3;

/** What the follower needs of the compare view. */
export interface FollowerHost {
  /** The scrolling element of each column, by report. */
  columns(): ReadonlyMap<ArticleId, HTMLElement>;
  /** The pairs to steer by, `[leader sentence, follower sentence]`, going forward in both (`syncPath`). */
  aligned(leader: ArticleId, follower: ArticleId): readonly [number, number][];
  /** Whether "Sync scrolling" is on. */
  enabled(): boolean;
}

/** Content-pixel top of each sentence element (`data-sentence`) of a column, by sentence index. */
function sentenceTops(scroller: HTMLElement): number[] {
  const base = scroller.getBoundingClientRect().top - scroller.scrollTop;
  const tops: number[] = [];
  for (const el of scroller.querySelectorAll<HTMLElement>('[data-sentence]')) {
    tops[Number(el.dataset.sentence)] = el.getBoundingClientRect().top - base;
  }
  return tops;
}

/**
 * Scroll sync between compare columns. The column a person acts on (wheel, pointer, key,
 * touch) leads; when it scrolls, once per animation frame, every other column is set to the
 * passage aligned with what stands at the leader's reading line. Only the leader's scroll
 * events count, so the followers' own scroll events (caused here) never echo back.
 */
export class ScrollFollower {
  #host: FollowerHost;
  #leader: ArticleId | null = null;
  #frame = 0;

  constructor(host: FollowerHost) {
    this.#host = host;
  }

  /** A person acts on this column: its scrolling leads from now on. */
  lead(id: ArticleId): void {
    this.#leader = id;
  }

  /** A column scrolled. If it leads (and sync is on), the others follow on the next frame. */
  scrolled(id: ArticleId): void {
    if (id === this.#leader) this.sync();
  }

  /** The others follow the leader on the next frame (one frame per burst of scroll events). */
  sync(): void {
    if (!this.#leader || !this.#host.enabled() || this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#follow();
    });
  }

  stop(): void {
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#leader = null;
  }

  #follow(): void {
    const leaderId = this.#leader;
    const columns = this.#host.columns();
    const leader = leaderId ? columns.get(leaderId) : undefined;
    if (!leaderId || !leader || !this.#host.enabled()) return;
    const leaderTops = sentenceTops(leader);
    const y = leader.scrollTop + leader.clientHeight * READING_LINE;
    for (const [id, column] of columns) {
      if (id === leaderId) continue;
      const tops = sentenceTops(column);
      const landmarks: Landmark[] = [];
      for (const [a, b] of this.#host.aligned(leaderId, id)) {
        const ya = leaderTops[a];
        const yb = tops[b];
        if (ya !== undefined && yb !== undefined) landmarks.push({ a: ya, b: yb });
      }
      const target = follow(landmarks, y);
      if (target === null) continue;
      const max = column.scrollHeight - column.clientHeight;
      column.scrollTop = Math.max(0, Math.min(max, Math.round(target - column.clientHeight * READING_LINE)));
    }
  }
}
