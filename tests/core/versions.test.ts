import { describe, expect, it } from 'vitest';
import type { ParallaxApi } from '../../src/shared/api';
import { memoryService } from '../support/memory-service';

/** A report long enough for near-copy detection, with one sentence that can change. */
function report(changed: string): string {
  const body = Array.from({ length: 12 }, (_, i) => `Satz ${i} des Berichts schildert die Verhandlungen in Glasgow am Tag ${i + 1} mit vielen Delegationen.`);
  body.splice(6, 0, changed);
  return `Klimagipfel in Glasgow\n\nEinleitung zum Gipfel. ${body.join(' ')}`;
}

const file = (text: string) => ({ name: 'glasgow.txt', dataBase64: Buffer.from(text, 'utf8').toString('base64') });

async function mark(api: ParallaxApi, id: string, passage: string, note: string, tags: string[] = []) {
  const text = (await api.getArticle(id as never)).text;
  const start = text.indexOf(passage);
  expect(start).toBeGreaterThanOrEqual(0);
  return api.addAnnotation({ articleId: id as never, start, end: start + passage.length, note, tags });
}

/** v1 with a note on a sentence that stays, one on a sentence that goes, and an edited title; then v2. */
async function twoVersions() {
  const { api } = await memoryService();
  const v1 = (await api.ingestFiles([file(report('Die Proteste blieben friedlich.'))])).added[0]!.articleId;
  const kept = await mark(api, v1, 'Satz 9 des Berichts', 'prüfen', ['Glasgow']);
  const gone = await mark(api, v1, 'Die Proteste blieben friedlich.', 'Quelle?');
  await api.updateArticleMetadata(v1, { title: 'Glasgow: Verlängerung' });
  const added = (await api.ingestFiles([file(report('Ein ganz anderer Satz über Polizei und Straßensperren am Abend.'))])).added[0]!;
  expect(added.versionOf?.articleId).toBe(v1);
  return { api, v1, v2: added.articleId, kept, gone };
}

describe('useNewVersion', () => {
  it('moves every annotation with its note and tags to the new version, placed in its text, carries the edits and trashes the earlier version', async () => {
    const { api, v1, v2, kept, gone } = await twoVersions();
    const r = await api.useNewVersion(v2);
    expect(r.earlier).toEqual([v1]);
    expect(r.moved.map((m) => m.id).sort()).toEqual([kept.id, gone.id].sort());
    expect(r.orphaned).toEqual([{ id: gone.id, quote: 'Die Proteste blieben friedlich.' }]);
    expect(r.editsCarried).toBe(true);
    const now = await api.listAnnotations({ articleId: v2 });
    expect(now).toHaveLength(2);
    const text = (await api.getArticle(v2)).text;
    const k = now.find((a) => a.id === kept.id)!;
    expect(text.slice(k.position.start, k.position.end)).toBe('Satz 9 des Berichts');
    expect(k.status).not.toBe('orphaned');
    expect(k.note).toBe('prüfen');
    expect(k.tags).toEqual(['Glasgow']);
    // The one whose passage is gone is kept, listed as orphaned, never dropped.
    const g = now.find((a) => a.id === gone.id)!;
    expect(g.status).toBe('orphaned');
    expect(g.note).toBe('Quelle?');
    expect((await api.getArticle(v2)).title).toBe('Glasgow: Verlängerung');
    expect((await api.listTrash()).map((t) => t.id)).toEqual([v1]);
    const list = (await api.listArticles()).items.map((a) => a.id);
    expect(list).toContain(v2);
    expect(list).not.toContain(v1);
  });

  it('is taken back by undoNewVersion: annotations where they were, the edits as before, the earlier version out of the trash', async () => {
    const { api, v1, v2, kept, gone } = await twoVersions();
    const before = await api.listAnnotations({ articleId: v1 });
    const extractedTitle = (await api.getArticle(v2)).title;
    await api.undoNewVersion(await api.useNewVersion(v2));
    expect(await api.listAnnotations({ articleId: v1 })).toEqual(before);
    expect(await api.listAnnotations({ articleId: v2 })).toEqual([]);
    expect((await api.getArticle(v2)).title).toBe(extractedTitle);
    expect((await api.getArticle(v2)).overrides).toEqual({});
    expect(await api.listTrash()).toEqual([]);
    expect((await api.getArticle(v1)).title).toBe('Glasgow: Verlängerung');
    expect([kept.id, gone.id].sort()).toEqual(before.map((a) => a.id).sort());
  });

  it('refuses an undo after an annotation it moved was deleted, and changes nothing', async () => {
    const { api, v1, v2, kept } = await twoVersions();
    const change = await api.useNewVersion(v2);
    await api.deleteAnnotation(kept.id);
    await expect(api.undoNewVersion(change)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await api.listAnnotations({ articleId: v2 })).length).toBe(1);
    expect((await api.listTrash()).map((t) => t.id)).toEqual([v1]);
  });

  it('carries an earlier text edit into the new version where the file did not change it', async () => {
    const { api, v1, v2 } = await twoVersions();
    const text = (await api.getArticle(v1)).text;
    await api.updateArticleText(v1, text.replace('Einleitung zum Gipfel.', 'Einleitung zum Gipfel, bearbeitet.'));
    const r = await api.useNewVersion(v2);
    expect(r).toMatchObject({ textEditsLeft: false, textCarried: true, textConflicts: 0 });
    const now = (await api.getArticle(v2)).text;
    expect(now).toContain('Einleitung zum Gipfel, bearbeitet.');
    expect(now).toContain('Ein ganz anderer Satz über Polizei');
  });

  it('refuses a report that follows no earlier version, and one whose earlier versions are already replaced', async () => {
    const { api, v1, v2 } = await twoVersions();
    await expect(api.useNewVersion(v1)).rejects.toMatchObject({ code: 'BAD_INPUT', messageCoded: { code: 'version.not-new' } });
    await api.useNewVersion(v2);
    await expect(api.useNewVersion(v2)).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  it('refuses a change to undo that is not one', async () => {
    const { api } = await twoVersions();
    await expect(api.undoNewVersion({ articleId: 'nope' } as never)).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
