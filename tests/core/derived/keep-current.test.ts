import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/core/library';
import { ingestText } from '../../../src/core/ingest/ingest';
import { reextractArticles } from '../../../src/core/ingest/reextract';
import { editMetadata } from '../../../src/core/edit-metadata';
import type { ArticleId } from '../../../src/shared/api';

const TEXT =
  'Treffen in Genf\n\nDie Delegationen trafen sich am Montag in Genf zu einer zweiten Runde von Gesprächen über eine Waffenruhe. ' +
  'Beide Seiten nannten das Treffen konstruktiv, Einzelheiten wurden nicht bekannt. Die nächste Runde soll im kommenden Monat stattfinden, ' +
  'teilten Sprecher beider Delegationen nach dem Ende der Gespräche am Abend in Genf mit. Beobachter sprachen von einem vorsichtigen Fortschritt.';

describe('derived data kept current', () => {
  it('by ingest, re-extraction and a date edit, each in its own transaction', async () => {
    const db = await openLibrary({ path: ':memory:', seedDir: null });
    const count = (sql: string, id: string) => db.prepare(sql).pluck().get(id) as number;
    const r = await ingestText({ db, emit: () => {}, jobId: null, extractWorkerFile: undefined }, { text: TEXT });
    const id = r.added[0]!.articleId as ArticleId;
    // Search index and near-duplicate signature written with the article; compare rows queued.
    expect(count('SELECT count(*) FROM search_docs WHERE article_id = ?', id)).toBe(1);
    expect(count('SELECT count(*) FROM article_signatures WHERE article_id = ?', id)).toBe(1);
    expect(count('SELECT count(*) FROM compare_pending WHERE article_id = ?', id)).toBe(1);
    // Re-extraction writes the compare rows in place.
    await reextractArticles(db, [id]);
    expect(count('SELECT count(*) FROM compare_pending WHERE article_id = ?', id)).toBe(0);
    expect(count('SELECT count(*) FROM compare_docs WHERE article_id = ?', id)).toBe(1);
    // A new date queues the compare rows again and reaches the search index's filters.
    editMetadata(db, id, { published: '2025-04-11' });
    expect(count('SELECT count(*) FROM compare_pending WHERE article_id = ?', id)).toBe(1);
    expect(db.prepare('SELECT published FROM search_docs WHERE article_id = ?').pluck().get(id)).toBe('2025-04-11');
    db.close();
  });
});
