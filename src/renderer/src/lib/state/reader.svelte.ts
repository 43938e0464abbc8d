import type { ParallaxApi } from '../../../../shared/api';
import type { Article, ArticleId } from '../../../../shared/types';

/** The article open in the reader. */
export class ReaderState {
  article = $state.raw<Article | null>(null);
  openId = $state<ArticleId | null>(null);
  isLoading = $state(false);

  #api: Pick<ParallaxApi, 'getArticle'>;

  constructor(api: Pick<ParallaxApi, 'getArticle'>) {
    this.#api = api;
  }

  /**
   * Loads and shows an article. If another `open` starts before this one answers, the older
   * answer is dropped. Rejects with the API's error (e.g. `NOT_FOUND`); the previous article
   * stays on screen then.
   */
  async open(id: ArticleId): Promise<void> {
    this.openId = id;
    this.isLoading = true;
    try {
      const article = await this.#api.getArticle(id);
      if (this.openId === id) this.article = article;
    } finally {
      if (this.openId === id) this.isLoading = false;
    }
  }

  /** Closes the reader (e.g. when the open article left the library). */
  close(): void {
    this.openId = null;
    this.article = null;
  }
}
