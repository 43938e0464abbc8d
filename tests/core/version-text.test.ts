import { describe, expect, it } from 'vitest';
import type { ArticleId, ParallaxApi } from '../../src/shared/api';
import { useNewVersion } from '../../src/core/versions';
import { getCorrection } from '../../src/core/store/queries/corrections';
import { memoryService } from '../support/memory-service';

/** A report long enough for near-copy detection; `swap` changes its sentences for a version. */
function report(swap: (s: string) => string = (s) => s): string {
  const body = Array.from({ length: 12 }, (_, i) => `Satz ${i} des Berichts schildert die Verhandlungen in Glasgow am Tag ${i + 1} mit vielen Delegationen.`);
  return swap(`Klimagipfel in Glasgow\n\nEinleitung zum Gipfel. Dmitriew sprach am Montag.\n\n${body.join(' ')}`);
}

const file = (text: string) => ({ name: 'glasgow.txt', dataBase64: Buffer.from(text, 'utf8').toString('base64') });

/** v1, edited by the person with `edit`, then v2 from the file changed by `change`. */
async function editedThenChanged(edit: (t: string) => string, change: (t: string) => string) {
  const { api, db } = await memoryService();
  const v1 = (await api.ingestFiles([file(report())])).added[0]!.articleId;
  await api.updateArticleText(v1, edit((await api.getArticle(v1)).text));
  const added = (await api.ingestFiles([file(report(change))])).added[0]!;
  expect(added.versionOf?.articleId).toBe(v1);
  return { api, db, v1, v2: added.articleId };
}

async function annotate(api: ParallaxApi, id: ArticleId, passage: string) {
  const text = (await api.getArticle(id)).text;
  const start = text.indexOf(passage);
  expect(start).toBeGreaterThanOrEqual(0);
  return api.addAnnotation({ articleId: id, start, end: start + passage.length, note: 'n' });
}

