import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type WriteDb } from '../../../src/core/store/db';
import { ingestText } from '../../../src/core/ingest/ingest';
import { searchArticles, type SearchRequest } from '../../../src/core/search/search';
import { SuggestIndex, SUGGEST_VERSION } from '../../../src/core/search/suggest';
import { migrate } from '../../../src/core/store/migrations/index';
import { stmt } from '../../../src/core/store/queries/cache';
import { ensureDerived } from '../../../src/core/derived/rebuild';
import { libraryAtVersion } from '../../support/schema';

// A small library of made-up reports, to check facets, filters, sorting and the indexes' upkeep.
let db: WriteDb;
const ids: Record<string, string> = {};
const req = (q: string, more: Partial<SearchRequest> = {}): SearchRequest => ({ q, sort: 'relevance', limit: 20, offset: 0, facets: true, groupCopies: true, ...more });

async function add(name: string, text: string): Promise<void> {
  const r = await ingestText({ db, emit: () => {}, jobId: null, extractWorkerFile: undefined }, { text, name });
  ids[name] = r.added[0]!.articleId;
}

beforeAll(async () => {
  db = openDb(':memory:');
  await add('a', 'Verhandlungen in Genf\n\n12.03.2025\n\nDie Friedensverhandlungen in Genf dauerten lange. Die Delegationen sprachen über den Krieg und einen Waffenstillstand.');
  await add('b', 'Streit um Haushalt\n\n05.04.2025\n\nDer Haushaltsstreit geht weiter. Die Koalition verhandelt über Schulden und die Schuldenbremse.');
  await add('c', 'Kriegsende in Sicht?\n\n20.04.2025\n\nNach dem Ukrainekrieg beginnen Verhandlungen über einen Wiederaufbau. Präsident Selenskyj sprach in Kiew.');
  // Dates and outlets are what the person says they are, to make facets predictable.
  const set = db.prepare('UPDATE search_docs SET site = ?, published = ?, month = substr(?, 1, 7) WHERE article_id = ?');
  set.run('genf.example', '2025-03-12', '2025-03-12', ids.a);
  set.run('berlin.example', '2025-04-05', '2025-04-05', ids.b);
  set.run('kiew.example', '2025-04-20', '2025-04-20', ids.c);
});
afterAll(() => db.close());

