import { describe, expect, it } from 'vitest';
import { memoryService } from '../../support/memory-service';

/** A report with a page tag line (`Schlagwörter:`) and a highlight tagged by a person. */
async function library() {
  const { api } = await memoryService();
  const text0 = 'Klimagipfel in Glasgow\n\nDie Delegationen berieten lange über Kohle und Geld in Schottland, bis tief in die Nacht hinein.\n\nAm Ende stand ein Kompromiss, den viele Staaten als zu schwach ansahen.\n\nSchlagwörter: Klimapolitik, Schottland\n';
  const id = (await api.ingestText({ name: 'glasgow.txt', text: text0 })).added[0]!.articleId;
  const text = (await api.getArticle(id)).text;
  const start = text.indexOf('Kompromiss');
  await api.addAnnotation({ articleId: id, start, end: start + 10, tags: ['Klimaschutz', 'Quelle prüfen'] });
  return { api, id, pageTags: (await api.getArticle(id)).tags };
}

describe('tag suggestions', () => {
  it('offers the tags given to highlights for a word being typed, with a typo too', async () => {
    const { api } = await library();
    expect((await api.suggest('Klimasch', 8)).filter((s) => s.kind === 'tag').map((s) => s.text)).toEqual(['Klimaschutz']);
    expect((await api.suggest('klimaschuz', 8)).filter((s) => s.kind === 'tag').map((s) => s.text)).toEqual(['Klimaschutz']);
    // A letter left out inside the word.
    expect((await api.suggest('Klimschutz', 8)).filter((s) => s.kind === 'tag').map((s) => s.text)).toEqual(['Klimaschutz']);
    expect((await api.suggest('Quark', 8)).filter((s) => s.kind === 'tag')).toEqual([]);
    // A word of a tag of several words.
    expect((await api.suggest('prüf', 8)).map((s) => s.text)).toContain('Quelle prüfen');
  });

  it('after tag: offers only tags, the pages\' and the highlights\'', async () => {
    const { api, pageTags } = await library();
    const after = await api.suggest('tag:Klima', 8);
    expect(after.every((s) => s.kind === 'tag')).toBe(true);
    expect(after.map((s) => s.text)).toContain('Klimaschutz');
    expect(pageTags).toContain('Klimapolitik');
    expect(after.map((s) => s.text)).toEqual(['Klimaschutz', 'Klimapolitik']);
    expect((await api.suggest('glasgow tag:', 8)).map((s) => s.text)).toEqual(['Klimaschutz', 'Quelle prüfen']);
    expect((await api.suggest('tag:"Quelle p', 8)).map((s) => s.text)).toEqual(['Quelle prüfen']);
  });

  it('follows the highlights: a tag removed is no longer offered', async () => {
    const { api, id } = await library();
    const [a] = await api.listAnnotations({ articleId: id });
    await api.updateAnnotation(a!.id, { tags: ['Quelle prüfen'] });
    expect((await api.suggest('tag:Klimasch', 8)).map((s) => s.text)).toEqual([]);
  });

  it('and the tag found this way finds the report', async () => {
    const { api, id } = await library();
    expect((await api.searchArticles({ q: 'tag:"Quelle prüfen"' })).hits.map((h) => h.article.id)).toEqual([id]);
  });
});
