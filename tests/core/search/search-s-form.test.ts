import { describe, expect, it } from 'vitest';
import { memoryService } from '../../support/memory-service';

describe('a word whose -s form stemming keeps whole', () => {
  it('finds its genitive and its plural: `Tschernowski` finds `Tschernowskis`, `Auto` finds `Autos`', async () => {
    const { db, api } = await memoryService();
    const one = await api.ingestText({ name: 'a.txt', text: 'Wahl in Moldau\n\nDer Oppositionsführer Ilja Tschernowski hat die Wahl gewonnen. Er fuhr mit dem Auto vor.\n' });
    const two = await api.ingestText({ name: 'b.txt', text: 'Nach der Wahl\n\nDie Anhänger Tschernowskis feierten bis in die Nacht. Autos hupten in der Hauptstadt.\n' });
    const ids = [one.added[0]!.articleId, two.added[0]!.articleId].sort();
    for (const q of ['Tschernowski', 'Auto']) {
      const page = await api.searchArticles({ q, limit: 10 });
      expect(page.hits.map((h) => h.article.id).sort()).toEqual(ids);
      // The form found is highlighted as the word typed is.
      const other = page.hits.find((h) => h.article.id === two.added[0]!.articleId)!;
      expect(other.hitCount).toBeGreaterThan(0);
    }
    // A word whose -s stemming already strips is unchanged (`Wahl` finds `Wahls` by its stem).
    expect((await api.searchArticles({ q: 'Hauptstadt', limit: 10 })).hits.map((h) => h.article.id)).toEqual([two.added[0]!.articleId]);
    db.close();
  });
});
