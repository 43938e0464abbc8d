import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ParallaxApi } from '../../src/shared/api';
import { isApiError } from '../../src/shared/errors';
import type { ArticleId, JobId } from '../../src/shared/api';
import { tempDir } from '../support/temp';
import { annotationContract } from './annotations.contract';

/** A host binding under test: an api over a library seeded with `seeds/`, and its teardown. */
export interface ApiUnderTest {
  api: ParallaxApi;
  close(): Promise<void>;
  /** Events seen by the binding's subscriber, if it carries events. */
  events?: unknown[];
}

/** Expects `p` to reject with an ApiError of `code`. */
export async function expectApiError(p: Promise<unknown>, code: string): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(isApiError(e), `not an ApiError: ${String(e)}`).toBe(true);
    expect((e as { code: string }).code).toBe(code);
    return (e as Error).message;
  }
  throw new Error(`expected rejection with ${code}, but the call succeeded`);
}

/**
 * One suite, run against every binding of the contract (in-process, worker, HTTP, Electron), so
 * they behave the same: same values, same error codes, nothing lost on the way.
 */
export function runContractSuite(name: string, makeApi: () => Promise<ApiUnderTest>): void {
  describe(`ParallaxApi contract: ${name}`, () => {
    let t: ApiUnderTest;
    const tmp = tempDir();
    beforeAll(async () => {
      t = await makeApi();
    });
    afterAll(async () => {
      await t?.close();
      tmp.cleanup();
    });

    annotationContract(() => t.api);

    it('reports app info with the seeded article count', async () => {
      const info = await t.api.getAppInfo();
      expect(info.name).toBe('Parallax');
      expect(info.articleCount).toBe(5);
      expect(info.schemaVersion).toBeGreaterThanOrEqual(1);
    });

    it('lists the five seed reports with titles and ids', async () => {
      const page = await t.api.listArticles();
      expect(page.total).toBe(5);
      expect(page.items).toHaveLength(5);
      for (const a of page.items) {
        expect(a.id).toMatch(/^[0-9a-f]{12,}$/);
        expect(a.title.length).toBeGreaterThan(0);
      }
      expect(page.items.map((a) => a.title)).toContain('Putins Marathontreffen mit Trumps Gesandten Witkoff');
    });

    it('pages and sorts the list', async () => {
      const first = await t.api.listArticles({ sort: 'title-asc', limit: 2 });
      const rest = await t.api.listArticles({ sort: 'title-asc', limit: 10, offset: 2 });
      expect(first.items).toHaveLength(2);
      expect(rest.items).toHaveLength(3);
      const titles = [...first.items, ...rest.items].map((a) => a.title);
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    });

    it('pages by cursor both ways and from the end, with the total, over every binding', async () => {
      const all = (await t.api.listArticles({ sort: 'title-asc' })).items.map((a) => a.id);
      const first = await t.api.listArticles({ sort: 'title-asc', limit: 2 });
      expect(first).toMatchObject({ total: 5, rows: 5, offset: 0, prev: null });
      const second = await t.api.listArticles({ after: first.next!, limit: 2 });
      const third = await t.api.listArticles({ after: second.next!, limit: 2 });
      expect([...first.items, ...second.items, ...third.items].map((a) => a.id)).toEqual(all);
      expect(third.next).toBeNull();
      const last = await t.api.listArticles({ sort: 'title-asc', fromEnd: true, limit: 2 });
      expect(last.offset).toBe(3);
      expect(last.items.map((a) => a.id)).toEqual(all.slice(3));
      const before = await t.api.listArticles({ before: last.prev!, limit: 2 });
      expect(before.items.map((a) => a.id)).toEqual(all.slice(1, 3));
      await expect(t.api.listArticles({ after: 'nope' as never })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    });

    it('gets a whole article with blocks that point into its text', async () => {
      const { items } = await t.api.listArticles();
      const a = await t.api.getArticle(items[0]!.id);
      expect(a.id).toBe(items[0]!.id);
      expect(a.blocks.length).toBeGreaterThan(0);
      for (const b of a.blocks) {
        expect(a.text.slice(b.start, b.end).replace(/\s+/g, ' ').trim()).toContain(b.text.replace(/\s+/g, ' ').trim().slice(0, 40));
      }
      expect(a.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    });

    it('answers an unknown id with NOT_FOUND and a malformed one with BAD_INPUT', async () => {
      await expectApiError(t.api.getArticle('0123456789ab' as ArticleId), 'NOT_FOUND');
      await expectApiError(t.api.getArticle('../etc/passwd' as ArticleId), 'BAD_INPUT');
      await expectApiError(t.api.listArticles({ limit: -1 }), 'BAD_INPUT');
      await expectApiError(t.api.listArticles({ sort: 'nonsense' as never }), 'BAD_INPUT');
    });

    it('gives a timeline page without mentions and the event whole on request, stories counted and one whole, over every binding', async () => {
      const page = await t.api.getTimelinePage({ limit: 50 });
      const shown = page.events.find((e) => e.reportCount >= 2)!;
      expect(shown).toBeDefined();
      expect(shown).not.toHaveProperty('mentions');
      const whole = await t.api.getTimelineEvent(shown.id);
      expect(whole.id).toBe(shown.id);
      expect(whole.articleIds).toHaveLength(shown.reportCount);
      expect(whole.chips.map((c) => c.mention)).toEqual(shown.chips.map((c) => c.mention));
      expect(whole.mentions.length).toBeGreaterThanOrEqual(whole.chips.length);
      await expectApiError(t.api.getTimelineEvent('2025-04-11:zzzzzz'), 'NOT_FOUND');
      await expectApiError(t.api.getTimelineEvent('../etc/passwd'), 'BAD_INPUT');
      const [summary] = await t.api.listStorySummaries();
      const story = await t.api.getStory(summary!.id);
      expect(story.articleIds).toHaveLength(summary!.articleCount);
      expect(story.articleIds.slice(0, 4)).toEqual(summary!.firstIds);
    });

    it('ingests pasted text once and reports it as present the second time', async () => {
      const text = `Kontrakt-Test ${name}\n\nEin kurzer Bericht über einen Test, der ${name} prüft. Er hat zwei Sätze.`;
      const r1 = await t.api.ingestText({ text }, { jobId: 'job-1' as JobId });
      expect(r1.added).toHaveLength(1);
      const r2 = await t.api.ingestText({ text });
      expect(r2.added).toHaveLength(0);
      expect(r2.present.map((p) => p.articleId)).toEqual([r1.added[0]!.articleId]);
      const a = await t.api.getArticle(r1.added[0]!.articleId);
      expect(a.text).toContain('Ein kurzer Bericht');
      expect((await t.api.listArticles()).total).toBe(6);
    });

    it('ingests uploaded bytes and skips binary and empty files with a reason', async () => {
      const r = await t.api.ingestFiles([
        { name: 'report.txt', dataBase64: Buffer.from(`Upload ${name}\n\nDer Text eines hochgeladenen Berichts.`).toString('base64') },
        { name: 'image.png', dataBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]).toString('base64') },
        { name: 'empty.txt', dataBase64: '' },
      ]);
      expect(r.added.map((a) => a.name)).toEqual(['report.txt']);
      expect(r.skipped.map((s) => [s.name, s.code])).toEqual([
        ['image.png', 'UNSUPPORTED'],
        ['empty.txt', 'BAD_INPUT'],
      ]);
      expect(r.skipped[0]!.reason).toContain('PNG');
    });

    it('a file too large to read is skipped by its declared size, its bytes never sent', async () => {
      const size = 200 * 1024 * 1024;
      const id = await t.api.beginUpload({ name: 'riesig.txt', size });
      const r = await t.api.ingestUploads([id]);
      expect(r.added).toEqual([]);
      expect(r.skipped.map((s) => [s.name, s.code, s.reasonCoded.code])).toEqual([['riesig.txt', 'TOO_LARGE', 'ingest.file-too-large']]);
      // JSON Lines of any size are streamed, so their bytes are still needed.
      const lines = await t.api.beginUpload({ name: 'riesig.jsonl', size });
      await expectApiError(t.api.ingestUploads([lines]), 'BAD_INPUT');
      await t.api.discardUpload(lines);
    });

    it('ingests a file sent in pieces under its own name, with progress in reports', async () => {
      const lines = [0, 1, 2].map((i) => JSON.stringify({ id: `u${i}`, title: `Stück ${name} ${i}`, text: `Der Bericht ${i} kam in Teilen (${name}).` })).join('\n');
      const bytes = Buffer.from(lines);
      const id = await t.api.beginUpload({ name: 'teile.jsonl', size: bytes.length });
      await t.api.appendUpload(id, bytes.subarray(0, 50).toString('base64'));
      await expectApiError(t.api.ingestUploads([id]), 'BAD_INPUT');
      await t.api.appendUpload(id, bytes.subarray(50).toString('base64'));
      const jobId = `job-upload-${name}` as JobId;
      const r = await t.api.ingestUploads([id], { jobId });
      expect(r.added.map((a) => a.name)).toEqual(['teile.jsonl#u0', 'teile.jsonl#u1', 'teile.jsonl#u2']);
      // Ingested uploads are gone; one piece too many drops the upload.
      await expectApiError(t.api.ingestUploads([id]), 'BAD_INPUT');
      const over = await t.api.beginUpload({ name: 'x.txt', size: 2 });
      await expectApiError(t.api.appendUpload(over, Buffer.from('abc').toString('base64')), 'BAD_INPUT');
      await expectApiError(t.api.appendUpload(over, ''), 'BAD_INPUT');
      await expectApiError(t.api.beginUpload({ name: '', size: 1 }), 'BAD_INPUT');
      await t.api.discardUpload('nope' as never);
      // No import of that job runs: nothing to stop, on every host.
      expect(await t.api.cancelIngest('nope' as never)).toBe(false);
      expect(await t.api.cancelReextract()).toBe(false);
      if (t.events) {
        await vi.waitFor(() => expect(t.events!.some((e) => (e as { type: string; jobId?: string }).type === 'ingestDone' && (e as { jobId?: string }).jobId === jobId)).toBe(true));
        const last = t.events.filter((e) => (e as { type: string; jobId?: string }).type === 'ingestProgress' && (e as { jobId?: string }).jobId === jobId).at(-1);
        expect(last).toMatchObject({ reports: 3, reportsTotal: 3 });
      }
    });

    it('ingests paths, reporting missing ones', async () => {
      const file = join(tmp.dir, `path-${Math.random().toString(36).slice(2)}.txt`);
      writeFileSync(file, `Pfad-Test\n\nEin Bericht aus einer Datei auf der Platte, ${file}.`);
      const r = await t.api.ingestPaths([file, join(tmp.dir, 'missing.txt')]);
      expect(r.added).toHaveLength(1);
      expect(r.skipped).toHaveLength(1);
      expect(r.skipped[0]!.code).toBe('NOT_FOUND');
      expect(r.skipped[0]!.reason).toContain('does not exist');
    });

    it('rejects malformed ingest arguments with BAD_INPUT', async () => {
      await expectApiError(t.api.ingestPaths([]), 'BAD_INPUT');
      await expectApiError(t.api.ingestPaths([42 as unknown as string]), 'BAD_INPUT');
      await expectApiError(t.api.ingestText({} as never), 'BAD_INPUT');
      await expectApiError(t.api.ingestFiles([{ name: 'x', dataBase64: '***' }]), 'BAD_INPUT');
    });

    it('keeps a person\'s metadata edits over re-extraction, and can clear them', async () => {
      const { items } = await t.api.listArticles({ sort: 'title-asc' });
      const id = items[0]!.id;
      const extracted = await t.api.getArticle(id);
      const edited = await t.api.updateArticleMetadata(id, { title: 'Mein Titel', published: '2025-04-12', site: 'Meine Quelle' });
      expect(edited).toMatchObject({ title: 'Mein Titel', published: '2025-04-12', publishedSource: 'user', site: 'Meine Quelle', titleDerived: false });
      const report = await t.api.reextractArticles([id]);
      expect(report).toMatchObject({ updated: 1, failed: [] });
      expect(await t.api.getArticle(id)).toMatchObject({ title: 'Mein Titel', published: '2025-04-12', site: 'Meine Quelle' });
      const cleared = await t.api.updateArticleMetadata(id, { clear: ['title', 'published', 'site'] });
      expect(cleared).toMatchObject({ title: extracted.title, published: extracted.published, site: extracted.site });
      expect(cleared.blocks).toEqual(extracted.blocks);
      await expectApiError(t.api.updateArticleMetadata(id, { published: '12.04.2025' }), 'BAD_INPUT');
      await expectApiError(t.api.updateArticleMetadata(id, { title: '   ' }), 'BAD_INPUT');
      await expectApiError(t.api.updateArticleMetadata('0123456789ab' as ArticleId, { title: 'x' }), 'NOT_FOUND');
    });

    it('keeps a person\'s correction of where the article starts over re-extraction, and can remove it', async () => {
      const para = (topic: string) => `Der Rat hat am Montag lange über ${topic} beraten, und die Mitglieder waren sich am Ende einig, dass der Plan ohne weitere Verzögerung umgesetzt werden soll.`;
      const text = ['Startseite', 'Politik', 'Sport', 'Kultur', '', `Korrektur-Test ${name}: Hafen verbannt Kreuzfahrtschiffe`, '', para('den Hafen'), '', para('das neue Terminal'), '', para('die Kosten'), '', para('den Zeitplan')].join('\n');
      const id = (await t.api.ingestText({ text })).added[0]!.articleId;
      const a = await t.api.getArticle(id);
      const furniture = a.blocks.find((b) => b.text === 'Politik')!;
      expect(furniture.region).toBe('boilerplate');
      const corrected = await t.api.correctExtraction(id, { start: furniture.start, end: null, headline: null });
      expect(corrected.blocks.find((b) => b.region === 'body')!.start).toBe(furniture.start);
      await t.api.reextractArticles([id]);
      expect((await t.api.getArticle(id)).blocks.find((b) => b.region === 'body')!.start).toBe(furniture.start);
      const removed = await t.api.correctExtraction(id, { start: null, end: null, headline: null });
      expect(removed.blocks.find((b) => b.region === 'body')!.start).toBe(a.blocks.find((b) => b.region === 'body')!.start);
      await expectApiError(t.api.correctExtraction(id, { start: -1, end: null, headline: null }), 'BAD_INPUT');
      await expectApiError(t.api.correctExtraction(id, { start: a.text.length + 1, end: null, headline: null }), 'BAD_INPUT');
      await expectApiError(t.api.correctExtraction('0123456789ab' as ArticleId, { start: 0, end: null, headline: null }), 'NOT_FOUND');
    });

    it('moves a report to the trash and back, and purges only from the trash', async () => {
      const text = `Papierkorb-Test ${name}\n\nDer Stadtrat von Kleinhafen hat am Dienstag den Neubau der Fähre beschlossen, nach langer Debatte über die Kosten und den Zeitplan des Projekts.`;
      const id = (await t.api.ingestText({ text })).added[0]!.articleId;
      const total = (await t.api.listArticles()).total;
      expect(await t.api.trashArticles([id])).toEqual({ ids: [id] });
      expect((await t.api.listArticles()).total).toBe(total - 1);
      expect((await t.api.searchArticles({ q: 'Kleinhafen' })).hits.map((h) => h.article.id)).not.toContain(id);
      expect((await t.api.listTrash()).map((a) => a.id)).toContain(id);
      expect(await t.api.restoreArticles([id])).toEqual({ ids: [id] });
      expect((await t.api.searchArticles({ q: 'Kleinhafen' })).hits.map((h) => h.article.id)).toContain(id);
      expect(await t.api.purgeArticles([id])).toEqual({ ids: [] });
      await t.api.trashArticles([id]);
      expect(await t.api.purgeArticles([id])).toEqual({ ids: [id] });
      await expectApiError(t.api.getArticle(id), 'NOT_FOUND');
      await expectApiError(t.api.trashArticles('x' as never), 'BAD_INPUT');
      await expectApiError(t.api.trashArticles(['0123456789ab' as ArticleId]), 'NOT_FOUND');
    });

    it('takes up a changed file\'s new version with its annotations, and takes it back', async () => {
      const body = (changed: string) => `Fassung ${name}\n\n${Array.from({ length: 10 }, (_, i) => `Am Tag ${i + 1} berieten die Delegationen in Kleinhafen über Fähren und Geld.`).join(' ')} ${changed}`;
      const file = (text: string) => [{ name: `fassung-${name}.txt`, dataBase64: Buffer.from(text, 'utf8').toString('base64') }];
      const v1 = (await t.api.ingestFiles(file(body('Die Sitzung blieb ruhig.')))).added[0]!.articleId;
      const text = (await t.api.getArticle(v1)).text;
      const start = text.indexOf('Am Tag 2');
      const a = await t.api.addAnnotation({ articleId: v1, start, end: start + 8, note: 'prüfen' });
      const v2 = (await t.api.ingestFiles(file(body('Die Sitzung blieb weitgehend ruhig.')))).added[0]!;
      expect(v2.versionOf?.articleId).toBe(v1);
      const change = await t.api.useNewVersion(v2.articleId);
      expect(change).toMatchObject({ articleId: v2.articleId, earlier: [v1], orphaned: [] });
      expect((await t.api.listAnnotations({ articleId: v2.articleId })).map((x) => x.id)).toEqual([a.id]);
      await t.api.undoNewVersion(change);
      expect((await t.api.listAnnotations({ articleId: v1 })).map((x) => x.id)).toEqual([a.id]);
      expect((await t.api.listTrash()).map((x) => x.id)).not.toContain(v1);
      await expectApiError(t.api.useNewVersion(v1), 'BAD_INPUT');
      await expectApiError(t.api.undoNewVersion({} as never), 'BAD_INPUT');
    });

    it('carries a text edit into the new version, keeps a conflict for the person, and takes it all back', async () => {
      const body = (first: string, last: string) => `Textfassung ${name}\n\n${first} ${Array.from({ length: 10 }, (_, i) => `Am Tag ${i + 1} berieten die Delegationen in Kleinhafen über Fähren und Geld.`).join(' ')} ${last}`;
      const file = (text: string) => [{ name: `textfassung-${name}.txt`, dataBase64: Buffer.from(text, 'utf8').toString('base64') }];
      const v1 = (await t.api.ingestFiles(file(body('Bürgermeister Maier sprach.', 'Die Sitzung blieb ruhig.')))).added[0]!.articleId;
      const original = (await t.api.getArticle(v1)).text;
      await t.api.updateArticleText(v1, original.replace('Maier', 'Meier').replace('Am Tag 3 ', 'Am dritten Tag '));
      const v2 = (await t.api.ingestFiles(file(body('Bürgermeister Mayer sprach.', 'Die Sitzung blieb weitgehend ruhig.')))).added[0]!.articleId;
      const before = await t.api.getArticle(v2);
      const change = await t.api.useNewVersion(v2);
      expect(change.textLeftWhy).toBeUndefined();
      expect(change).toMatchObject({ textCarried: true, textConflicts: 1, textEditsLeft: false });
      const merged = await t.api.getArticle(v2);
      expect(merged.text).toContain('Am dritten Tag');
      expect(merged.text).toContain('weitgehend ruhig');
      expect(merged.textConflicts).toEqual([expect.objectContaining({ file: 'Mayer', edit: 'Meier', base: 'Maier' })]);
      await expectApiError(t.api.resolveTextConflict(v2, 5, 'edit'), 'CONFLICT');
      await expectApiError(t.api.resolveTextConflict(v2, 0, 'both' as never), 'BAD_INPUT');
      const undone = await t.api.undoNewVersion(change);
      expect(undone).toBeUndefined();
      const back = await t.api.getArticle(v2);
      expect(back.text).toBe(before.text);
      expect(back.textConflicts).toEqual([]);
      const again = await t.api.useNewVersion(v2);
      const settled = await t.api.resolveTextConflict(v2, 0, 'edit');
      expect(settled.text).toContain('Bürgermeister Meier sprach');
      expect(settled.textConflicts).toEqual([]);
      await expectApiError(t.api.undoNewVersion(again), 'CONFLICT');
      // The suite's later checks count the reports outside the trash.
      await t.api.purgeArticles([v1]);
    });

    it('re-extracts the whole library from the kept raw text', async () => {
      const before = await t.api.listArticles();
      const report = await t.api.reextractArticles();
      expect(report.updated).toBe(before.total);
      expect((await t.api.listArticles()).items.map((a) => a.id).sort()).toEqual(before.items.map((a) => a.id).sort());
    });

    it('delivers ingest progress events when the binding carries events', async () => {
      if (!t.events) return;
      const jobId = `job-events-${name}` as JobId;
      await t.api.ingestText({ text: `Ereignis-Test ${name}\n\nFortschritt wird gemeldet.` }, { jobId });
      await new Promise((r) => setTimeout(r, 200));
      const mine = t.events.filter((e) => (e as { jobId?: string }).jobId === jobId) as { type: string }[];
      expect(mine.map((e) => e.type)).toContain('ingestProgress');
      expect(mine.at(-1)?.type).toBe('ingestDone');
    });

    describe('search', () => {
      it('searches with snippets, facets and notices, and reads a malformed query without failing', async () => {
        const page = await t.api.searchArticles({ q: 'gesprache' });
        expect(page.total).toBeGreaterThan(0);
        const hit = page.hits[0]!;
        expect(hit.article.id).toMatch(/^[0-9a-f]{12,}$/);
        for (const s of hit.snippets) for (const [a, b] of s.highlights) expect(s.text.slice(a, b).toLowerCase()).toMatch(/gespr/);
        expect(page.facets!.lang.length).toBeGreaterThan(0);
        const bad = await t.api.searchArticles({ q: '"vier Stunden' });
        expect(bad.notices).toContain('unclosed quote: read as a phrase to the end');
        expect(bad.total).toBeGreaterThan(0);
        expect((await t.api.searchArticles({ q: 'outlet:ntv.de', facets: false })).facets).toBeNull();
        await expectApiError(t.api.searchArticles({ q: 'x', limit: 0 }), 'BAD_INPUT');
        await expectApiError(t.api.searchArticles({ q: 'x', sort: 'sideways' as never }), 'BAD_INPUT');
        await expectApiError(t.api.searchArticles({} as never), 'BAD_INPUT');
      });

      it('suggests corrections and gives hits inside an article', async () => {
        const s = await t.api.suggest('Whitkoff');
        expect(s.some((x) => /(^|\s)Witkoff$/.test(x.text))).toBe(true);
        const { hits } = await t.api.searchArticles({ q: '"vier Stunden"' });
        const a = await t.api.getArticle(hits[0]!.article.id);
        const { ranges } = await t.api.getArticleHits(a.id, '"vier Stunden"');
        expect(ranges.map(([x, y]) => a.text.slice(x, y).replace(/\s+/g, ' '))).toContain('vier Stunden');
        await expectApiError(t.api.getArticleHits('0123456789ab' as ArticleId, 'x'), 'NOT_FOUND');
        await expectApiError(t.api.suggest(42 as unknown as string), 'BAD_INPUT');
      });

      it('saves, lists and deletes searches', async () => {
        const saved = await t.api.saveSearch({ name: `Krieg ${name}`, q: 'krieg outlet:ntv.de' });
        expect(saved).toMatchObject({ name: `Krieg ${name}`, q: 'krieg outlet:ntv.de' });
        expect((await t.api.listSavedSearches()).map((x) => x.id)).toContain(saved.id);
        await t.api.deleteSavedSearch(saved.id);
        expect((await t.api.listSavedSearches()).map((x) => x.id)).not.toContain(saved.id);
        await expectApiError(t.api.deleteSavedSearch(saved.id), 'NOT_FOUND');
        await expectApiError(t.api.saveSearch({ name: ' ', q: 'x' }), 'BAD_INPUT');
      });
    });
  });
}