describe('useNewVersion with a text edit', () => {
  it('applies the edit to the new text where the file changed elsewhere, and places annotations on the merged text', async () => {
    const { api, v1, v2 } = await editedThenChanged((t) => t.replace('Satz 3 des', 'Satz drei des'), (t) => t.replace('Tag 9 mit', 'Tag neun mit'));
    const a = await annotate(api, v1, 'Satz drei des Berichts');
    const r = await api.useNewVersion(v2);
    expect(r).toMatchObject({ textCarried: true, textConflicts: 0, textEditsLeft: false });
    const after = await api.getArticle(v2);
    expect(after.text).toContain('Satz drei des Berichts');
    expect(after.text).toContain('Tag neun mit');
    expect(after.textConflicts).toEqual([]);
    const moved = (await api.listAnnotations({ articleId: v2 })).find((x) => x.id === a.id)!;
    expect(moved.status).not.toBe('orphaned');
    expect(after.text.slice(moved.position.start, moved.position.end)).toBe('Satz drei des Berichts');
  });

  it('keeps the edit of a stretch the file changed too as a conflict, settled either way', async () => {
    const { api, v2 } = await editedThenChanged((t) => t.replace('Dmitriew sprach', 'Dmitrijew sprach').replace('Satz 3 des', 'Satz drei des'), (t) => t.replace('Dmitriew sprach', 'Dmitriev sprach'));
    const r = await api.useNewVersion(v2);
    expect(r).toMatchObject({ textCarried: true, textConflicts: 1 });
    const a = await api.getArticle(v2);
    expect(a.text).toContain('Dmitriev sprach');
    expect(a.text).toContain('Satz drei des');
    expect(a.textConflicts).toHaveLength(1);
    const c = a.textConflicts![0]!;
    expect(c).toMatchObject({ file: 'Dmitriev', edit: 'Dmitrijew', base: 'Dmitriew' });
    expect(a.text.slice(c.start, c.end)).toBe('Dmitriev');
    const mine = await api.resolveTextConflict(v2, 0, 'edit');
    expect(mine.text).toContain('Dmitrijew sprach');
    expect(mine.text).toContain('Satz drei des');
    expect(mine.textConflicts).toEqual([]);
    await expect(api.resolveTextConflict(v2, 0, 'file')).rejects.toMatchObject({ code: 'CONFLICT', messageCoded: { code: 'version.no-conflict' } });
  });

  it('keeps the file side when the person says so, and drops a conflict the person edited by hand', async () => {
    const both = (t: string) => t.replace('Satz 3 des', 'Satz drei des').replace('Satz 7 des', 'Satz sieben des');
    const { api, v2 } = await editedThenChanged(both, (t) => t.replace('Satz 3 des', 'Satz III des').replace('Satz 7 des', 'Satz VII des'));
    expect((await api.useNewVersion(v2)).textConflicts).toBe(2);
    const kept = await api.resolveTextConflict(v2, 0, 'file');
    expect(kept.text).toContain('Satz III des');
    expect(kept.textConflicts!.map((c) => c.edit)).toEqual(['sieben']);
    // An edit of the text before the conflict moves it; one of its stretch answers it.
    const moved = await api.updateArticleText(v2, kept.text.replace('Einleitung zum Gipfel.', 'Eine lange Einleitung zum Gipfel.'));
    const c = moved.textConflicts![0]!;
    expect(moved.text.slice(c.start, c.end)).toBe('VII');
    const answered = await api.updateArticleText(v2, moved.text.replace('Satz VII des', 'Satz 7 (sieben) des'));
    expect(answered.textConflicts).toEqual([]);
  });

  it('is taken back exactly by undoNewVersion', async () => {
    const { api, v1, v2 } = await editedThenChanged((t) => t.replace('Dmitriew sprach', 'Dmitrijew sprach'), (t) => t.replace('Dmitriew sprach', 'Dmitriev sprach'));
    await annotate(api, v1, 'Satz 5 des');
    await annotate(api, v2, 'Satz 6 des');
    const before1 = await api.getArticle(v1);
    const before2 = await api.getArticle(v2);
    const notes1 = await api.listAnnotations({ articleId: v1 });
    const notes2 = await api.listAnnotations({ articleId: v2 });
    const change = await api.useNewVersion(v2);
    expect(change.textCarried).toBe(true);
    await api.undoNewVersion(change);
    const after2 = await api.getArticle(v2);
    expect({ ...after2, twins: [] }).toEqual({ ...before2, twins: [] });
    expect((await api.getArticle(v1)).text).toBe(before1.text);
    expect(await api.listAnnotations({ articleId: v1 })).toEqual(notes1);
    expect(await api.listAnnotations({ articleId: v2 })).toEqual(notes2);
  });

  it('refuses the undo, changing nothing, once the carried text was edited again', async () => {
    const { api, v1, v2 } = await editedThenChanged((t) => t.replace('Satz 3 des', 'Satz drei des'), (t) => t.replace('Tag 9 mit', 'Tag neun mit'));
    const change = await api.useNewVersion(v2);
    const edited = await api.updateArticleText(v2, (await api.getArticle(v2)).text.replace('Einleitung', 'Vorwort'));
    await expect(api.undoNewVersion(change)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await api.getArticle(v2)).text).toBe(edited.text);
    expect((await api.listTrash()).map((t) => t.id)).toEqual([v1]);
  });

  it('carries a correction of where the article starts to the same place in the new text', async () => {
    const { api, db } = await memoryService();
    const v1 = (await api.ingestFiles([file(report())])).added[0]!.articleId;
    const t1 = (await api.getArticle(v1)).text;
    await api.correctExtraction(v1, { start: t1.indexOf('Einleitung') });
    const v2 = (await api.ingestFiles([file(report((t) => t.replace('Klimagipfel in Glasgow', 'Der Klimagipfel in Glasgow geht weiter')))])).added[0]!.articleId;
    const r = await api.useNewVersion(v2);
    expect(r).toMatchObject({ textCarried: true, textEditsLeft: false });
    const t2 = (await api.getArticle(v2)).text;
    expect(t2.startsWith('Der Klimagipfel')).toBe(true);
    expect(getCorrection(db, v2)).toEqual({ start: t2.indexOf('Einleitung'), end: null, headline: null });
    await api.undoNewVersion(r);
    expect(getCorrection(db, v2)).toBeNull();
    expect(getCorrection(db, v1)).toEqual({ start: t1.indexOf('Einleitung'), end: null, headline: null });
  });

  it('leaves the edit with the earlier version, saying why, when the new version has its own', async () => {
    const { api, v2 } = await editedThenChanged((t) => t.replace('Satz 3 des', 'Satz drei des'), (t) => t.replace('Tag 9 mit', 'Tag neun mit'));
    await api.updateArticleText(v2, (await api.getArticle(v2)).text.replace('Einleitung', 'Vorwort'));
    const r = await api.useNewVersion(v2);
    expect(r).toMatchObject({ textEditsLeft: true, textLeftWhy: { code: 'version.text-new-edited' } });
    expect(r.textCarried).toBeUndefined();
    expect((await api.getArticle(v2)).text).not.toContain('Satz drei');
  });

  it('leaves the edit as it is, with a clear reason, past the size bound', async () => {
    const { db, v2 } = await editedThenChanged((t) => t.replace('Satz 3 des', 'Satz drei des'), (t) => t.replace('Tag 9 mit', 'Tag neun mit'));
    const r = await useNewVersion(db, v2, { merge: { maxChars: 200 } });
    expect(r).toMatchObject({ textEditsLeft: true, textLeftWhy: { code: 'version.text-too-large', params: { max: 200 } } });
    expect(r.earlier).toHaveLength(1);
  });
});
