import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type WriteDb } from '../../../src/core/store/db';
import { ingestText } from '../../../src/core/ingest/ingest';
import { searchArticles, type SearchRequest } from '../../../src/core/search/search';
import { articleHits } from '../../../src/core/search/hits';
import { getArticle } from '../../../src/core/store/queries/article-reads';

// Made-up reports: a name in a photo caption only, the same name in the body of a longer report,
// and one that writes it nowhere.
let db: WriteDb;
const ids: Record<string, string> = {};
const req = (q: string): SearchRequest => ({ q, sort: 'relevance', limit: 20, offset: 0, facets: false, groupCopies: true });

async function add(name: string, text: string): Promise<void> {
  const r = await ingestText({ db, emit: () => {}, jobId: null, extractWorkerFile: undefined }, { text, name });
  ids[name] = r.added[0]!.articleId;
}

// Distinct texts of about one length (alike ones would be collapsed as copies of one report).
const CITY =
  'Der Stadtrat beriet am Abend über den Haushalt des kommenden Jahres. Die Fraktionen stritten über die Kosten der neuen Brücke und über die Zahl der Busse im Norden der Stadt.';
const SCHOOL =
  'Die Schulen im Süden bekommen neue Dächer, sagte der Kämmerer. Eltern hatten sich über undichte Turnhallen beklagt, die Arbeiten beginnen im Sommer nach den Ferien.';
const HARBOUR =
  'Am Hafen sollen bis zum Herbst zwei neue Kräne stehen. Die Betreiber rechnen mit mehr Schiffen aus Skandinavien und wollen dafür auch die Gleise zum Kai erneuern lassen.';

beforeAll(async () => {
  db = openDb(':memory:');
  await add('caption', `Streit um die Brücke\n\n12.03.2025\n\n${CITY}\n\nDie Bürgermeisterin Frida Quellmoor bei der Sitzung im Rathaus. (Foto: Anna Beispiel/dpa)\n\nDie Opposition kündigte Widerstand an.`);
  // Longer than the caption's report: with a caption word weighed as a body word, BM25 would rank
  // the shorter report first.
  await add('body', `Neue Dächer für Schulen\n\n13.03.2025\n\n${SCHOOL}\n\nDie Bürgermeisterin Frida Quellmoor besuchte eine der Schulen im Bezirk.\n\n${HARBOUR.replace('Am Hafen', 'Im Hafen')}`);
  await add('neither', `Kräne am Hafen\n\n14.03.2025\n\n${HARBOUR}\n\nDie Opposition kündigte Widerstand an.`);
});
afterAll(() => db.close());

describe('search in photo captions', () => {
  it('finds a name standing only in a caption, below the report naming it in its body', () => {
    const p = searchArticles(db, req('Quellmoor'));
    expect(p.hits.map((h) => h.article.id)).toEqual([ids.body, ids.caption]);
  });

  it('says that the result matched in a caption, with the caption as its snippet', () => {
    const hit = searchArticles(db, req('Quellmoor')).hits.find((h) => h.article.id === ids.caption)!;
    expect(hit.snippets.map((s) => s.field)).toEqual(['caption']);
    const s = hit.snippets[0]!;
    expect(s.highlights.map(([a, b]) => s.text.slice(a, b))).toEqual(['Quellmoor']);
    // A report matching in its text says nothing of captions.
    const body = searchArticles(db, req('Quellmoor')).hits.find((h) => h.article.id === ids.body)!;
    expect(body.snippets.map((x) => x.field)).toEqual(['body']);
  });

  it('marks the name in the caption for the reader', () => {
    const a = getArticle(db, ids.caption!)!;
    const ranges = articleHits(db, ids.caption!, 'Quellmoor')!.ranges;
    expect(ranges.map(([s, e]) => a.text.slice(s, e))).toEqual(['Quellmoor']);
    const caption = a.blocks.find((b) => b.kind === 'caption')!;
    expect(ranges[0]![0]).toBeGreaterThanOrEqual(caption.start);
    expect(ranges[0]![1]).toBeLessThanOrEqual(caption.end);
  });

  it('a word of the caption and a word of the body together find the report; a phrase in a caption is found', () => {
    expect(searchArticles(db, req('Quellmoor Haushalt')).hits.map((h) => h.article.id)).toEqual([ids.caption]);
    expect(searchArticles(db, req('"Frida Quellmoor"')).hits.map((h) => h.article.id)).toEqual([ids.body, ids.caption]);
    expect(searchArticles(db, req('Rathaus')).hits.map((h) => h.article.id)).toEqual([ids.caption]);
  });
});
