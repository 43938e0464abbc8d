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

describe('a whole name typed that the library writes in several ways', () => {
  it('ranks the reports writing it whole above those holding its words apart', async () => {
    const { db, api } = await memoryService();
    const ids: string[] = [];
    const texts = [
      'Treffen\n\nDer Minister Fedor Ostrander reiste am Montag nach einem langen Treffen mit den Vertretern der Regierung und der Opposition wieder ab.\n',
      // Both words, apart and often (another Fedor): relevance alone ranks it first.
      'Ostrander\n\nDer Sänger Fedor Kalvani lobte Ostrander. Ostrander dankte. Ostrander sprach.\n',
      'Reise\n\nDer Minister Fjodor Ostrander reiste an. Ostrander sprach kurz.\n',
    ];
    for (const [i, text] of texts.entries()) ids.push((await api.ingestText({ name: `${i}.txt`, text })).added[0]!.articleId);
    const page = await api.searchArticles({ q: 'Fedor Ostrander', limit: 10 });
    expect(page.also?.length).toBeGreaterThan(0);
    expect(page.hits.map((h) => ids.indexOf(h.article.id))[0]).toBe(0);
    db.close();
  });
});
