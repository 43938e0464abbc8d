import type { ParallaxClient } from '../../src/shared/api';
import { ApiError } from '../../src/shared/errors';
import { notice } from '../../src/shared/api/notices';
import type { ParallaxEvent, RebuildStatus } from '../../src/shared/events';
import type {
  Annotation,
  NoteDraft,
  NoteDraftWrite,
  AnnotationEdit,
  AnnotationExportFormat,
  AnnotationFilter,
  AnnotationId,
  AnnotationImportReport,
  AnnotationListItem,
  Article,
  ExtractionCorrection,
  ArticleHits,
  ArticleId,
  ArticleSummary,
  ArticlePage,
  IngestReport,
  ListCursor,
  ListQuery,
  UploadId,
  MetadataEdit,
  ReextractReport,
  SavedSearch,
  SearchHit,
  SearchPage,
  SearchQuery,
  Suggestion,
  ExportFile,
  LinkRelation,
  NewAnnotation,
  ReadingStateEdit,
  TrashedArticle,
  TrashResult,
  VersionSwitch,
  RescueReport,
  ArticleDating,
  Comparison,
  ComparisonExportFormat,
  EntityDetail,
  EntityMentionsPage,
  EntityMentionsQuery,
  EntityReportMentions,
  EntityFilter,
  EntityId,
  EntitySummary,
  Story,
  StorySummary,
  TimelineEvent,
  TimelineFilter,
  TimelinePage,
  TimelineChip,
  TimelineEventDetail,
  TimelinePageQuery,
  EntityPage,
  EntityPageQuery,
} from '../../src/shared/api';

/** A summary row with sensible defaults. */
export function summary(id: string, over: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: id as ArticleId,
    title: `Title ${id}`,
    titleDerived: false,
    site: null,
    author: null,
    published: null,
    publishedSource: null,
    dateConflict: null,
    lang: 'de',
    wordCount: 100,
    readingMinutes: 1,
    excerpt: '',
    commentCount: 0,
    twinCount: 0,
    copyCount: 0,
    readProgress: 0,
    readAt: null,
    annotationCount: 0,
    addedAt: '2025-01-01T00:00:00Z',
    sourceName: `${id}.txt`,
    ...over,
  };
}

/** A whole article made from a summary, with optional extra fields (text, blocks, …). */
export function fullArticle(s: ArticleSummary, over: Partial<Article> = {}): Article {
  return {
    ...s,
    text: '',
    kicker: null,
    dek: null,
    dateEvidence: [],
    dateEvidenceCoded: [],
    dateline: null,
    agencies: [],
    section: null,
    tags: [],
    blocks: [],
    comments: [],
    captions: [],
    dateMentions: [],
    warnings: [],
    warningsCoded: [],
    overrides: {},
    twins: [],
    trashedAt: null,
    source: { name: s.sourceName, path: null, locator: null, format: 'text', encoding: 'utf-8', byteSize: 0, sha256: '', importedAt: s.addedAt },
    ...over,
  };
}

export const emptyReport = (): IngestReport => ({ added: [], present: [], skipped: [], warnings: [], durationMs: 1 });

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * An in-memory ParallaxClient: lists `items`, records calls, lets the test emit events.
 * Search is a toy (every word of `q` must occur in title or excerpt, accent-insensitive);
 * a test that needs control over timing replaces `searchHandler` or `suggestHandler`.
 */
export class FakeClient implements ParallaxClient {
  items: ArticleSummary[] = [];
  /** Whole articles by id; an item without one is served as an empty article. */
  articles = new Map<string, Article>();
  saved: SavedSearch[] = [];
  calls: { method: string; args: unknown[] }[] = [];
  listeners = new Set<(e: ParallaxEvent) => void>();
  failWith: ApiError | null = null;
  nextReport: IngestReport = emptyReport();
  searchHandler: ((query: SearchQuery) => Promise<SearchPage>) | null = null;
  suggestHandler: ((text: string) => Promise<Suggestion[]>) | null = null;
  #nextSavedId = 1;

