import type { ParallaxApi } from '../../../../shared/api';
import type { Article, ArticleId } from '../../../../shared/api';
import { bodySpans, headerSpans, toBodyNodes } from '../article-view';
import { findAll, rangesWithin, type Range } from '../highlight';

/** How the reader shows an article: the typed blocks, or the imported text with margin labels. */
export type ReaderMode = 'reader' | 'original';

/**
 * The article open in the reader, how it is shown, and what is highlighted in it: the hits
 * of the search it was opened from, or the matches of find-in-article while that bar is open.
 * `current` is the highlighted range the person is at ("3 of 12").
 */
export class ReaderState {
  article = $state.raw<Article | null>(null);
  openId = $state<ArticleId | null>(null);
  isLoading = $state(false);
  mode = $state<ReaderMode>('reader');

  /** The search query whose hits are painted, and the hits (offsets into `article.text`). */
  hitQuery = $state<string | null>(null);
  hitRanges = $state.raw<Range[]>([]);
  findOpen = $state(false);
  findText = $state('');
  /** Index into `visibleRanges` of the hit or match the person is at. */
  current = $state(0);
  /** Bumped to ask the find bar's field to take focus (Ctrl/Cmd+F again while it is open). */
  findFocusRequest = $state(0);
  /** Bumped on next/previous so the view scrolls even when `current` stays (a single hit). */
  jumpRequest = $state(0);

  bodyNodes = $derived(this.article ? toBodyNodes(this.article.blocks) : []);
  findRanges = $derived(this.article && this.findOpen ? findAll(this.article.text, this.findText) : []);
  /** What is highlighted: find matches while the find bar has text, else the search hits. */
  activeRanges = $derived(this.findOpen && this.findText.trim() ? this.findRanges : this.hitRanges);
  /** The highlighted ranges that are on screen in the current mode (the body, or everything). */
  /** The title, kicker and dek the header shows with their hits marked. */
  headerSpans = $derived(this.article ? headerSpans(this.article) : []);
  visibleRanges = $derived(
    this.mode === 'original' ? this.activeRanges : rangesWithin(this.activeRanges, [...this.headerSpans.map((s): [number, number] => [s.start, s.end]), ...bodySpans(this.bodyNodes)]),
  );
  hiddenCount = $derived(this.activeRanges.length - this.visibleRanges.length);

  #api: Pick<ParallaxApi, 'getArticle' | 'getArticleHits'> & Partial<Pick<ParallaxApi, 'correctExtraction'>>;

  constructor(api: Pick<ParallaxApi, 'getArticle' | 'getArticleHits'> & Partial<Pick<ParallaxApi, 'correctExtraction'>>) {
    this.#api = api;
  }

  /** Marks a line of the open article as where it starts or ends, or as its headline (the article keeps the mark), and shows it extracted again. */
  async correct(mark: 'start' | 'end' | 'headline', offset: number): Promise<void> {
    if (this.openId && this.#api.correctExtraction) this.replace(await this.#api.correctExtraction(this.openId, { [mark]: offset }));
  }

  /**
   * Loads and shows an article, with the hits of `q` highlighted when given; `alongside`
   * resolves to a function that shows what was fetched with it (called just before). If another `open`
   * starts before this one answers, the older answer is dropped. Rejects with the API's error
   * (e.g. `NOT_FOUND`); the previous article stays on screen then, and is the open one again
   * (the list marks it, a reload after a library change reloads it, not the one that failed).
   */
  async open(id: ArticleId, q: string | null = null, alongside: Promise<() => void> | null = null, ranges: { ranges: Range[]; label: string } | null = null): Promise<void> {
    this.openId = id;
    this.isLoading = true;
    try {
      const [article, hits, commit] = await Promise.all([
        this.#api.getArticle(id),
        q ? this.#api.getArticleHits(id, q).catch(() => ({ ranges: [] as [number, number][] })) : null,
        alongside,
      ]);
      if (this.openId !== id) return;
      const isNew = this.article?.id !== id;
      // What was loaded alongside (the annotations) lands in the same update as the article,
      // so the text is painted once, with its highlights.
      commit?.();
      this.article = article;
      this.hitQuery = ranges ? ranges.label : q;
      this.hitRanges = ranges?.ranges ?? hits?.ranges ?? [];
      if (isNew || ranges) this.findText = '';
      if (ranges) this.findOpen = false;
      this.current = 0;
      if (this.visibleRanges.length > 0) this.jumpRequest++;
    } catch (e) {
      if (this.openId === id) {
        this.openId = this.article?.id ?? null;
        this.isLoading = false;
      }
      throw e;
    } finally {
      if (this.openId === id) this.isLoading = false;
    }
  }

  /** Loads the open article again (after an edit or re-extraction elsewhere), keeping the view. */
  async reload(): Promise<void> {
    const id = this.openId;
    if (!id) return;
    const article = await this.#api.getArticle(id);
    if (this.openId === id) this.article = article;
  }

  /** Shows an article the API returned (e.g. after an edit) if it is the open one. */
  replace(article: Article): void {
    if (article.id === this.openId) this.article = article;
  }

  /** Changes fields of the open article in place (reading state) without a round trip. */
  patch(id: ArticleId, change: Partial<Article>): void {
    if (this.article && this.article.id === id) this.article = { ...this.article, ...change };
  }

  /** Closes the reader (e.g. when the open article left the library). */
  close(): void {
    this.openId = null;
    this.article = null;
    this.hitRanges = [];
    this.hitQuery = null;
  }

  toggleMode(): void {
    this.mode = this.mode === 'reader' ? 'original' : 'reader';
    this.current = Math.min(this.current, Math.max(0, this.visibleRanges.length - 1));
  }

  /** Moves to the next (`1`) or previous (`-1`) highlighted range, wrapping around. */
  step(delta: 1 | -1): void {
    const n = this.visibleRanges.length;
    if (n === 0) return;
    this.current = (((this.current + delta) % n) + n) % n;
    this.jumpRequest++;
  }

  clearHits(): void {
    this.hitRanges = [];
    this.hitQuery = null;
    this.current = 0;
  }

  openFind(): void {
    this.findOpen = true;
    this.findFocusRequest++;
  }

  setFindText(text: string): void {
    this.findText = text;
    this.current = 0;
    if (this.visibleRanges.length > 0) this.jumpRequest++;
  }

  closeFind(): void {
    this.findOpen = false;
    this.current = 0;
  }
}
