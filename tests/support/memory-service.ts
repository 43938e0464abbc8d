import type { WriteDb } from '../../src/core/store/db';
import { openLibrary } from '../../src/core/library';
import { createParallaxService } from '../../src/core/service';
import type { ParallaxApi } from '../../src/shared/api';

/** An empty library in memory (no seeds) and the service over it, as a contract test uses them. */
export async function memoryService(): Promise<{ db: WriteDb; api: ParallaxApi }> {
  const db = await openLibrary({ path: ':memory:', seedDir: null });
  const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: ':memory:', version: 'test' });
  return { db, api };
}

/**
 * A library in memory holding `texts` (each ingested as `<index>.txt`) and a search over it that
 * answers with the indexes of the texts it finds, sorted.
 */
export async function searchableTexts(texts: string[]): Promise<{ db: WriteDb; hits: (q: string) => Promise<number[]> }> {
  const { db, api } = await memoryService();
  const ids: string[] = [];
  for (const [i, text] of texts.entries()) ids.push((await api.ingestText({ name: `${i}.txt`, text })).added[0]!.articleId);
  const hits = async (q: string) => (await api.searchArticles({ q, limit: 10 })).hits.map((h) => ids.indexOf(h.article.id)).sort();
  return { db, hits };
}
