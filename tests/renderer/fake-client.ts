import type { ParallaxClient } from '../../src/shared/api';
import { ApiError } from '../../src/shared/errors';
import type { ParallaxEvent } from '../../src/shared/events';
import type { Article, ArticleId, ArticleSummary, IngestReport, MetadataEdit } from '../../src/shared/types';

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
    addedAt: '2025-01-01T00:00:00Z',
    sourceName: `${id}.txt`,
    ...over,
  };
}

export const emptyReport = (): IngestReport => ({ added: [], present: [], skipped: [], warnings: [], durationMs: 1 });

/** An in-memory ParallaxClient: lists `items`, records calls, lets the test emit events. */
export class FakeClient implements ParallaxClient {
  items: ArticleSummary[] = [];
  calls: { method: string; args: unknown[] }[] = [];
  listeners = new Set<(e: ParallaxEvent) => void>();
  failWith: ApiError | null = null;
  nextReport: IngestReport = emptyReport();

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
  async getAppInfo() {
    this.#call('getAppInfo', []);
    return { name: 'Parallax', version: '0', host: 'test' as const, libraryPath: ':memory:', schemaVersion: 1, articleCount: this.items.length };
  }
  async listArticles(query?: unknown) {
    this.#call('listArticles', [query]);
    return { items: [...this.items], total: this.items.length };
  }
  async getArticle(id: ArticleId): Promise<Article> {
    this.#call('getArticle', [id]);
    const s = this.items.find((a) => a.id === id);
    if (!s) throw new ApiError('NOT_FOUND', `library: no article with id "${id}"`);
    return { ...s, text: '', kicker: null, dek: null, dateEvidence: [], dateline: null, agencies: [], section: null, tags: [], blocks: [], comments: [], captions: [], dateMentions: [], warnings: [], overrides: {}, twins: [], source: { name: s.sourceName, path: null, locator: null, format: 'text', encoding: 'utf-8', byteSize: 0, sha256: '', importedAt: s.addedAt } };
  }
  async ingestPaths(paths: string[], options?: unknown) {
    this.#call('ingestPaths', [paths, options]);
    return this.nextReport;
  }
  async ingestFiles(files: unknown[], options?: unknown) {
    this.#call('ingestFiles', [files, options]);
    return this.nextReport;
  }
  async ingestText(input: unknown, options?: unknown) {
    this.#call('ingestText', [input, options]);
    return this.nextReport;
  }
  async reextractArticles(ids?: ArticleId[]) {
    this.#call('reextractArticles', [ids]);
    return { updated: 0, failed: [], durationMs: 0 };
  }
  async updateArticleMetadata(id: ArticleId, edit: MetadataEdit) {
    this.#call('updateArticleMetadata', [id, edit]);
    return this.getArticle(id);
  }
}
