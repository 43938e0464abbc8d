import type { ParallaxApi } from '../../../../shared/api';
import type { ArticleId, Comparison } from '../../../../shared/types';
import { defaultPair, partnersOf, wireKeys, type SentenceKey } from '../compare-view';

/**
 * The comparison on screen: which reports, what the API found, which sentence is pointed at
 * (hover or focus), which pair the differences panel explains, and the "only differences" switch.
 */
export class CompareState {
  ids = $state.raw<ArticleId[]>([]);
  comparison = $state.raw<Comparison | null>(null);
  isLoading = $state(false);
  /** The API's refusal (1 or 5+ reports, no body text), shown as one line. */
  error = $state<string | null>(null);
  active = $state<SentenceKey | null>(null);
  pair = $state(-1);
  onlyDifferences = $state(false);

  partners = $derived(this.comparison ? partnersOf(this.comparison) : new Map());
  wire = $derived(this.comparison ? wireKeys(this.comparison) : new Set<SentenceKey>());

  #api: Pick<ParallaxApi, 'compareArticles'>;
  #seq = 0;

  constructor(api: Pick<ParallaxApi, 'compareArticles'>) {
    this.#api = api;
  }

  /** Compares `ids`. A refusal lands in `error`; other failures reject. */
  async load(ids: ArticleId[]): Promise<void> {
    const seq = ++this.#seq;
    this.ids = ids;
    this.isLoading = true;
    this.error = null;
    this.comparison = null;
    this.active = null;
    try {
      const c = await this.#api.compareArticles(ids);
      if (seq !== this.#seq) return;
      this.comparison = c;
      this.pair = defaultPair(c.pairs);
    } catch (e) {
      if (seq !== this.#seq) return;
      const code = (e as { code?: string }).code;
      if (code === 'BAD_INPUT' || code === 'NOT_FOUND') this.error = (e as Error).message;
      else throw e;
    } finally {
      if (seq === this.#seq) this.isLoading = false;
    }
  }

  clear(): void {
    this.#seq++;
    this.ids = [];
    this.comparison = null;
    this.error = null;
    this.active = null;
    this.pair = -1;
  }
}
