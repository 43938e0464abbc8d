import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp';
import { runCli as run } from './support/run-cli';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const REPORT = 'Gipfel in Genf\n\nDer Gipfel in Genf endete am Freitag ohne Einigung.\n\nDie Delegationen reisten am Abend ab.\n\nEin Sprecher kündigte neue Gespräche an.';

/** Leaves the report as an older extractor might have: another title, two body paragraphs read otherwise. */
function olderExtraction(library: string, id: string): void {
  const db = new Database(library);
  try {
    db.prepare("UPDATE articles SET title = 'Alter Titel' WHERE id = ?").run(id);
    const body = db.prepare("SELECT seq FROM blocks WHERE article_id = ? AND region = 'body' ORDER BY seq").pluck().all(id) as number[];
    db.prepare("UPDATE blocks SET text = 'Ein anders gelesener Absatz.' WHERE article_id = ? AND seq IN (?, ?)").run(id, body[0], body[1]);
  } finally {
    db.close();
  }
}

describe('parallax reextract says what changed', () => {
  it('in the words the window uses, in English and German; --json carries the count', () => {
    const library = join(tmp.dir, 'reextract.sqlite');
    const file = join(tmp.dir, 'genf.txt');
    writeFileSync(file, REPORT);
    const id = (JSON.parse(run(['ingest', file, '--library', library, '--json']).out) as { added: { articleId: string }[] }).added[0]!.articleId;

    const same = run(['reextract', id, '--library', library]);
    expect(same.code).toBe(0);
    expect(same.out).toContain('Re-extracted 1 report');
    expect(same.out).toContain('Nothing changed.');

    olderExtraction(library, id);
    expect(run(['reextract', id, '--library', library]).out).toContain('Title changed, 2 paragraphs changed.');

    olderExtraction(library, id);
    expect(run(['reextract', id, '--library', library], 'de_DE.UTF-8').out).toContain('Titel geändert, 2 Absätze geändert.');

    olderExtraction(library, id);
    expect(run(['reextract', '--all', '--library', library]).out).toContain('1 report changed: 1 title, 2 paragraphs.');

    olderExtraction(library, id);
    expect(run(['reextract', '--all', '--library', library], 'de_DE.UTF-8').out).toContain('1 Bericht geändert: 1 Titel, 2 Absätze.');

    olderExtraction(library, id);
    const json = JSON.parse(run(['reextract', id, '--json', '--library', library]).out) as { updated: number; changed: unknown };
    expect(json).toMatchObject({ updated: 1, changed: { reports: 1, titles: 1, dates: 0, paragraphs: 2 } });
  });
});
