import type { ParallaxApi } from '../../../../shared/api';
import { importRefusedBySize, importTooLarge, type AnnotationFilter, type AnnotationImportReport, type AnnotationListItem, type ArticleId, type HighlightColor } from '../../../../shared/api';
import { codedError } from '../../../../shared/i18n';

type Api = Pick<ParallaxApi, 'listAnnotations' | 'importAnnotations'>;

/**
 * The library-wide "Annotations" view: every highlight and note, filtered by tag, colour,
 * outlet and article and searched in note and quote text. Only the newest answer is kept
 * when filters change quickly.
 */
export class AllAnnotationsState {
  text = $state('');
  color = $state<HighlightColor | null>(null);
  tag = $state<string | null>(null);
  outlet = $state<string | null>(null);
  articleId = $state<ArticleId | null>(null);
  items = $state.raw<AnnotationListItem[]>([]);
  isLoading = $state(false);
  hasLoaded = $state(false);
  importReport = $state.raw<AnnotationImportReport | null>(null);
  /**
   * What the outlet and report filters offer: the outlets and reports that have annotations,
   * as the last unfiltered load found them (a filtered load must not shrink its own choices).
   */
  choices = $state.raw<{ outlets: string[]; articles: { id: ArticleId; title: string }[] }>({ outlets: [], articles: [] });

  filter = $derived<AnnotationFilter>({
    ...(this.text.trim() ? { text: this.text.trim() } : {}),
    ...(this.color ? { color: this.color } : {}),
    ...(this.tag ? { tag: this.tag } : {}),
    ...(this.outlet ? { outlet: this.outlet } : {}),
    ...(this.articleId ? { articleId: this.articleId } : {}),
  });
  isFiltered = $derived(Object.keys(this.filter).length > 0);

  #api: Api;
  #seq = 0;

  constructor(api: Api) {
    this.#api = api;
  }

  async load(): Promise<void> {
    const seq = ++this.#seq;
    this.isLoading = true;
    try {
      const items = await this.#api.listAnnotations(this.filter);
      if (seq !== this.#seq) return;
      this.items = items;
      this.hasLoaded = true;
      if (!this.isFiltered) this.choices = choicesOf(items);
    } finally {
      if (seq === this.#seq) this.isLoading = false;
    }
  }

  /** Annotations whose quote or note has these words, unfiltered otherwise (the link dialog). */
  search(text: string): Promise<AnnotationListItem[]> {
    return this.#api.listAnnotations(text ? { text } : {});
  }

  clearFilters(): Promise<void> {
    this.text = '';
    this.color = null;
    this.tag = null;
    this.outlet = null;
    this.articleId = null;
    return this.load();
  }

  /**
   * Imports a JSON-LD file. One too large is refused from its size, unread, with the host's own
   * `TOO_LARGE` error: the page would otherwise hold it whole (a 200 MB file, twice over as a
   * string) only for the host to refuse it.
   */
  async importFile(file: Pick<Blob, 'size' | 'text'>): Promise<AnnotationImportReport> {
    if (importRefusedBySize(file.size)) throw codedError('TOO_LARGE', importTooLarge());
    const content = await file.text();
    const report = await this.#api.importAnnotations({ content });
    this.importReport = report;
    await this.load();
    return report;
  }
}

function choicesOf(items: AnnotationListItem[]): AllAnnotationsState['choices'] {
  const outlets = [...new Set(items.map((a) => a.articleSite).filter((s): s is string => !!s))].sort((a, b) => a.localeCompare(b));
  const articles = new Map<ArticleId, string>();
  for (const a of items) articles.set(a.articleId, a.articleTitle);
  return { outlets, articles: [...articles].map(([id, title]) => ({ id, title })) };
}
