import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import type { WriteDb } from '../../../src/core/store/db';
import type { ArticleId, ParallaxApi } from '../../../src/shared/api';
import { SEEDS, tempDir } from '../../support/temp';

// Every view a trashed report must leave and come back to, on the five seed reports (one of
// them given a copy, for the near-duplicate groups).
const tmp = tempDir();
let db: WriteDb;
let api: ParallaxApi;
let tkp: ArticleId;
let copy: ArticleId;

const BODY =
  'Die Delegationen trafen sich am Montag in Genf zu einer zweiten Runde von Gesprächen über eine Waffenruhe. ' +
  'Beide Seiten nannten das Treffen konstruktiv, Einzelheiten wurden nicht bekannt. Die nächste Runde soll im kommenden Monat stattfinden, ' +
  'teilten Sprecher beider Delegationen nach dem Ende der Gespräche am Abend in Genf mit. Beobachter sprachen von einem vorsichtigen Fortschritt.';

beforeAll(async () => {
  db = await openLibrary({ path: join(tmp.dir, 'seeds.sqlite'), seedDir: SEEDS });
  api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: 'x', version: '0' });
  const rows = db.prepare('SELECT a.id, s.name FROM articles a JOIN sources s ON s.id = a.source_id').all() as { id: ArticleId; name: string }[];
  tkp = rows.find((r) => r.name.startsWith('000'))!.id;
  await api.ingestText({ name: 'genf-a.txt', text: `Treffen in Genf\n\n${BODY}` });
  copy = (await api.ingestText({ name: 'genf-b.txt', text: `Runde in Genf\n\n${BODY} Ende.` })).added[0]!.articleId;
});
afterAll(() => {
  db.close();
  tmp.cleanup();
});

const listed = async (): Promise<ArticleId[]> => (await api.listArticles({ limit: 100 })).items.map((a) => a.id);
const found = async (q: string): Promise<ArticleId[]> => (await api.searchArticles({ q, limit: 50 })).hits.map((h) => h.article.id);
const inTimeline = async (id: ArticleId): Promise<boolean> => (await api.getTimeline()).some((e) => e.articleIds.includes(id));
const inStories = async (id: ArticleId): Promise<boolean> => (await api.listStories()).some((s) => s.articleIds.includes(id));
const peopleOf = async (): Promise<Map<string, number>> => new Map((await api.listEntities()).map((e) => [e.name, e.articleCount]));

