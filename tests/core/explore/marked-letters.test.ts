import { describe, expect, it } from 'vitest';
import { memoryService } from '../../support/memory-service';

describe('a name written with and without its own letters (Turkish ı, ğ, ç)', () => {
  it('is one person, and a search for either spelling finds both reports', async () => {
    const { db, api } = await memoryService();
    const a = await api.ingestText({ name: 'a.txt', text: 'Wahl in der Türkei\n\nHerausforderer Kemal Kılıçdaroğlu räumte seine Niederlage am Sonntag indirekt ein. Er werde weiter kämpfen.\n' });
    const b = await api.ingestText({ name: 'b.txt', text: 'Stichwahl entschieden\n\nOppositionsführer Kemal Kilicdaroglu kam auf 47,86 Prozent der Stimmen. Die Wahlbehörde bestätigte das Ergebnis.\n' });
    const people = (await api.listEntities({ limit: 100 })).filter((e) => e.kind === 'person');
    const texts = people.map((p) => (p.variants ?? []).map((v) => v.text).join(' | '));
    expect(texts.some((t) => t.includes('Kılıçdaroğlu') && t.includes('Kilicdaroglu'))).toBe(true);
    for (const q of ['Kilicdaroglu', 'Kılıçdaroğlu']) {
      const ids = (await api.searchArticles({ q, limit: 10 })).hits.map((h) => h.article.id).sort();
      expect(ids).toEqual([a.added[0]!.articleId, b.added[0]!.articleId].sort());
    }
    db.close();
  });
});