  emit(e: ParallaxEvent) {
    this.listeners.forEach((l) => l(e));
  }
  onEvent(listener: (e: ParallaxEvent) => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
  #call(method: string, args: unknown[]) {
    this.calls.push({ method, args });
    if (this.failWith) throw this.failWith;
  }
  callsOf(method: string) {
    return this.calls.filter((c) => c.method === method);
  }
  /** What `getAppInfo` says is being rebuilt. */
  rebuilding: RebuildStatus | null = null;
  damaged = false;
  /** What `rescueLibrary` answers; null: it rejects with `UNSUPPORTED`. */
  rescue: RescueReport | null = null;
  async getAppInfo() {
    this.#call('getAppInfo', []);
    return { name: 'Parallax', version: '0', host: 'test' as const, libraryPath: ':memory:', schemaVersion: 1, articleCount: this.items.length, rebuilding: this.rebuilding, damaged: this.damaged };
  }
  /** Pages `items` as the service does: by offset, from the end, or after/before a cursor (`fake~INDEX`). */
  async listArticles(query?: ListQuery): Promise<ArticlePage> {
    this.#call('listArticles', [query]);
    const all = query?.ids ? this.items.filter((a) => query.ids!.includes(a.id)) : this.items;
    const limit = query?.limit ?? 500;
    const at = (c: string) => Number(c.split('~')[1]);
    let from = query?.offset ?? 0;
    if (query?.after) from = at(query.after) + 1;
    if (query?.before) from = Math.max(0, at(query.before) - limit);
    if (query?.fromEnd) from = Math.max(0, all.length - limit);
    const to = query?.before ? at(query.before) : Math.min(all.length, from + limit);
    const cursor = (i: number) => `fake~${i}` as ListCursor;
    return {
      items: all.slice(from, to),
      total: this.items.length,
      annotationTotal: this.items.reduce((n, a) => n + a.annotationCount, 0),
      trashTotal: 0,
      rows: all.length,
      offset: query?.after || query?.before ? null : from,
      next: to < all.length ? cursor(to - 1) : null,
      prev: from > 0 ? cursor(from) : null,
    };
  }
  /** Groups: `copies` maps a head's id to its copies' ids. */
  copies = new Map<string, string[]>();
  async listCopies(id: ArticleId): Promise<ArticleSummary[]> {
    this.#call('listCopies', [id]);
    const head = [...this.copies].find(([h, c]) => h === id || c.includes(id))?.[0] ?? id;
    return [head, ...(this.copies.get(head) ?? [])].map((x) => this.items.find((a) => a.id === x) ?? summary(x));
  }
  async getArticle(id: ArticleId): Promise<Article> {
    this.#call('getArticle', [id]);
    const s = this.items.find((a) => a.id === id);
    if (!s) throw new ApiError('NOT_FOUND', `library: no article with id "${id}"`);
    const whole = this.articles.get(id);
    return whole ? { ...whole, ...s, overrides: whole.overrides } : fullArticle(s);
  }
  async ingestPaths(paths: string[], options?: unknown) {
    this.#call('ingestPaths', [paths, options]);
    return this.nextReport;
  }
  async ingestFiles(files: unknown[], options?: unknown) {
    this.#call('ingestFiles', [files, options]);
    return this.nextReport;
  }
  /** What arrived of each upload, by id. */
  uploads = new Map<string, { name: string; size: number; data: string }>();
  async beginUpload(file: { name: string; size: number }): Promise<UploadId> {
    this.#call('beginUpload', [file]);
    const id = `up${this.uploads.size + 1}`;
    this.uploads.set(id, { ...file, data: '' });
    return id as UploadId;
  }
  async appendUpload(id: UploadId, piece: string) {
    this.#call('appendUpload', [id, piece]);
    this.uploads.get(id)!.data += Buffer.from(piece, 'base64').toString('latin1');
  }
  async ingestUploads(ids: UploadId[], options?: unknown) {
    this.#call('ingestUploads', [ids, options]);
    return this.nextReport;
  }
  async discardUpload(id: UploadId) {
    this.#call('discardUpload', [id]);
    this.uploads.delete(id);
  }
  async ingestText(input: unknown, options?: unknown) {
    this.#call('ingestText', [input, options]);
    return this.nextReport;
  }
  async cancelReextract() {
    this.#call('cancelReextract', []);
    return true;
  }
  async cancelIngest(jobId: unknown) {
    this.#call('cancelIngest', [jobId]);
    return true;
  }
  async reextractArticles(ids?: ArticleId[]): Promise<ReextractReport> {
    this.#call('reextractArticles', [ids]);
    return { updated: ids ? ids.length : this.items.length, failed: [], durationMs: 3 };
  }
  async updateArticleMetadata(id: ArticleId, edit: MetadataEdit) {
    this.#call('updateArticleMetadata', [id, edit]);
    if (edit.published !== undefined && edit.published !== null && !/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/.test(edit.published)) {
      throw new ApiError('BAD_INPUT', `edit: date must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM, not "${edit.published}"`);
    }
    const i = this.items.findIndex((a) => a.id === id);
    const s = this.items[i];
    if (!s) throw new ApiError('NOT_FOUND', `library: no article with id "${id}"`);
    const whole = this.articles.get(id) ?? fullArticle(s);
    const overrides = { ...whole.overrides };
    for (const f of edit.clear ?? []) delete overrides[f];
    const next = { ...s };
    if (edit.title !== undefined) (next.title = edit.title), (overrides.title = edit.title);
    if (edit.published !== undefined) (next.published = edit.published), (overrides.published = edit.published);
    if (edit.site !== undefined) (next.site = edit.site), (overrides.site = edit.site);
    if (edit.author !== undefined) (next.author = edit.author), (overrides.author = edit.author);
    this.items[i] = next;
    this.articles.set(id, { ...whole, ...next, overrides });
    return this.getArticle(id);
  }

