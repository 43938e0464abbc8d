import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WriteDb } from '../../src/core/store/db';
import { memoryService } from '../support/memory-service';

/**
 * An extractor change, simulated: once `newExtractor.on`, the extractor no longer keeps the
 * line `Einleitung zum Gipfel.` (as a new version might drop a line it now reads as a teaser).
 * Every extraction after the switch (a re-extraction, an import, the earlier file read again)
 * sees it; the person's edit itself is stored text and does not change.
 */
const newExtractor = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/core/ingest/extract/index', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/ingest/extract/index')>();
  return {
    ...real,
    extract: (input: Parameters<typeof real.extract>[0]) =>
      real.extract(newExtractor.on ? { ...input, text: input.text.replace('Einleitung zum Gipfel. ', '') } : input),
  };
});

afterEach(() => {
  newExtractor.on = false;
});

function report(swap: (s: string) => string = (s) => s): string {
  const body = Array.from({ length: 12 }, (_, i) => `Satz ${i} des Berichts schildert die Verhandlungen in Glasgow am Tag ${i + 1} mit vielen Delegationen.`);
  return swap(`Klimagipfel in Glasgow\n\nEinleitung zum Gipfel. Dmitriew sprach am Montag.\n\n${body.join(' ')}`);
}

/** The person's edit of a report as stored (its extraction may differ: the extractor reads it too). */
const editOf = (db: WriteDb, id: string) => db.prepare('SELECT edited_text FROM articles WHERE id = ?').pluck().get(id) as string | null;

const file = (text: string) => ({ name: 'glasgow.txt', dataBase64: Buffer.from(text, 'utf8').toString('base64') });

/** v1 edited by the person under the old extractor (one word), the extractor changed, then v2 whose file changed elsewhere. */
async function editedUnderOldExtractor() {
  const { api, db } = await memoryService();
  const v1 = (await api.ingestFiles([file(report())])).added[0]!.articleId;
  const seen = (await api.getArticle(v1)).text;
  expect(seen).toContain('Einleitung zum Gipfel.');
  await api.updateArticleText(v1, seen.replace('Satz 3 des', 'Satz drei des'));
  newExtractor.on = true;
  const added = (await api.ingestFiles([file(report((t) => t.replace('Tag 9 mit', 'Tag neun mit')))])).added[0]!;
  expect(added.versionOf?.articleId).toBe(v1);
  const fileText = (await api.getArticle(added.articleId)).text;
  expect(fileText).not.toContain('Einleitung zum Gipfel.');
  return { api, db, v1, v2: added.articleId, fileText };
}

describe('a text edit carried into a new version after an extractor change', () => {
  it('carries only the person’s words: what the extractor changed is not read as the edit', async () => {
    const { api, db, v2, fileText } = await editedUnderOldExtractor();
    const r = await api.useNewVersion(v2);
    expect(r).toMatchObject({ textCarried: true, textConflicts: 0 });
    // The new file's text (new extractor) with the one word the person changed, nothing else.
    expect(editOf(db, v2)).toBe(fileText.replace('Satz 3 des', 'Satz drei des'));
    expect((await api.getArticle(v2)).textConflicts).toEqual([]);
  });

  it('keeps the base with the edit through a later edit, and the carried edit has the new text as its own', async () => {
    const { api, db, v1, v2, fileText } = await editedUnderOldExtractor();
    await api.updateArticleText(v1, (await api.getArticle(v1)).text.replace('Satz 5 des', 'Satz fünf des'));
    await api.useNewVersion(v2);
    expect(editOf(db, v2)).toBe(fileText.replace('Satz 3 des', 'Satz drei des').replace('Satz 5 des', 'Satz fünf des'));
    const base = db.prepare('SELECT edit_base FROM articles WHERE id = ?').pluck().get(v2);
    expect(base).toBe(fileText);
    // Taking the edit off drops its base.
    await api.updateArticleText(v2, null);
    expect(db.prepare('SELECT edit_base FROM articles WHERE id = ?').pluck().get(v2)).toBeNull();
  });

  it('an edit stored before its base was kept (migration 27) merges as before, against today’s extraction', async () => {
    const { api, db, v1, v2 } = await editedUnderOldExtractor();
    db.prepare('UPDATE articles SET edit_base = NULL WHERE id = ?').run(v1);
    await api.useNewVersion(v2);
    // Today's extraction of the earlier file lacks the line, so the edit seems to add it back.
    expect(editOf(db, v2)).toContain('Einleitung zum Gipfel.');
  });
});
