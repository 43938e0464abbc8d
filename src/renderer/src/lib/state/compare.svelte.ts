import type { ParallaxApi } from '../../../../shared/api';
import type { Annotation, ArticleId, Comparison } from '../../../../shared/api';
import { toErrorData, type ApiErrorData } from '../../../../shared/errors';
import { defaultPair, partnersOf, wireKeys, type SentenceKey } from '../compare-view';
import { AnnotationsState, ColorChoice, type AnnotationApi, type DraftKeeper } from './annotations.svelte';

/** The name a saved comparison is offered under, in the UI language. */
export { comparisonFileName } from '../../../../shared/compare-legend';

/** A story some of whose reports are compared: its id and label, and how many reports it holds. */
export interface ComparedStory {
  id: string;
  label: string;
  total: number;
}

/** The part of the contract the comparison uses: the comparison itself and each column's annotations. */
export type CompareApi = Pick<ParallaxApi, 'compareArticles'> & AnnotationApi;

/**
 * The comparison on screen: which reports, what the API found, which sentence is pointed at
 * (hover or focus), which pair the differences panel explains, the "only differences" and
 * "sync scrolling" switches, and each column's annotations (highlighted and made there as in
 * the reader; Ctrl/Cmd+Z takes back the newest change in any column).
 */
export class CompareState {
  ids = $state.raw<ArticleId[]>([]);
  comparison = $state.raw<Comparison | null>(null);
  isLoading = $state(false);
  /**
   * The story the comparison was opened from when it holds more reports than the view (four):
   * the view says which part of it is shown and leads to the story's list to choose others.
   */
  story = $state.raw<ComparedStory | null>(null);
  /** The API's refusal (1 or 5+ reports, no body text), shown as one line. */
  error = $state.raw<ApiErrorData | null>(null);
  active = $state<SentenceKey | null>(null);
  pair = $state(-1);
  onlyDifferences = $state(false);
  /** Scrolling one column brings the others to the aligned passage. */
  syncScroll = $state(true);
  /** Each compared report's annotations, by id. */
  notes = $state.raw<ReadonlyMap<ArticleId, AnnotationsState>>(new Map());
  /** The column whose annotations changed last (its change is the one the status line tells). */
  lastChanged = $state<ArticleId | null>(null);

  partners = $derived(this.comparison ? partnersOf(this.comparison) : new Map());
  wire = $derived(this.comparison ? wireKeys(this.comparison) : new Set<SentenceKey>());
  canUndo = $derived([...this.notes.values()].some((n) => n.canUndo));
  /** The columns in the order their changes were undone, newest last (for redo); a new change empties it. */
  #undone = $state.raw<ArticleId[]>([]);
  canRedo = $derived(this.#undone.some((id) => this.notes.get(id)?.canRedo));

  #api: CompareApi;
  #color: ColorChoice;
  #seq = 0;
  /** The columns in the order their annotations changed, newest last (for undo). */
  #changes: ArticleId[] = [];

  /** The window's note drafts, handed to each column (`AnnotationsState.drafts`). */
  drafts: DraftKeeper | null = null;

  /** `color` is the last-colour memory to share with the reader. */
  constructor(api: CompareApi, color: ColorChoice = new ColorChoice()) {
    this.#api = api;
    this.#color = color;
  }

  /** Compares `ids`, with their annotations; `story` when they are part of a larger story. A refusal lands in `error`; other failures reject. */
  async load(ids: ArticleId[], story: ComparedStory | null = null): Promise<void> {
    const seq = ++this.#seq;
    this.ids = ids;
    this.story = story && story.total > ids.length ? story : null;
    this.isLoading = true;
    this.error = null;
    this.comparison = null;
    this.active = null;
    this.notes = new Map();
    this.lastChanged = null;
    this.#changes = [];
    this.#undone = [];
    try {
      // Fetched alongside, so the columns are painted once, with their highlights. An older
      // library without annotations still compares.
      const [c, lists] = await Promise.all([
        this.#api.compareArticles(ids),
        Promise.all(ids.map((articleId) => this.#api.listAnnotations({ articleId }).catch((): Annotation[] => []))),
      ]);
      if (seq !== this.#seq) return;
      this.notes = new Map(ids.map((id, i) => [id, this.#column(id, lists[i] ?? [])]));
      this.comparison = c;
      this.pair = defaultPair(c.pairs);
    } catch (e) {
      if (seq !== this.#seq) return;
      const code = (e as { code?: string }).code;
      if (code === 'BAD_INPUT' || code === 'NOT_FOUND') this.error = toErrorData(e);
      else throw e;
    } finally {
      if (seq === this.#seq) this.isLoading = false;
    }
  }

  #column(id: ArticleId, items: Annotation[]): AnnotationsState {
    const notes = new AnnotationsState(this.#api, {
      color: this.#color,
      onstep: (redoing) => {
        this.#changes.push(id);
        this.lastChanged = id;
        if (!redoing) this.#undone = [];
      },
    });
    notes.drafts = this.drafts;
    notes.show(id, items);
    return notes;
  }

  /** The annotations of one compared report. */
  notesOf(id: ArticleId): AnnotationsState | undefined {
    return this.notes.get(id);
  }

  /** Fetches every column's annotations again (after a change elsewhere: the reader, an import). */
  async reloadAnnotations(): Promise<void> {
    await Promise.all([...this.notes.values()].map((n) => n.reload()));
  }

  /** The annotations of the column that changed last. */
  get lastNotes(): AnnotationsState | null {
    return (this.lastChanged && this.notes.get(this.lastChanged)) ?? null;
  }

  /** Takes back the newest annotation change made in any column. */
  async undo(): Promise<void> {
    while (this.#changes.length > 0) {
      const id = this.#changes.pop()!;
      const notes = this.notes.get(id);
      if (notes?.canUndo) {
        this.lastChanged = id;
        await notes.undo();
        this.#undone = [...this.#undone, id];
        return;
      }
    }
  }

  /** Makes again the change undone last in any column. */
  async redo(): Promise<void> {
    while (this.#undone.length > 0) {
      const id = this.#undone[this.#undone.length - 1]!;
      this.#undone = this.#undone.slice(0, -1);
      const notes = this.notes.get(id);
      if (notes?.canRedo) {
        this.lastChanged = id;
        await notes.redo();
        return;
      }
    }
  }

  clear(): void {
    this.#seq++;
    this.ids = [];
    this.story = null;
    this.comparison = null;
    this.error = null;
    this.active = null;
    this.pair = -1;
    this.notes = new Map();
    this.lastChanged = null;
    this.#changes = [];
    this.#undone = [];
  }
}