  async searchArticles(query: SearchQuery): Promise<SearchPage> {
    this.#call('searchArticles', [query]);
    if (this.searchHandler) return this.searchHandler(query);
    const words = fold(query.q).split(/\s+/).filter((w) => w && !w.includes(':'));
    const hits: SearchHit[] = this.items
      .filter((a) => words.every((w) => fold(`${a.title} ${a.excerpt}`).includes(w)))
      .map((a) => {
        const text = a.excerpt || a.title;
        const highlights: [number, number][] = [];
        for (const w of words) {
          const at = fold(text).indexOf(w);
          if (at >= 0) highlights.push([at, at + w.length]);
        }
        return { article: a, score: 1, snippets: [{ field: 'body', text, highlights }], hitCount: highlights.length };
      });
    return { hits, total: hits.length, facets: { outlet: [], month: [], lang: [], tag: [] }, didYouMean: null, notices: [], noticesCoded: [], tookMs: 1 };
  }
  async suggest(text: string, limit?: number): Promise<Suggestion[]> {
    this.#call('suggest', [text, limit]);
    if (this.suggestHandler) return this.suggestHandler(text);
    const t = fold(text);
    return this.items
      .filter((a) => t && fold(a.title).includes(t))
      .slice(0, limit ?? 8)
      .map((a) => ({ text: a.title, kind: 'title' as const, articleId: a.id, score: 1 }));
  }
  async getArticleHits(id: ArticleId, q: string): Promise<ArticleHits> {
    this.#call('getArticleHits', [id, q]);
    const article = await this.getArticle(id);
    const ranges: [number, number][] = [];
    const hay = fold(article.text);
    for (const w of fold(q).split(/\s+/).filter(Boolean)) {
      for (let at = hay.indexOf(w); at >= 0; at = hay.indexOf(w, at + 1)) ranges.push([at, at + w.length]);
    }
    return { ranges: ranges.sort((a, b) => a[0] - b[0]) };
  }
  async listSavedSearches(): Promise<SavedSearch[]> {
    this.#call('listSavedSearches', []);
    return [...this.saved];
  }
  async saveSearch(input: { name: string; q: string }): Promise<SavedSearch> {
    this.#call('saveSearch', [input]);
    const saved = { id: this.#nextSavedId++, name: input.name, q: input.q, createdAt: '2025-01-01T00:00:00Z' };
    this.saved.push(saved);
    return saved;
  }
  async deleteSavedSearch(id: number): Promise<void> {
    this.#call('deleteSavedSearch', [id]);
    const i = this.saved.findIndex((s) => s.id === id);
    if (i < 0) throw new ApiError('NOT_FOUND', `search: no saved search with id ${id}`);
    this.saved.splice(i, 1);
  }

  // ─── Annotations, reading state and text edits: kept in memory, for real ─────────────────

  /** Every annotation by id (deleted ones leave). */
  annotations = new Map<string, Annotation>();
  noteDrafts = new Map<string, NoteDraft>();
  #nextAnnotation = 1;
  /** Fixed clock, so tests can compare times. */
  clock = () => '2025-01-01T00:00:00.000Z';

  #article(id: ArticleId): Article {
    const s = this.items.find((a) => a.id === id);
    if (!s) throw new ApiError('NOT_FOUND', `library: no article with id "${id}"`);
    return this.articles.get(id) ?? fullArticle(s);
  }
  #annotation(id: AnnotationId): Annotation {
    const a = this.annotations.get(id);
    if (!a) throw new ApiError('NOT_FOUND', `annotations: no annotation with id "${id}"`);
    return a;
  }
  #countFor(articleId: ArticleId) {
    const i = this.items.findIndex((a) => a.id === articleId);
    if (i >= 0) this.items[i] = { ...this.items[i]!, annotationCount: [...this.annotations.values()].filter((a) => a.articleId === articleId).length };
  }
  #copy(a: Annotation): Annotation {
    return structuredClone(a);
  }
  #listItem(a: Annotation): AnnotationListItem {
    const s = this.items.find((x) => x.id === a.articleId);
    return { ...this.#copy(a), articleTitle: s?.title ?? '', articleSite: s?.site ?? null, articlePublished: s?.published ?? null };
  }

  async listAnnotations(filter: AnnotationFilter = {}): Promise<AnnotationListItem[]> {
    this.#call('listAnnotations', [filter]);
    const words = filter.text ? fold(filter.text).split(/\s+/).filter(Boolean) : [];
    return [...this.annotations.values()]
      .filter((a) => !filter.articleId || a.articleId === filter.articleId)
      .filter((a) => !filter.tag || a.tags.includes(filter.tag))
      .filter((a) => !filter.color || a.color === filter.color)
      .filter((a) => !filter.status || a.status === filter.status)
      .filter((a) => !filter.outlet || this.items.find((s) => s.id === a.articleId)?.site === filter.outlet)
      .filter((a) => words.every((w) => fold(`${a.note ?? ''} ${a.quote.exact}`).includes(w)))
      .sort((x, y) => (x.articleId === y.articleId ? x.position.start - y.position.start : x.articleId < y.articleId ? -1 : 1))
      .map((a) => this.#listItem(a));
  }
  async addAnnotation(input: NewAnnotation): Promise<Annotation> {
    this.#call('addAnnotation', [input]);
    const article = this.#article(input.articleId);
    if (!(input.start >= 0 && input.end > input.start && input.end <= article.text.length)) {
      throw new ApiError('BAD_INPUT', 'annotation: start and end must be a non-empty range of the text');
    }
    const t = article.text;
    const id = `00000000-0000-4000-8000-${String(this.#nextAnnotation++).padStart(12, '0')}` as AnnotationId;
    const a: Annotation = {
      id,
      articleId: input.articleId,
      color: input.color === undefined ? (input.note ? null : 'yellow') : input.color,
      note: input.note ?? null,
      tags: [...(input.tags ?? [])],
      quote: { type: 'TextQuoteSelector', exact: t.slice(input.start, input.end), prefix: t.slice(Math.max(0, input.start - 32), input.start), suffix: t.slice(input.end, input.end + 32) },
      position: { type: 'TextPositionSelector', start: input.start, end: input.end },
      status: 'anchored',
      links: [],
      createdAt: this.clock(),
      updatedAt: this.clock(),
    };
    this.annotations.set(id, a);
    this.#countFor(a.articleId);
    return this.#copy(a);
  }
  async updateAnnotation(id: AnnotationId, edit: AnnotationEdit): Promise<Annotation> {
    this.#call('updateAnnotation', [id, edit]);
    const a = this.#annotation(id);
    if (edit.color !== undefined) a.color = edit.color;
    if (edit.note !== undefined) a.note = edit.note;
    if (edit.tags !== undefined) a.tags = [...edit.tags];
    a.updatedAt = this.clock();
    return this.#copy(a);
  }
  async deleteAnnotation(id: AnnotationId): Promise<Annotation> {
    this.#call('deleteAnnotation', [id]);
    const a = this.#annotation(id);
    this.annotations.delete(id);
    // As the library's cascade does.
    this.noteDrafts.delete(id);
    for (const other of this.annotations.values()) other.links = other.links.filter((l) => l.id !== id);
    this.#countFor(a.articleId);
    return this.#copy(a);
  }
  async restoreAnnotation(annotation: Annotation): Promise<Annotation> {
    this.#call('restoreAnnotation', [annotation]);
    const a = this.#copy(annotation);
    this.annotations.set(a.id, a);
    for (const l of a.links) {
      const other = this.annotations.get(l.id);
      if (other && !other.links.some((x) => x.id === a.id)) other.links.push({ id: a.id, relation: l.relation, articleId: a.articleId, quote: a.quote.exact });
    }
    this.#countFor(a.articleId);
    return this.#copy(a);
  }
  async linkAnnotations(a: AnnotationId, b: AnnotationId, relation: LinkRelation): Promise<void> {
    this.#call('linkAnnotations', [a, b, relation]);
    const x = this.#annotation(a);
    const y = this.#annotation(b);
    if (x.articleId === y.articleId) throw new ApiError('BAD_INPUT', 'link: both annotations are in one article');
    x.links = [...x.links.filter((l) => l.id !== b), { id: b, relation, articleId: y.articleId, quote: y.quote.exact }];
    y.links = [...y.links.filter((l) => l.id !== a), { id: a, relation, articleId: x.articleId, quote: x.quote.exact }];
  }
  async unlinkAnnotations(a: AnnotationId, b: AnnotationId): Promise<void> {
    this.#call('unlinkAnnotations', [a, b]);
    const x = this.annotations.get(a);
    const y = this.annotations.get(b);
    if (x) x.links = x.links.filter((l) => l.id !== b);
    if (y) y.links = y.links.filter((l) => l.id !== a);
  }
  async listAnnotationTags(): Promise<{ tag: string; count: number }[]> {
    this.#call('listAnnotationTags', []);
    const counts = new Map<string, number>();
    for (const a of this.annotations.values()) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].map(([tag, count]) => ({ tag, count })).sort((x, y) => y.count - x.count || x.tag.localeCompare(y.tag));
  }
  async exportAnnotations(options: { format: AnnotationExportFormat; articleId?: ArticleId }): Promise<ExportFile> {
    this.#call('exportAnnotations', [options]);
    const list = await this.listAnnotations(options.articleId ? { articleId: options.articleId } : {});
    const base = options.articleId ?? 'library';
    if (options.format === 'md') {
      return { filename: `${base}.md`, mediaType: 'text/markdown', content: list.map((a) => `> ${a.quote.exact}${a.note ? `\n\n${a.note}` : ''}`).join('\n\n---\n\n') };
    }
    if (options.format === 'csv') {
      return { filename: `${base}.csv`, mediaType: 'text/csv', content: ['id,quote,note', ...list.map((a) => `${a.id},"${a.quote.exact}","${a.note ?? ''}"`)].join('\n') };
    }
    return { filename: `${base}.jsonld`, mediaType: 'application/ld+json', content: JSON.stringify({ items: list }) };
  }
  async listNoteDrafts(): Promise<NoteDraft[]> {
    this.#call('listNoteDrafts', []);
    return [...this.noteDrafts.values()].filter((d) => this.annotations.has(d.annotationId));
  }
  async saveNoteDraft(id: AnnotationId, draft: { text: string; basedOn: string | null } | null, replaces?: string | null): Promise<NoteDraftWrite> {
    this.#call('saveNoteDraft', [id, draft, replaces]);
    const now = this.noteDrafts.get(id) ?? null;
    if (replaces !== undefined && (now?.savedAt ?? null) !== replaces) return { written: false, draft: now };
    if (draft === null) return (this.noteDrafts.delete(id), { written: now !== null, draft: null });
    if (!this.annotations.has(id)) throw new ApiError('NOT_FOUND', `annotations: no annotation with id "${id}"`);
    const saved = { annotationId: id, ...draft, savedAt: `t${++this.#draftClock}` };
    this.noteDrafts.set(id, saved);
    return { written: true, draft: saved };
  }
  #draftClock = 0;
  async importAnnotations(input: { content: string }): Promise<AnnotationImportReport> {
    this.#call('importAnnotations', [input]);
    let items: Annotation[];
    try {
      items = (JSON.parse(input.content) as { items: Annotation[] }).items;
    } catch {
      throw new ApiError('BAD_INPUT', 'import: not JSON-LD');
    }
    const report: AnnotationImportReport = { added: 0, present: 0, skipped: [] };
    for (const a of items) {
      if (this.annotations.has(a.id)) report.present++;
      else if (!this.items.some((s) => s.id === a.articleId)) report.skipped.push({ id: a.id, reason: 'no such article', reasonCoded: notice('import.no-article', { id: a.articleId }) });
      else {
        this.annotations.set(a.id, this.#copy(a));
        this.#countFor(a.articleId);
        report.added++;
      }
    }
    return report;
  }
  /** Replaces the text; every annotation of the article is placed again by its exact quote. */
  async updateArticleText(id: ArticleId, text: string | null): Promise<Article> {
    this.#call('updateArticleText', [id, text]);
    const whole = this.#article(id);
    const original = (whole as Article & { originalText?: string }).originalText ?? whole.text;
    const next = text ?? original;
    this.articles.set(id, { ...whole, text: next, originalText: original, blocks: [{ kind: 'paragraph', region: 'body', text: next, start: 0, end: next.length }] } as Article);
    for (const a of this.annotations.values()) {
      if (a.articleId !== id) continue;
      const at = next.indexOf(a.quote.exact);
      if (at < 0) a.status = 'orphaned';
      else {
        a.status = at === a.position.start ? 'anchored' : 'moved';
        a.position = { type: 'TextPositionSelector', start: at, end: at + a.quote.exact.length };
      }
    }
    return this.getArticle(id);
  }
  async correctExtraction(id: ArticleId, correction: Partial<ExtractionCorrection>): Promise<Article> {
    this.#call('correctExtraction', [id, correction]);
    return this.#article(id);
  }

  async trashArticles(ids: ArticleId[]): Promise<TrashResult> {
    this.#call('trashArticles', [ids]);
    return { ids };
  }

  async restoreArticles(ids: ArticleId[]): Promise<TrashResult> {
    this.#call('restoreArticles', [ids]);
    return { ids };
  }

  async listTrash(): Promise<TrashedArticle[]> {
    this.#call('listTrash', []);
    return [];
  }

  async purgeArticles(ids: ArticleId[]): Promise<TrashResult> {
    this.#call('purgeArticles', [ids]);
    return { ids };
  }

  async rescueLibrary(): Promise<RescueReport> {
    this.#call('rescueLibrary', []);
    if (!this.rescue) throw new ApiError('UNSUPPORTED', 'store: a library in memory has no file to rescue');
    return this.rescue;
  }

  async useNewVersion(id: ArticleId): Promise<VersionSwitch> {
    this.#call('useNewVersion', [id]);
    return { articleId: id, earlier: [], moved: [], orphaned: [], overridesBefore: {}, editsCarried: false, textEditsLeft: false };
  }

  async undoNewVersion(change: VersionSwitch): Promise<void> {
    this.#call('undoNewVersion', [change]);
  }

  async resolveTextConflict(id: ArticleId, index: number, use: 'file' | 'edit'): Promise<Article> {
    this.#call('resolveTextConflict', [id, index, use]);
    return this.getArticle(id);
  }

  async updateReadingState(id: ArticleId, state: ReadingStateEdit): Promise<void> {
    this.#call('updateReadingState', [id, state]);
    const i = this.items.findIndex((a) => a.id === id);
    const s = this.items[i];
    if (!s) throw new ApiError('NOT_FOUND', `library: no article with id "${id}"`);
    const next = { ...s };
    if (state.progress !== undefined) next.readProgress = state.progress;
    if (state.read === true || (state.progress !== undefined && state.progress >= 0.98)) next.readAt = next.readAt ?? this.clock();
    if (state.read === false) next.readAt = null;
    this.items[i] = next;
  }

  // ── Compare, timeline, people & places, stories: simple in-memory data tests can set. ──
  comparison: Comparison | null = null;
  timeline: TimelineEvent[] = [];
  entities: EntityDetail[] = [];
  stories: Story[] = [];
  datings = new Map<string, ArticleDating>();

  async compareArticles(ids: ArticleId[]): Promise<Comparison> {
    this.calls.push({ method: 'compareArticles', args: [ids] });
    if (ids.length < 2 || ids.length > 4 || new Set(ids).size !== ids.length) throw new ApiError('BAD_INPUT', 'compare: choose two to four different reports');
    if (!this.comparison) throw new ApiError('NOT_FOUND', 'fake: no comparison set');
    return this.comparison;
  }
  async exportComparison(ids: ArticleId[], format: ComparisonExportFormat): Promise<ExportFile> {
    await this.compareArticles(ids);
    return { filename: `comparison.${format}`, mediaType: 'text/html', content: '<!doctype html><title>Comparison</title>' };
  }
  async getTimeline(filter: TimelineFilter = {}): Promise<TimelineEvent[]> {
    this.calls.push({ method: 'getTimeline', args: [filter] });
    return filter.articleId ? this.timeline.filter((e) => e.articleIds.includes(filter.articleId!)) : this.timeline;
  }
  /** Pages `timeline` by offset; each report's first mention is a chip, copies per `copies` counted. */
  async getTimelinePage(query: TimelinePageQuery = {}): Promise<TimelinePage> {
    this.calls.push({ method: 'getTimelinePage', args: [query] });
    const all = query.articleId ? this.timeline.filter((e) => e.articleIds.includes(query.articleId!)) : this.timeline;
    const offset = query.offset ?? 0;
    const events = all.slice(offset, offset + (query.limit ?? 100)).map((e) => ({
      id: e.id, date: e.date, endDate: e.endDate, label: e.label, reportCount: e.articleIds.length,
      chips: this.#chips(e).map((c) => ({ mention: c.mention, published: c.published, copyCount: c.copies.length })),
    }));
    return { events, total: all.length, offset };
  }
  async getTimelineEvent(id: string): Promise<TimelineEventDetail> {
    this.calls.push({ method: 'getTimelineEvent', args: [id] });
    const e = this.timeline.find((x) => x.id === id);
    if (!e) throw new ApiError('NOT_FOUND', `fake: no event ${id}`);
    return { ...e, chips: this.#chips(e) };
  }
  #chips(e: TimelineEvent): TimelineChip[] {
    const headOf = (id: string) => [...this.copies].find(([h, c]) => h === id || c.includes(id))?.[0] ?? id;
    const chips: TimelineChip[] = [];
    const byHead = new Map<string, TimelineChip>();
    for (const m of e.mentions) {
      if (chips.some((c) => c.mention.articleId === m.articleId || c.copies.some((x) => x.mention.articleId === m.articleId))) continue;
      const chip = byHead.get(headOf(m.articleId));
      if (chip) chip.copies.push({ mention: m, published: null });
      else {
        const fresh: TimelineChip = { mention: m, published: null, copies: [] };
        byHead.set(headOf(m.articleId), fresh);
        chips.push(fresh);
      }
    }
    return chips;
  }
  async getArticleDating(id: ArticleId): Promise<ArticleDating> {
    this.calls.push({ method: 'getArticleDating', args: [id] });
    const d = this.datings.get(id);
    if (!d) throw new ApiError('NOT_FOUND', `fake: no article ${id}`);
    return d;
  }
  #summaryOf(e: EntityDetail): EntitySummary {
    const { mentions: _m, ...rest } = e;
    void _m;
    return rest;
  }
  async listEntities(filter: EntityFilter = {}): Promise<EntitySummary[]> {
    this.calls.push({ method: 'listEntities', args: [filter] });
    return this.entities.filter((e) => !filter.kind || e.kind === filter.kind).map((e) => this.#summaryOf(e));
  }
  async listEntityPage(query: EntityPageQuery = {}): Promise<EntityPage> {
    this.calls.push({ method: 'listEntityPage', args: [query] });
    const all = this.entities.filter((e) => !query.kind || e.kind === query.kind).map((e) => this.#summaryOf(e));
    const offset = query.offset ?? 0;
    return { items: all.slice(offset, offset + (query.limit ?? 200)), total: all.length, offset };
  }
  async getEntity(id: EntityId): Promise<EntityDetail> {
    const e = this.entities.find((x) => x.id === id);
    if (!e) throw new ApiError('NOT_FOUND', `fake: no entity ${id}`);
    return e;
  }
  async getEntityMentions(query: EntityMentionsQuery): Promise<EntityMentionsPage> {
    const e = await this.getEntity(query.id);
    const groups = new Map<string, EntityReportMentions>();
    for (const x of e.mentions) {
      let g = groups.get(x.articleId);
      if (!g) groups.set(x.articleId, (g = { articleId: x.articleId, articleTitle: x.articleTitle, mentions: [] }));
      g.mentions.push(x);
    }
    const all = [...groups.values()];
    if (query.order === 'most') all.sort((a, b) => b.mentions.length - a.mentions.length);
    const from = query.after ? Number(query.after) : 0;
    const to = from + (query.limit ?? 20);
    return { reports: all.slice(from, to), next: to < all.length ? String(to) : null };
  }
  async mergeEntities(ids: EntityId[]): Promise<EntitySummary> {
    this.calls.push({ method: 'mergeEntities', args: [ids] });
    const parts = ids.map((id) => this.entities.find((x) => x.id === id));
    if (ids.length < 2 || parts.some((p) => !p)) throw new ApiError('BAD_INPUT', 'merge: choose two or more entities');
    const [first, ...rest] = parts as EntityDetail[];
    const merged: EntityDetail = {
      ...first!,
      variants: [...first!.variants, ...rest.flatMap((r) => r.variants)],
      mentions: [...first!.mentions, ...rest.flatMap((r) => r.mentions)],
      mentionCount: parts.reduce((n, p) => n + p!.mentionCount, 0),
      manual: true,
    };
    this.entities = [merged, ...this.entities.filter((e) => !ids.includes(e.id))];
    return this.#summaryOf(merged);
  }
  async splitEntity(id: EntityId, variants: string[]): Promise<EntitySummary[]> {
    this.calls.push({ method: 'splitEntity', args: [id, variants] });
    const e = this.entities.find((x) => x.id === id);
    if (!e) throw new ApiError('NOT_FOUND', `fake: no entity ${id}`);
    const moved = e.variants.filter((v) => variants.includes(v.text));
    if (moved.length === 0 || moved.length === e.variants.length) throw new ApiError('BAD_INPUT', 'split: choose some of the spellings');
    const rest: EntityDetail = { ...e, variants: e.variants.filter((v) => !variants.includes(v.text)), manual: true };
    const fresh: EntityDetail = { ...e, id: `${e.id}-2` as EntityId, name: moved[0]!.text, variants: moved, mentions: [], manual: true };
    this.entities = this.entities.flatMap((x) => (x.id === id ? [rest, fresh] : [x]));
    return [this.#summaryOf(rest), this.#summaryOf(fresh)];
  }
  async listStories(): Promise<Story[]> {
    this.calls.push({ method: 'listStories', args: [] });
    return this.stories;
  }
  async listStorySummaries(): Promise<StorySummary[]> {
    this.calls.push({ method: 'listStorySummaries', args: [] });
    return this.stories.map(({ articleIds, ...s }) => ({ ...s, articleCount: articleIds.length, firstIds: articleIds.slice(0, 4) }));
  }
  async getStory(id: string): Promise<Story> {
    this.calls.push({ method: 'getStory', args: [id] });
    const s = this.stories.find((x) => x.id === id);
    if (!s) throw new ApiError('NOT_FOUND', `fake: no story ${id}`);
    return s;
  }
}
