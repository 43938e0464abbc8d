import { describe, expect, it } from 'vitest';
import { memoryService } from '../../support/memory-service';

// Invented names throughout.
async function library(texts: string[]) {
  const { db, api } = await memoryService();
  const ids: string[] = [];
  for (const [i, text] of texts.entries()) ids.push((await api.ingestText({ name: `${i}.txt`, text })).added[0]!.articleId);
  const search = async (q: string) => {
    const r = await api.searchArticles({ q, limit: 10 });
    return { hits: r.hits.map((h) => ids.indexOf(h.article.id)).sort(), also: (r.also ?? []).flatMap((x) => x.spellings) };
  };
  return { db, search };
}

const report = (title: string, name: string) => `${title}\n\nDer Politiker ${name} sprach am Montag vor Journalisten in der Hauptstadt. ${name} kündigte weitere Gespräche an.\n`;

describe('a surname typed in a rendering no report writes', () => {
  it('finds the library surname one vowel away, and says so', async () => {
    const { db, search } = await library([report('Treffen', 'Rasul Mursavi'), report('Bericht', 'Gerhard Brandlmeier')]);
    for (const q of ['Morsavi', 'Rasul Morsavi']) {
      const r = await search(q);
      expect(r.hits).toEqual([0]);
      expect(r.also).toContain('Mursavi');
    }
    db.close();
  });

  it('not one of other consonants, which is another name', async () => {
    const { db, search } = await library([report('Treffen', 'Rasul Mursavi'), report('Bericht', 'Gerhard Brandlmeier')]);
    const r = await search('Murtavi');
    expect(r.hits).toEqual([]);
    expect(r.also).toEqual([]);
    db.close();
  });

  it('not when a report writes the word as typed: its reports only', async () => {
    const { db, search } = await library([
      report('Treffen', 'Rasul Mursavi'),
      'Firma\n\nDie Firma Morsavi baut am Hafen eine neue Halle. Morsavi beschäftigt 200 Menschen.\n',
    ]);
    const r = await search('Morsavi');
    expect(r.hits).toEqual([1]);
    expect(r.also).not.toContain('Mursavi');
    db.close();
  });
});