describe('searchArticles', () => {
  it('counts facets over every match', () => {
    const p = searchArticles(db, req('Verhandlungen'));
    expect(p.total).toBe(2);
    expect(p.facets!.outlet).toEqual([
      { value: 'genf.example', count: 1 },
      { value: 'kiew.example', count: 1 },
    ]);
    expect(p.facets!.month).toEqual([
      { value: '2025-04', count: 1 },
      { value: '2025-03', count: 1 },
    ]);
  });

  it('finds words that begin with a prefix', () => {
    expect(searchArticles(db, req('verh*')).total).toBe(3);
    // vers* is not ver*: no report has a word beginning with vers.
    expect(searchArticles(db, req('vers*')).total).toBe(0);
    const p = searchArticles(db, req('Delegation*'));
    expect(p.hits.map((h) => h.article.id)).toEqual([ids.a]);
    expect(p.hits[0]!.snippets.find((x) => x.field === 'body')!.highlights.length).toBe(1);
  });

  it('sorts by date both ways', () => {
    const asc = searchArticles(db, req('Verhandlungen OR Haushalt', { sort: 'date-asc' })).hits.map((h) => h.article.id);
    const desc = searchArticles(db, req('Verhandlungen OR Haushalt', { sort: 'date-desc' })).hits.map((h) => h.article.id);
    expect(asc).toEqual([ids.a, ids.b, ids.c]);
    expect(desc).toEqual([...asc].reverse());
  });

  it('ranks a title match above a body match', () => {
    const p = searchArticles(db, req('Haushalt OR Genf'));
    expect(p.hits.length).toBe(2);
    for (const h of p.hits) expect(h.snippets[0]!.field).toBe('title');
  });

  it('filters by outlet, date range and excludes words', () => {
    expect(searchArticles(db, req('outlet:kiew')).hits.map((h) => h.article.id)).toEqual([ids.c]);
    expect(searchArticles(db, req('from:2025-04 to:2025-04-10')).hits.map((h) => h.article.id)).toEqual([ids.b]);
    expect(searchArticles(db, req('Verhandlungen -Genf')).hits.map((h) => h.article.id)).toEqual([ids.c]);
  });

  it('treats has:note as "no notes" while nobody annotated', () => {
    const p = searchArticles(db, req('has:note'));
    expect(p.total).toBe(0);
  });

  it('finds notes and highlights once the annotations table has them', () => {
    db.prepare(
      `INSERT INTO annotations(id, article_id, note, exact, prefix, suffix, start, end, created_at, updated_at)
       VALUES ('n1', ?, 'Nachprüfen: wer saß am Tisch?', 'Delegationen', '', '', 0, 1, 'x', 'x'), ('h1', ?, NULL, 'Schuldenbremse', '', '', 0, 1, 'x', 'x')`,
    ).run(ids.a, ids.b);
    expect(searchArticles(db, req('has:note')).hits.map((h) => h.article.id)).toEqual([ids.a]);
    expect(searchArticles(db, req('has:highlight')).hits.map((h) => h.article.id).sort()).toEqual([ids.a, ids.b].sort());
    const p = searchArticles(db, req('Tisch in:notes'));
    expect(p.hits.map((h) => h.article.id)).toEqual([ids.a]);
    expect(p.hits[0]!.snippets.find((x) => x.field === 'notes')!.text).toContain('Tisch');
    expect(searchArticles(db, req('Tisch')).total).toBe(0);
    db.exec("DELETE FROM annotations WHERE id IN ('n1', 'h1')");
  });

  it('finds by tag: the tags a person gave highlights in a report, in any case, as well as the page\'s own', () => {
    expect(searchArticles(db, req('tag:Äußerung')).total).toBe(0);
    db.prepare(
      `INSERT INTO annotations(id, article_id, note, exact, prefix, suffix, start, end, created_at, updated_at)
       VALUES ('t1', ?, NULL, 'Schuldenbremse', '', '', 0, 1, 'x', 'x'), ('t2', ?, NULL, 'Kiew', '', '', 0, 1, 'x', 'x')`,
    ).run(ids.b, ids.c);
    db.prepare("INSERT INTO annotation_tags(annotation_id, tag) VALUES ('t1', 'Äußerung'), ('t2', 'Ukraine')").run();
    expect(searchArticles(db, req('tag:Äußerung')).hits.map((h) => h.article.id)).toEqual([ids.b]);
    expect(searchArticles(db, req('tag:äußerung')).hits.map((h) => h.article.id)).toEqual([ids.b]);
    expect(searchArticles(db, req('tag:äußerung tag:ukraine')).hits.map((h) => h.article.id).sort()).toEqual([ids.b, ids.c].sort());
    expect(searchArticles(db, req('Koalition tag:ukraine')).total).toBe(0);
    expect(searchArticles(db, req('tag:Äuß')).total).toBe(0);
    db.exec("DELETE FROM annotations WHERE id IN ('t1', 't2')");
    expect(searchArticles(db, req('tag:Äußerung')).total).toBe(0);
  });

  it('offers a correction when nothing matches', () => {
    const p = searchArticles(db, req('Selemskyj'), (w) => (w === 'Selemskyj' ? 'Selenskyj' : null));
    expect(p.total).toBe(0);
    expect(p.didYouMean).toBe('Selenskyj');
  });

  it('keeps the index in step with re-extraction', () => {
    expect(searchArticles(db, req('Schuldenbremse')).total).toBe(1);
    db.prepare("UPDATE articles SET body = 'ersetzt' WHERE id = ?").run(ids.b);
    // Not yet: the index follows replaceExtraction, not raw UPDATEs.
    expect(searchArticles(db, req('Schuldenbremse')).total).toBe(1);
  });
});

