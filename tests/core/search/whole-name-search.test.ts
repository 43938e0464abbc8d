import { describe, expect, it } from 'vitest';
import { memoryService } from '../../support/memory-service';

// Invented names: a whole name typed in a rendering no report writes, in a library small enough
// that the lookup is made on demand.
describe('a whole name typed as no report writes it', () => {
  it('finds the reports of that person, not of another of the same surname', async () => {
    const { db, api } = await memoryService();
    const a = await api.ingestText({ name: 'a.txt', text: 'Absturz\n\nAn Bord war auch der Prediger Mohammed Ali Ale-Tabrani. Ale-Tabrani leitete das Freitagsgebet.\n' });
    const b = await api.ingestText({ name: 'b.txt', text: 'Forschung\n\nDie Physikerin Anna Tabrani erhielt einen Preis. Tabrani forscht in Berlin.\n' });
    const hits = async (q: string) => (await api.searchArticles({ q, limit: 10 })).hits.map((h) => h.article.id);
    expect(await hits('Mohammad Ali Tabrani')).toEqual([a.added[0]!.articleId]);
    expect(await hits('Anna Tabrani')).toEqual([b.added[0]!.articleId]);
    db.close();
  });
});