describe('the trash', () => {
  it('takes a report out of the list, its totals, search, suggestions, timeline, people and stories, and restore brings every one back', async () => {
    const title = (await api.getArticle(tkp)).title;
    const before = { list: await listed(), total: (await api.listArticles({})).total, search: await found('Witkoff'), timeline: await inTimeline(tkp), stories: await inStories(tkp), people: await peopleOf() };
    expect(before.list).toContain(tkp);
    expect(before.search).toContain(tkp);
    expect(before.timeline).toBe(true);
    const suggested = async (): Promise<boolean> => (await api.suggest(title.slice(0, 24), 10)).some((s) => s.articleId === tkp);
    const suggestedBefore = await suggested();
    expect(suggestedBefore).toBe(true);

    expect(await api.trashArticles([tkp])).toEqual({ ids: [tkp] });
    expect(await listed()).not.toContain(tkp);
    expect((await api.listArticles({})).total).toBe(before.total - 1);
    expect((await api.listArticles({})).rows).toBe(before.total - 1);
    expect(await found('Witkoff')).not.toContain(tkp);
    expect(await suggested()).toBe(false);
    expect(await inTimeline(tkp)).toBe(false);
    expect(await inStories(tkp)).toBe(false);
    const people = await peopleOf();
    // Some name of the report counts one report fewer (or is gone).
    expect([...before.people].some(([name, n]) => (people.get(name) ?? 0) < n)).toBe(true);
    expect((await api.listTrash()).map((a) => a.id)).toEqual([tkp]);
    // The report itself is whole: its reader still opens it, and says it is in the trash; the sidebar counts it.
    expect((await api.getArticle(tkp)).title).toBe(title);
    expect((await api.getArticle(tkp)).trashedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await api.listArticles({})).trashTotal).toBe(1);

    expect(await api.restoreArticles([tkp])).toEqual({ ids: [tkp] });
    expect((await listed()).sort()).toEqual([...before.list].sort());
    expect(await found('Witkoff')).toEqual(before.search);
    expect(await suggested()).toBe(suggestedBefore);
    expect(await inTimeline(tkp)).toBe(before.timeline);
    expect(await inStories(tkp)).toBe(before.stories);
    expect(await peopleOf()).toEqual(before.people);
    expect(await api.listTrash()).toEqual([]);
    expect((await api.getArticle(tkp)).trashedAt).toBeNull();
    expect((await api.listArticles({})).trashTotal).toBe(0);
  });

  it('splits a near-duplicate group when one is trashed, and groups it again on restore', async () => {
    const grouped = async () => (await api.listArticles({ groupCopies: true, limit: 100 })).items;
    const head = (await grouped()).find((a) => a.copyCount === 1)!;
    expect(head).toBeDefined();
    const rows = (await api.listArticles({ groupCopies: true })).rows;
    await api.trashArticles([copy]);
    expect((await grouped()).find((a) => a.id === head.id)!.copyCount).toBe(0);
    expect((await api.getArticle(head.id)).twinCount).toBe(0);
    await api.restoreArticles([copy]);
    expect((await grouped()).find((a) => a.id === head.id)!.copyCount).toBe(1);
    expect((await api.listArticles({ groupCopies: true })).rows).toBe(rows);
    // The head trashed: its copy stands alone, and the head leads the group again once back.
    await api.trashArticles([head.id]);
    expect((await grouped()).find((a) => a.id === copy)!.copyCount).toBe(0);
    await api.restoreArticles([head.id]);
    expect((await grouped()).find((a) => a.id === head.id)!.copyCount).toBe(1);
  });

  it('purges only from the trash: text, raw bytes, annotations and derived rows go, nothing else', async () => {
    const other = (await listed()).find((id) => id !== tkp && id !== copy)!;
    const { id: note } = await api.addAnnotation({ articleId: copy, start: 0, end: 5, note: 'hier', tags: ['genf'] });
    expect(note).toBeTruthy();
    expect(await api.purgeArticles([copy])).toEqual({ ids: [] });
    await api.trashArticles([copy]);
    expect((await api.listTrash())[0]!.annotationCount).toBe(1);
    const count = (sql: string) => db.prepare(sql).pluck().get(copy) as number;
    const sources = db.prepare('SELECT count(*) FROM sources').pluck().get() as number;
    expect(await api.purgeArticles([copy])).toEqual({ ids: [copy] });
    expect(count('SELECT count(*) FROM articles WHERE id = ?')).toBe(0);
    expect(count('SELECT count(*) FROM annotations WHERE article_id = ?')).toBe(0);
    expect(count('SELECT count(*) FROM blocks WHERE article_id = ?')).toBe(0);
    expect(db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(sources - 1);
    expect(await api.listTrash()).toEqual([]);
    expect((await api.getArticle(other)).id).toBe(other);
  });

  it('restores a trashed report when its file is imported again, rather than adding it twice', async () => {
    const text = `Noch ein Treffen\n\n${BODY.replace(/Genf/g, 'Wien')}`;
    const id = (await api.ingestText({ name: 'wien.txt', text })).added[0]!.articleId;
    await api.trashArticles([id]);
    const again = await api.ingestText({ name: 'wien.txt', text });
    expect(again.added).toEqual([]);
    expect(again.present).toEqual([expect.objectContaining({ articleId: id, restoredFromTrash: true })]);
    expect(await listed()).toContain(id);
    expect(await found('Wien')).toContain(id);
  });

  it('leaves a trashed report out of every dataset rebuilt on open', async () => {
    await api.trashArticles([tkp]);
    db.prepare('DELETE FROM derived_state').run();
    db.close();
    db = await openLibrary({ path: join(tmp.dir, 'seeds.sqlite'), seedDir: SEEDS });
    api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: 'x', version: '0' });
    expect(await found('Witkoff')).not.toContain(tkp);
    expect(await inTimeline(tkp)).toBe(false);
    expect(db.prepare('SELECT count(*) FROM article_signatures WHERE article_id = ?').pluck().get(tkp)).toBe(0);
    await api.restoreArticles([tkp]);
    expect(await found('Witkoff')).toContain(tkp);
    expect(await inTimeline(tkp)).toBe(true);
  });

  it('keeps a trashed report out of the views when it is re-extracted or edited', async () => {
    await api.trashArticles([tkp]);
    await api.reextractArticles();
    await api.updateArticleMetadata(tkp, { title: 'Ein neuer Titel mit Witkoff' });
    expect(await found('Witkoff')).not.toContain(tkp);
    expect(await inTimeline(tkp)).toBe(false);
    expect(await listed()).not.toContain(tkp);
    await api.restoreArticles([tkp]);
    expect(await found('neuer Titel')).toContain(tkp);
    expect(await inTimeline(tkp)).toBe(true);
  });

  it('rejects an unknown id and moves nothing', async () => {
    await expect(api.trashArticles([tkp, 'ffffffffffff' as ArticleId])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await api.listTrash()).toEqual([]);
  });
});