describe('searchArticles with many matches', () => {
  // One article (the oldest doc), then 10,499 indexed docs written straight into the index with
  // no article behind them (they count, but are never a hit): enough to pass FACET_CAP.
  let big: WriteDb;
  let oldest = '';
  const N = 10_500;
  beforeAll(async () => {
    big = openDb(':memory:');
    const r = await ingestText({ db: big, emit: () => {}, jobId: null, extractWorkerFile: undefined }, { text: 'Gespräch über die Lage\n\nDie Gespräche gingen über die Lage weit hinaus.' });
    oldest = r.added[0]!.articleId;
    big.prepare("UPDATE search_docs SET site = 'odd.example', published = '2025-05-01', month = '2025-05'").run();
    const doc = big.prepare('INSERT INTO search_docs(doc, article_id, site, lang, published, month) VALUES (?, ?, ?, ?, ?, ?)');
    const fts = big.prepare('INSERT INTO search_fts(rowid, title, head, body, heads) VALUES (?, ?, ?, ?, ?)');
    big.transaction(() => {
      for (let i = 2; i <= N; i++) {
        doc.run(i, `a${i}`, i % 2 ? 'odd.example' : 'even.example', 'de', '2025-05-01', '2025-05');
        fts.run(i, 'bericht', '', 'die gesprach gingen uber die lag weit', '');
      }
    })();
  });
  afterAll(() => big.close());

  it.each([
    ['a word', 'Gespräch', 'many matches: ranked the newest 1,500 and every title match'],
    ['a phrase', '"über die Lage"', 'many matches: ranked the newest 10,000 and every title match'],
    ['a prefix', 'gespr*', 'many matches: ranked the newest 10,000 and every title match'],
  ])('counts %s over the newest 10,000 and says the total and facets are estimated', (_kind, q, ranked) => {
    const p = searchArticles(big, req(q));
    expect(p.total).toBe(N);
    expect(p.notices).toEqual(expect.arrayContaining([`≈ ${N.toLocaleString('en')} matches, estimated from the newest 10,000`, ranked]));
    expect(p.facets!.outlet.reduce((n, f) => n + f.count, 0)).toBe(N);
    // The oldest doc is not among the newest 10,000, but its title matches: it is ranked, first.
    expect(p.hits.map((h) => h.article.id)).toEqual([oldest]);
  });

  it('counts exactly below the cap', () => {
    const p = searchArticles(big, req('"über die" outlet:odd'));
    expect(p.total).toBe(N / 2);
    expect(p.notices).toEqual([]);
  });
});

describe('searchArticles with near-identical copies', () => {
  it('shows a group once, at its best rank, with how many copies it has; pages stay whole', async () => {
    const lib = openDb(':memory:');
    const wire = (i: number) => Array.from({ length: 12 }, (_, k) => `Satz ${k} der Agenturmeldung ${i} über Verhandlungen in der Stadt Nummer ${k * 7 + i} mit vielen Beteiligten.`).join(' ');
    const at = async (text: string, name: string) => (await ingestText({ db: lib, emit: () => {}, jobId: null, extractWorkerFile: undefined }, { text, name })).added[0]!.articleId;
    const copies: string[] = [];
    for (let v = 0; v < 6; v++) copies.push(await at(`Meldung in Fassung ${v}\n\n${wire(1).replace('Satz 3', `Fassung ${v} Satz 3`)}`, `copy${v}`));
    const loners: string[] = [];
    for (let i = 2; i < 6; i++) loners.push(await at(`Eigene Meldung ${i}\n\n${wire(i)}`, `own${i}`));
    const grouped = searchArticles(lib, { ...req('Agenturmeldung'), limit: 3 });
    expect(grouped.total).toBe(10);
    const rows = [...grouped.hits, ...searchArticles(lib, { ...req('Agenturmeldung'), limit: 3, offset: 3 }).hits];
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((h) => h.article.id)).size).toBe(5);
    const group = rows.filter((h) => copies.includes(h.article.id));
    expect(group).toHaveLength(1);
    expect(group[0]!.article.copyCount).toBe(5);
    expect(rows.filter((h) => loners.includes(h.article.id)).every((h) => h.article.copyCount === 0)).toBe(true);
    expect(searchArticles(lib, { ...req('Agenturmeldung'), groupCopies: false }).hits).toHaveLength(10);
    expect(searchArticles(lib, { ...req('Agenturmeldung'), sort: 'date-desc' }).hits).toHaveLength(5);
    lib.close();
  });
});

describe('searchArticles with one story in many copies', () => {
  it('a prefix search fills its page past a story whose copies outnumber the window', async () => {
    const lib = openDb(':memory:');
    const at = async (text: string, name: string) => (await ingestText({ db: lib, emit: () => {}, jobId: null, extractWorkerFile: undefined }, { text, name })).added[0]!.articleId;
    // Short, dense in the word: the copies rank above the other report, which says it once at length.
    const wire = (v: number) => Array.from({ length: 8 }, (_, k) => `Verhandlungen ${k} laufen, Verhandlungsrunde ${k} beginnt.`).join(' ') + ` Fassung ${v}.`;
    for (let v = 0; v < 45; v++) await at(`Meldung ${v}\n\n${wire(v)}`, `copy${v}`);
    const other = await at(`Ein anderer Bericht\n\n${Array.from({ length: 30 }, (_, k) => `Der Stadtrat ${k} beschloss den Haushalt für das Jahr ${2000 + k} ohne Gegenstimmen.`).join(' ')} Die Verhandlungen dauerten.`, 'other');
    const page = searchArticles(lib, { ...req('Verhandl*'), limit: 1, offset: 1 });
    expect(page.hits.map((h) => h.article.id)).toEqual([other]);
    const first = searchArticles(lib, { ...req('Verhandl*'), limit: 1 });
    expect(first.hits[0]!.article.copyCount).toBe(44);
    lib.close();
  });
});

