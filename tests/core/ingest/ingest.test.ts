import { closeSync, mkdirSync, openSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/core/ingest/ingest';
import { openLibrary } from '../../../src/core/library';
import type { WriteDb } from '../../../src/core/store/db';
import { countArticles, getArticle } from '../../../src/core/store/queries/article-reads';
import { listFirst } from '../../../src/core/store/queries/article-list';
import { listGroup } from '../../../src/core/list/copies';

const listArticles = (db: WriteDb, sort: 'title-asc', limit: number) => listFirst(db, { sort, grouped: false }, limit).map((r) => r.summary);
import type { ParallaxEvent } from '../../../src/shared/events';
import { SEEDS, tempDir, writeUnder } from '../../support/temp';

let tmp: ReturnType<typeof tempDir>;
let db: WriteDb;
let events: ParallaxEvent[];
const ingest = (paths: string[]) => ingestPaths({ db, emit: (e) => events.push(e), jobId: null }, paths);

beforeEach(async () => {
  tmp = tempDir();
  events = [];
  db = await openLibrary({ path: join(tmp.dir, 'lib.sqlite'), seedDir: null });
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

function write(rel: string, content: string | Uint8Array): string {
  return writeUnder(tmp.dir, rel, content);
}

describe('ingestPaths', () => {
  it('walks folders recursively, skipping hidden files, and keeps the raw bytes', async () => {
    write('in/a.txt', 'Erster Bericht\n\nText eins.');
    write('in/sub/b.txt', 'Zweiter Bericht\n\nText zwei.');
    write('in/.hidden.txt', 'Versteckt\n\nNicht lesen.');
    const r = await ingest([join(tmp.dir, 'in')]);
    expect(r.added.map((a) => a.name).sort()).toEqual(['a.txt', 'b.txt']);
    const raw = db.prepare('SELECT raw, encoding FROM sources WHERE name = ?').get('a.txt') as { raw: Buffer; encoding: string };
    expect(raw.raw.toString('utf8')).toBe('Erster Bericht\n\nText eins.');
    expect(raw.encoding).toBe('utf-8');
  });

  it('reports an empty folder and a missing path without failing the rest', async () => {
    mkdirSync(join(tmp.dir, 'empty'));
    const ok = write('ok.txt', 'Bericht\n\nInhalt.');
    const r = await ingest([join(tmp.dir, 'empty'), join(tmp.dir, 'nope.txt'), ok]);
    expect(r.added).toHaveLength(1);
    expect(r.skipped.map((s) => s.reason)).toEqual([
      `ingest: folder "${join(tmp.dir, 'empty')}" holds no readable files`,
      `ingest: "${join(tmp.dir, 'nope.txt')}" does not exist`,
    ]);
  });

  it('adds the same content only once, also in another encoding', async () => {
    const text = 'Größere Gespräche\n\nÜber „Zitate“ – und mehr.';
    const a = write('utf8.txt', text);
    const b = write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]));
    const r = await ingest([a, b]);
    expect(r.added).toHaveLength(1);
    expect(r.present).toHaveLength(1);
    expect(r.present[0]!.articleId).toBe(r.added[0]!.articleId);
    const again = await ingest([a]);
    expect(again.added).toHaveLength(0);
    expect(countArticles(db)).toBe(1);
  });

  it('reads JSON Lines records, reporting a bad line by number and ingesting the rest', async () => {
    const lines = [
      JSON.stringify({ id: 'r1', title: 'Erster Datensatz', text: 'Inhalt des ersten Datensatzes.', published: '2025-04-11T10:00:00Z', site: 'Der Standard' }),
      '{"text": "kaputt',
      JSON.stringify({ body: 'Nur ein Body-Feld, kein Titel.' }),
      JSON.stringify({ title: 'Ohne Text' }),
      '',
    ];
    const r = await ingest([write('data.jsonl', lines.join('\n'))]);
    expect(r.added).toHaveLength(2);
    expect(r.skipped.map((s) => s.locator)).toEqual(['line 2', 'line 4']);
    // A line that stops inside its JSON is a file cut short: said so, with what to do.
    expect(r.skipped[0]!.reasonCoded).toEqual({ code: 'ingest.record-cut', params: { name: 'data.jsonl', locator: 'line 2' } });
    expect(r.skipped[0]!.reason).toMatch(/^ingest: data.jsonl line 2: the record breaks off before its JSON ends/);
    expect(r.skipped[1]!.reason).toBe('ingest: data.jsonl line 4: no "text" or "body" field with text');
    const first = getArticle(db, r.added[0]!.articleId)!;
    expect(first.title).toBe('Erster Datensatz');
    expect(first.site).toBe('Der Standard');
    expect(first.published).toBe('2025-04-11T10:00');
    expect(first.source.locator).toBe('line 1');
  });

  it('tells a record cut off (the last line of a half-written file) from one that is wrong in itself', async () => {
    const whole = JSON.stringify({ title: 'Ganz', text: 'Der erste Bericht ist vollständig.' });
    const r = await ingest([write('halb.jsonl', [whole, '{"title": x, "text": "falsch"}', '["a", {"b": 1}] extra', '{"title":"Dritter Ber'].join('\n'))]);
    expect(r.added).toHaveLength(1);
    expect(r.skipped.map((s) => [s.locator, s.reasonCoded?.code])).toEqual([
      ['line 2', 'ingest.record-not-json'],
      ['line 3', 'ingest.record-not-json'],
      ['line 4', 'ingest.record-cut'],
    ]);
    const file = await ingest([write('liste.json', '[{"title":"A","text":"Ein Text."},{"title":"B","tex')]);
    expect(file.skipped.map((s) => s.reasonCoded?.code)).toEqual(['ingest.file-cut']);
  });

  it('refuses a file over the size limit, naming the limit, without reading it', async () => {
    const p = join(tmp.dir, 'huge.txt');
    const fd = openSync(p, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    const r = await ingest([p]);
    expect(r.skipped).toEqual([
      {
        name: 'huge.txt',
        code: 'TOO_LARGE',
        reason: 'ingest: "huge.txt" is 200.0 MB; one article file may be at most 32 MB',
        reasonCoded: { code: 'ingest.file-too-large', params: { name: 'huge.txt', megabytes: 200, limit: 32 } },
      },
    ]);
  });

  it('rolls back a failing batch and retries one by one, so only the bad article is lost', async () => {
    db.exec("CREATE TRIGGER boom BEFORE INSERT ON articles WHEN new.title = 'BOOM' BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
    const recs = ['Eins', 'BOOM', 'Drei'].map((title) => JSON.stringify({ title, text: `Text von ${title}.` }));
    const r = await ingest([write('batch.jsonl', recs.join('\n'))]);
    expect(r.added.map((a) => a.title)).toEqual(['Eins', 'Drei']);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]!.reason).toContain('refused by test');
    expect(db.prepare('SELECT count(*) AS n FROM sources').get()).toEqual({ n: 2 });
  });

  it('links a near duplicate (the same wire copy with small edits) to its twin, and nothing else', async () => {
    const wire = Array.from({ length: 12 }, (_, i) => `Satz ${i} der Agenturmeldung berichtet über Verhandlungen in der Stadt Nummer ${i * 7} mit vielen Beteiligten.`).join(' ');
    const a = write('wire-a.txt', `Meldung A\n\n${wire}`);
    const b = write('wire-b.txt', `Meldung B mit anderem Titel\n\n${wire.replace('Satz 3 der', 'Der dritte Satz der')} Ein eigener Schlusssatz.`);
    const c = write('other.txt', `Anderes Thema\n\n${Array.from({ length: 12 }, (_, i) => `Ganz anderer Inhalt ${i} über Wetter, Berge und Schnee im Winter des Jahres ${2000 + i}.`).join(' ')}`);
    const r = await ingest([a, b, c]);
    const [ia, ib, ic] = r.added.map((x) => x.articleId);
    const artA = getArticle(db, ia!)!;
    expect(artA.twins.map((t) => t.id)).toEqual([ib]);
    expect(artA.twins[0]!.similarity).toBeGreaterThan(0.5);
    expect(getArticle(db, ic!)!.twins).toEqual([]);
    const counts = Object.fromEntries(listArticles(db, 'title-asc', 10).map((x) => [x.id, x.twinCount]));
    expect(counts).toEqual({ [ia!]: 1, [ib!]: 1, [ic!]: 0 });
    // The copy collapses under the report added first; the group expands to both.
    expect(listGroup(db, ib!).map((x) => [x.id, x.copyCount])).toEqual([[ia, 1], [ib, 0]]);
    expect(listGroup(db, ic!).map((x) => x.id)).toEqual([ic]);
  });

  it("forgets an article's signature, bands and links when the article is deleted", async () => {
    const wire = Array.from({ length: 12 }, (_, i) => `Satz ${i} der Agenturmeldung berichtet über Verhandlungen in der Stadt Nummer ${i * 7} mit vielen Beteiligten.`).join(' ');
    const r = await ingest([write('wire-a.txt', `Meldung A\n\n${wire}`), write('wire-b.txt', `Meldung B\n\n${wire} Ein eigener Schlusssatz.`)]);
    const [ia, ib] = r.added.map((x) => x.articleId);
    const rows = (id: string) => [
      db.prepare('SELECT count(*) FROM article_signatures WHERE article_id = ?').pluck().get(id),
      db.prepare('SELECT count(*) FROM article_bands WHERE article_id = ?').pluck().get(id),
      db.prepare('SELECT count(*) FROM near_duplicates WHERE a = ? OR b = ?').pluck().get(id, id),
    ];
    expect(rows(ia!)).toEqual([1, 16, 1]);
    db.prepare('DELETE FROM articles WHERE id = ?').run(ia);
    expect(rows(ia!)).toEqual([0, 0, 0]);
    expect(getArticle(db, ib!)!.twins).toEqual([]);
  });

  it('reads saved HTML pages and Markdown files by their content, keeping the raw bytes', async () => {
    const html = '<!doctype html><html lang="en"><head><title>Bridge reopens | Example Times</title><script>var tracking = 1;</script></head><body><nav><a href="/">Home</a><a href="/world">World</a></nav><article><h1>Bridge reopens after repairs</h1><p>The bridge reopened on Tuesday after two years of repairs, the city said in a statement on its website.</p><p>Traffic is expected to return to normal within weeks, officials added, and buses will use it again.</p></article></body></html>';
    const md = '# Talks resume in Geneva\n\nDelegations met again on Monday for a second round of talks about the ceasefire, officials said.\n\n- First point\n- Second point\n\nThe next round is planned for next month, according to both sides.';
    const r = await ingest([write('page.html', html), write('notes.md', md)]);
    expect(r.added).toHaveLength(2);
    const page = getArticle(db, r.added[0]!.articleId)!;
    expect(page.source.format).toBe('html');
    expect(page.title).toBe('Bridge reopens after repairs');
    expect(page.text).not.toContain('tracking');
    expect(page.blocks.filter((b) => b.region === 'body').map((b) => b.text).join(' ')).toContain('The bridge reopened on Tuesday');
    const raw = db.prepare('SELECT raw FROM sources WHERE name = ?').get('page.html') as { raw: Buffer };
    expect(raw.raw.toString('utf8')).toBe(html);
    const notes = getArticle(db, r.added[1]!.articleId)!;
    expect(notes.source.format).toBe('markdown');
    expect(notes.title).toBe('Talks resume in Geneva');
    expect(notes.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(2);
  });

  it("lists a Markdown note under the outlet its front matter names (source: Tagesspiegel)", async () => {
    const md = '---\ntitle: Senat beschließt Haushalt\nsource: Tagesspiegel\ndate: 2025-06-12\n---\n\nDer Berliner Senat hat am Donnerstag den Doppelhaushalt beschlossen, teilte die Finanzverwaltung mit.\n\nDie Opposition kritisierte die Kürzungen bei Kultur und Verkehr.';
    await ingest([write('notizen/haushalt.md', md)]);
    const [row] = listArticles(db, 'title-asc', 10);
    expect(row!.title).toBe('Senat beschließt Haushalt');
    expect(row!.site).toBe('Tagesspiegel');
  });

  it('adds a file with no article body, with a warning', async () => {
    const r = await ingest([write('menu.txt', 'Home\nWorld\nSport\nContact')]);
    expect(r.added).toHaveLength(1);
    expect(r.warnings).toEqual([{ name: 'menu.txt', articleId: r.added[0]!.articleId, message: 'no article body found', messageCoded: { code: 'extract.no-body', params: {} } }]);
  });

  it('reports progress from start to end and announces the change', async () => {
    await ingest([write('p.txt', 'Fortschritt\n\nText.')]);
    const progress = events.filter((e) => e.type === 'ingestProgress');
    expect(progress.length).toBeGreaterThanOrEqual(2);
    const last = progress.at(-1) as Extract<ParallaxEvent, { type: 'ingestProgress' }>;
    expect(last.done).toBe(last.total);
    expect(events.map((e) => e.type).slice(-2)).toEqual(['ingestDone', 'libraryChanged']);
  });

  it('says it is counting a file’s reports before it reads them, then counts them done as written, never backwards', async () => {
    const lines = Array.from({ length: 600 }, (_, i) => JSON.stringify({ title: `Zählung ${i}`, text: `Der Bericht ${i} über die Zählung im Hafen.` }));
    const path = write('count.jsonl', lines.join('\n'));
    await ingest([path]);
    const progress = events.filter((e): e is Extract<ParallaxEvent, { type: 'ingestProgress' }> => e.type === 'ingestProgress');
    const counting = progress.filter((e) => e.phase === 'counting');
    const importing = progress.filter((e) => e.phase === 'importing');
    // Heard at once, before the count (a big file's count takes seconds): nothing counted yet.
    expect(counting[0]).toMatchObject({ done: 0, reports: 0, reportsTotal: null, current: 'count.jsonl' });
    expect(progress.indexOf(counting.at(-1)!)).toBeLessThan(progress.indexOf(importing[0]!));
    expect(counting.at(-1)).toMatchObject({ reports: 600, done: counting[0]!.total });
    for (let i = 1; i < importing.length; i++) {
      expect(importing[i]!.reports).toBeGreaterThanOrEqual(importing[i - 1]!.reports);
      expect(importing[i]!.extracted!).toBeGreaterThanOrEqual(importing[i - 1]!.extracted!);
    }
    for (const e of importing) expect(e.extracted!).toBeGreaterThanOrEqual(e.reports);
    expect(importing.at(-1)).toMatchObject({ reports: 600, extracted: 600, reportsTotal: 600 });
  });
});

describe('openLibrary', () => {
  it('fills a new library with the seeds once, and never again after they are removed', async () => {
    const path = join(tmp.dir, 'seeded.sqlite');
    const first = await openLibrary({ path, seedDir: SEEDS });
    expect(countArticles(first)).toBe(5);
    expect(listArticles(first, 'title-asc', 10).map((a) => a.sourceName).sort()).toEqual([
      '000_17403f2a24e8d05d.txt',
      '001_80f1f16ae64ea3db.txt',
      '002_c3b424d6f4659667.txt',
      '003_0d09f65d3df5d1b8.txt',
      '004_f4ef427de9d6c8eb.txt',
    ]);
    first.exec('DELETE FROM blocks; DELETE FROM articles;');
    first.close();
    const second = await openLibrary({ path, seedDir: SEEDS });
    expect(countArticles(second)).toBe(0);
    second.close();
  });
});
