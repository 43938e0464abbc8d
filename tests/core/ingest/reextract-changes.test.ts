import { describe, expect, it } from 'vitest';
import { paragraphsChanged } from '../../../src/core/ingest/reextract-changes';
import { memoryService } from '../../support/memory-service';

const REPORT = 'Gipfel in Genf\n\nDer Gipfel in Genf endete am Freitag ohne Einigung.\n\nDie Delegationen reisten am Abend ab.\n\nEin Sprecher kündigte neue Gespräche an.';

describe('paragraphsChanged', () => {
  it('counts a rewritten paragraph once, a split in two twice, an unchanged list as none', () => {
    expect(paragraphsChanged(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(0);
    expect(paragraphsChanged(['a', 'b', 'c'], ['a', 'B', 'c'])).toBe(1);
    expect(paragraphsChanged(['a', 'bc'], ['a', 'b', 'c'])).toBe(2);
    expect(paragraphsChanged(['a', 'a'], ['a'])).toBe(1);
    expect(paragraphsChanged([], ['a'])).toBe(1);
  });
});

describe('reextractArticles says what changed', () => {
  it('nothing, when the extraction is what it was', async () => {
    const { api } = await memoryService();
    const id = (await api.ingestText({ name: 'genf.txt', text: REPORT })).added[0]!.articleId;
    expect((await api.reextractArticles([id])).changed).toEqual({ reports: 0, titles: 0, dates: 0, paragraphs: 0 });
  });

  it('the title and the paragraphs an older extraction had otherwise; a title the person set is not counted', async () => {
    const { api, db } = await memoryService();
    const id = (await api.ingestText({ name: 'genf.txt', text: REPORT })).added[0]!.articleId;
    const other = (await api.ingestText({ name: 'genf2.txt', text: REPORT.replace('Genf', 'Bern') })).added[0]!.articleId;
    // As an older extractor left them: another title, two body paragraphs read otherwise.
    db.prepare("UPDATE articles SET title = 'Alter Titel' WHERE id IN (?, ?)").run(id, other);
    const body = db.prepare("SELECT seq FROM blocks WHERE article_id = ? AND region = 'body' ORDER BY seq").pluck().all(id) as number[];
    expect(body.length).toBeGreaterThanOrEqual(2);
    db.prepare("UPDATE blocks SET text = 'Ein anders gelesener Absatz.' WHERE article_id = ? AND seq IN (?, ?)").run(id, body[0], body[1]);
    await api.updateArticleMetadata(other, { title: 'Mein Titel' });
    expect((await api.reextractArticles([id, other])).changed).toEqual({ reports: 1, titles: 1, dates: 0, paragraphs: 2 });
  });
});