describe('migration 3', () => {
  it('indexes articles that were there before it, and does nothing on an empty library', async () => {
    const old = openDb(':memory:');
    expect((old.prepare('SELECT count(*) AS n FROM search_docs').get() as { n: number }).n).toBe(0);
    old.close();
    // A library at version 2 with an article, migrated to the latest and opened: the search
    // tables come from migration 3, their rows from core/derived on that open.
    const d = libraryAtVersion(2);
    d.prepare("UPDATE articles SET title = 'Titel', body = 'Die Gespräche über den Ukrainekrieg gingen weiter.' WHERE id = 'a'").run();
    migrate(d);
    ensureDerived(d);
    expect(searchArticles(d, req('krieg')).total).toBe(1);
    expect(d.prepare("SELECT name FROM sqlite_master WHERE name = 'articles_fts'").get()).toBeUndefined();
    d.close();
  });
});

describe('SuggestIndex', () => {
  it('loads its snapshot instead of re-indexing, and rebuilds one of another version', () => {
    const s1 = new SuggestIndex(db);
    expect(s1.suggest('Selensk').map((x) => x.text)).toContain('Selenskyj');
    const saved = stmt(db, "SELECT version FROM search_snapshots WHERE name = 'suggest'").get() as { version: number };
    expect(saved.version).toBe(SUGGEST_VERSION);

    let rebuilt = 0;
    const s2 = new SuggestIndex(db);
    const orig = s2.rebuild.bind(s2);
    s2.rebuild = () => {
      rebuilt++;
      orig();
    };
    expect(s2.suggest('Selenskij').map((x) => x.text)).toContain('Selenskyj');
    expect(rebuilt).toBe(0);

    db.prepare("UPDATE search_snapshots SET version = version + 100 WHERE name = 'suggest'").run();
    const s3 = new SuggestIndex(db);
    s3.rebuild = () => {
      rebuilt++;
      SuggestIndex.prototype.rebuild.call(s3);
    };
    s3.suggest('Genf');
    expect(rebuilt).toBe(1);
  });

  it('catches up with articles added after the snapshot', async () => {
    const s = new SuggestIndex(db);
    s.suggest('x');
    await add('d', 'Neue Gespräche\n\nAußenminister Wadephul traf in Riad seinen Amtskollegen.');
    expect(s.suggest('Wadepul').map((x) => x.text)).toContain('Wadephul');
  });

  it('holds a title once however many reports carry it, and opens a report that still does', async () => {
    await add('w1', 'Waffenruhe in Gaza hält\n\nDie Waffenruhe hielt auch am dritten Tag, meldeten Helfer.');
    const one = new SuggestIndex(db);
    one.rebuild();
    await add('w2', 'Waffenruhe in Gaza hält\n\nDie Waffenruhe hielt auch am dritten Tag, sagten Helfer.');
    const s = new SuggestIndex(db);
    s.rebuild();
    expect(s.size).toBe(one.size);
    const titles = () => s.suggest('Waffenruh').filter((x) => x.kind === 'title');
    expect(titles()).toEqual([expect.objectContaining({ text: 'Waffenruhe in Gaza hält', articleId: ids.w1 })]);

    // The first report is retitled: the title stays, shown with the report that still carries it.
    db.prepare('UPDATE articles SET title = ? WHERE id = ?').run('Ruhe in Gaza', ids.w1);
    expect(titles()).toEqual([expect.objectContaining({ text: 'Waffenruhe in Gaza hält', articleId: ids.w2 })]);
    // No report carries it any more: it is not offered.
    db.prepare('UPDATE articles SET title = ? WHERE id = ?').run('Ruhe in Gaza', ids.w2);
    expect(titles()).toEqual([]);
  });

  it('keeps no stored fields: kinds and texts live in the ids', () => {
    const s = new SuggestIndex(db);
    s.rebuild();
    const data = (stmt(db, "SELECT data FROM search_snapshots WHERE name = 'suggest'").get() as { data: Buffer }).data;
    const snap = JSON.parse(data.toString('utf8').split('\n')[0]!) as {
      storedFields: object;
    };
    expect(snap.storedFields).toEqual({});
    expect(s.suggest('Wadephul')).toContainEqual(expect.objectContaining({ text: 'Wadephul', kind: 'person' }));
    const title = s.suggest('Kriegsende')[0]!;
    expect(title).toMatchObject({ text: 'Kriegsende in Sicht?', kind: 'title', articleId: ids.c });
  });
});
