import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type WriteDb } from '../../../src/core/store/db';
import { ingestText } from '../../../src/core/ingest/ingest';
import { searchArticles, type SearchRequest } from '../../../src/core/search/search';

// A library where stories come in many copies (as in the synthetic 100k corpus, where each text
// stands ~97 times): pages of a phrase or a prefix search collapse copies from the group of each
// search doc stored beside it (migration 15), and must give what reading the ranking again
// until the page fills gives. A query in two scopes still takes that older path, so the same
// query in `in:article in:notes` (no notes here: the same matches) is the reference.
let db: WriteDb;
const req = (q: string, more: Partial<SearchRequest> = {}): SearchRequest => ({ q, sort: 'relevance', limit: 1, offset: 0, facets: true, groupCopies: true, ...more });
const add = async (text: string, name: string) => (await ingestText({ db, emit: () => {}, jobId: null, extractWorkerFile: undefined }, { text, name })).added[0]!.articleId;

const story = (s: number, v: number) =>
  `${s % 2 ? 'Meldung' : 'Die Verhandlungen in Runde'} ${s} Fassung ${v}\n\n` +
  Array.from({ length: 10 }, (_, k) => `Die Verhandlungen ${s} in Runde ${k} gingen weiter, sagte Sprecher ${s * 13 + k} der Delegation ${s}.`).join(' ') +
  ` Verhandlungsrunde ${s}. Zusatz ${v}.`;
const loner = (i: number) =>
  `${i % 2 ? 'Eigener Bericht' : 'Die Verhandlungen im Stadtrat'} ${i}\n\n` + Array.from({ length: 14 }, (_, k) => `Im Stadtrat ${i} ging es um Punkt ${k * 3 + i}, die Verhandlungen ${i} dauerten.`).join(' ');

beforeAll(async () => {
  db = openDb(':memory:');
  // Stories of 8 to 50 copies, interleaved with reports of their own, so that groups of every
  // size rank high and low and the first pass's window (20× the page) often holds too few groups.
  const copies = [30, 50, 8, 40];
  for (let round = 0; round < 50; round++) {
    for (let s = 0; s < 4; s++) if (round < copies[s]!) await add(story(s, round), `s${s}v${round}`);
    if (round % 4 === 0) await add(loner(round), `own${round}`);
  }
});
afterAll(() => db.close());

const page = (q: string, offset: number) => searchArticles(db, req(q, { offset }));
const shown = (p: ReturnType<typeof page>) => p.hits.map((h) => `${h.article.id} ×${h.article.copyCount} ${h.score.toFixed(9)}`);

describe('search with copies collapsed from the stored groups', () => {
  it('stores each search doc under its group head, as the twin groups say', () => {
    const wrong = db
      .prepare(
        `SELECT count(*) FROM search_docs d LEFT JOIN twin_copies tc ON tc.article_id = d.article_id
         LEFT JOIN articles h ON h.id = tc.head_id WHERE d.head IS NOT h.rowid`,
      )
      .pluck()
      .get();
    expect(wrong).toBe(0);
    expect(db.prepare('SELECT count(DISTINCT coalesce(head, doc)) FROM search_docs').pluck().get()).toBe(4 + 13);
  });

  it.each(['"die Verhandlungen"', 'Verhandl*', '"Runde 3" Sprecher*', 'Runde* Verhandl*', '"die Verhandlungen" Rund*'])('pages of %s are those of the ranking read again until each fills', (q) => {
    const ids: string[] = [];
    for (let offset = 0; offset < 8; offset++) {
      const fast = page(q, offset);
      const reference = page(`${q} in:article in:notes`, offset);
      expect(shown(fast)).toEqual(shown(reference));
      expect(fast.total).toBe(reference.total);
      ids.push(...fast.hits.map((h) => h.article.id));
    }
    // Every story and report once, whatever its number of copies, in the order of one page of eight.
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(searchArticles(db, req(q, { limit: 8 })).hits.map((h) => h.article.id));
  });

  it('shows a story once with its copies counted, the pages not overlapping', () => {
    const seen: string[] = [];
    const hits = Array.from({ length: 17 }, (_, offset) => page('Verhandl*', offset).hits).flat();
    expect(new Set(hits.map((h) => h.article.id)).size).toBe(17);
    const counts = [0, 1, 2, 3].map((s) => hits.find((h) => new RegExp(` ${s} Fassung \\d+$`).test(h.article.title))?.article.copyCount);
    expect(counts).toEqual([29, 49, 7, 39]);
  });
});

describe('search with copies collapsed, a story outranked in the window but not in its title', () => {
  // A wire story in 45 short copies dense in the words fills the first pass's window; another
  // in 30 copies says them in its title. Below `FACET_CAP` matches every match is ranked on its
  // whole text; the title matches (scored on the title alone) once joined the ranking only when
  // the window held too few groups, so page 2 ranked differently from page 1 and showed the
  // wire story again.
  let lib: WriteDb;
  beforeAll(async () => {
    lib = openDb(':memory:');
    const at = async (text: string, name: string) => ingestText({ db: lib, emit: () => {}, jobId: null, extractWorkerFile: undefined }, { text, name });
    const wire = (v: number) => Array.from({ length: 8 }, (_, k) => `Verhandlungen ${k} laufen, Verhandlungsrunde ${k} beginnt.`).join(' ') + ` Fassung ${v}.`;
    const titled = (v: number) =>
      `Neue Runde der Verhandlungen ${v}\n\n` + Array.from({ length: 20 }, (_, k) => `Der Ausschuss ${k} tagte am Abend lange und beriet den Haushalt ${2000 + k}.`).join(' ') + ` Die Runde endete. Fassung ${v}.`;
    for (let v = 0; v < 45; v++) {
      await at(`Meldung ${v}\n\n${wire(v)}`, `wire${v}`);
      if (v < 30) await at(titled(v), `titled${v}`);
    }
  });
  afterAll(() => lib.close());

  it.each(['Runde* Verhandl*', 'Verhandl*'])('pages of %s are those of the ranking read again (in two scopes)', (q) => {
    for (let offset = 0; offset < 3; offset++) {
      const fast = searchArticles(lib, req(q, { offset }));
      const reference = searchArticles(lib, req(`${q} in:article in:notes`, { offset }));
      expect(shown(fast)).toEqual(shown(reference));
    }
  });
  it.each(['Runde* Verhandl*', 'Verhandl*'])('pages of %s show each story once, in one order that pages slice', (q) => {
    const paged = [0, 1, 2].flatMap((offset) => searchArticles(lib, req(q, { offset })).hits.map((h) => h.article.id));
    const whole = searchArticles(lib, req(q, { limit: 3 })).hits.map((h) => h.article.id);
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged).toEqual(whole);
  });
});
