import { describe, expect, it } from 'vitest';
import { memoryService } from '../../support/memory-service';

// Invented surnames throughout (names6 pass, `eval/names/spelling-pairs-e.tsv`).
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

describe('a whole name typed whose given name no report writes so', () => {
  it('finds the person of that surname whose given name is a rendering of it, and says so', async () => {
    const { db, search } = await library([report('Treffen', 'Jitzchak Marovsky'), report('Bericht', 'Gerhard Brandlmeier')]);
    const r = await search('Yitzhak Marovsky');
    expect(r.hits).toEqual([0]);
    expect(r.also).toContain('Jitzchak');
    db.close();
  });

  it('not another gender of the given name, which is another person', async () => {
    const { db, search } = await library([report('Treffen', 'Paula Marovsky'), report('Bericht', 'Gerhard Brandlmeier')]);
    expect((await search('Paul Marovsky')).also).not.toContain('Paula');
    db.close();
  });

  it('not when a report writes the given name as typed', async () => {
    const { db, search } = await library([report('Treffen', 'Jitzchak Marovsky'), report('Bericht', 'Yitzhak Brandlmeier')]);
    const r = await search('Yitzhak Marovsky');
    expect(r.also).not.toContain('Jitzchak');
    db.close();
  });
});
