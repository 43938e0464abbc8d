import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import type { WriteDb } from '../../../src/core/store/db';
import type { ParallaxApi } from '../../../src/shared/api';
import type { ArticleId } from '../../../src/shared/api';
import { tempDir } from '../../support/temp';

const tmp = tempDir();
let db: WriteDb;
let api: ParallaxApi;
let id: ArticleId;

// 12 March 2016 is a Saturday: "am Freitag" is the 11th, "am 5. März" the 5th of 2016.
const TEXT = [
  'Außenminister beraten in Wien über die Flüchtlingskrise',
  '12. März 2016',
  'Am Freitag trafen sich die Außenminister der Westbalkanstaaten in Wien, um über die Schließung der Grenzen zu beraten. Kanzler Werner Faymann sprach danach mit Journalisten über die Ergebnisse des Treffens.',
  'Schon am 5. März hatte Faymann den Gipfel angekündigt. Die Gespräche dauerten mehr als sechs Stunden, teilte das Außenministerium mit.',
  'Die Teilnehmer vereinbarten, sich im April erneut zu treffen. Dann sollen auch Vertreter Griechenlands und der Türkei dabei sein.',
].join('\n\n');

/** The dates of the article's timeline mentions, by the words that gave them. */
async function datesOf(article: ArticleId): Promise<Record<string, string>> {
  const events = await api.getTimeline({ articleId: article, limit: 100 });
  const out: Record<string, string> = {};
  for (const e of events) for (const m of e.mentions) if (m.articleId === article) out[m.text] = m.date;
  return out;
}

beforeAll(async () => {
  db = await openLibrary({ path: join(tmp.dir, 'lib.sqlite'), seedDir: null });
  api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: 'x', version: '0' });
  const report = await api.ingestText({ name: 'wien.txt', text: TEXT });
  id = report.added[0]!.articleId;
});
afterAll(() => {
  db.close();
  tmp.cleanup();
});

describe('editing an article date', () => {
  it('starts from the extracted date', async () => {
    expect((await api.getArticle(id)).published).toBe('2016-03-12');
    expect(await datesOf(id)).toEqual({ 'Am Freitag': '2016-03-11', '5. März': '2016-03-05', 'im April': '2016-04' });
  });

  it('reads relative dates, and dates written without a year, against the new date', async () => {
    // 20 March 2017 is a Monday: the Friday before it is the 17th.
    await api.updateArticleMetadata(id, { published: '2017-03-20' });
    expect(await datesOf(id)).toEqual({ 'Am Freitag': '2017-03-17', '5. März': '2017-03-05', 'im April': '2017-04' });
  });

  it('keeps reading them against the person’s date after re-extraction', async () => {
    await api.reextractArticles([id]);
    expect(await datesOf(id)).toEqual({ 'Am Freitag': '2017-03-17', '5. März': '2017-03-05', 'im April': '2017-04' });
  });

  it('goes back to extraction’s reading when the edit is cleared', async () => {
    await api.updateArticleMetadata(id, { clear: ['published'] });
    expect(await datesOf(id)).toEqual({ 'Am Freitag': '2016-03-11', '5. März': '2016-03-05', 'im April': '2016-04' });
  });

  it('leaves the compare index alone for an edit that is not the date', async () => {
    await api.getTimeline({ limit: 1 });
    await api.updateArticleMetadata(id, { title: 'Ein anderer Titel' });
    expect(db.prepare('SELECT count(*) AS n FROM compare_pending').get()).toEqual({ n: 0 });
  });
});
