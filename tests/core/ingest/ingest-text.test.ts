import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/core/ingest/ingest';
import { openLibrary } from '../../../src/core/library';
import type { WriteDb } from '../../../src/core/store/db';
import { getArticle } from '../../../src/core/store/queries/article-reads';
import { tempDir } from '../../support/temp';

let tmp: ReturnType<typeof tempDir>;
let db: WriteDb;
const add = (input: Parameters<typeof ingestText>[1]) => ingestText({ db, emit: () => undefined, jobId: null }, input);

beforeEach(async () => {
  tmp = tempDir();
  db = await openLibrary({ path: join(tmp.dir, 'lib.sqlite'), seedDir: null });
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

// What a browser puts on the clipboard for a selected page: a fragment, no <html> or <title>.
const FRAGMENT =
  '<div id="header" style="color: rgb(0, 0, 0);"><nav><a>Politik</a> <a>Sport</a></nav></div>' +
  '<h1>Brücke in Dresden eingestürzt</h1>' +
  '<p style="color: rgb(0, 0, 0);">Von Anna Weber</p>' +
  '<p>In der Nacht ist ein Teil der Carolabrücke in die Elbe gestürzt, teilte die Stadt am Mittwoch mit. Die Feuerwehr sperrte das Ufer auf beiden Seiten.</p>' +
  '<p>Verletzt wurde nach ersten Angaben niemand; der Verkehr wird über die Albertbrücke umgeleitet. Wie lange die Sperrung dauert, ist offen.</p>' +
  '<p>Die Brücke war seit Jahren als sanierungsbedürftig bekannt; ein Zug der Straßenbahn hatte sie kurz vorher überquert.</p>' +
  '<footer><p>Impressum · Datenschutz</p></footer>';

describe('ingestText', () => {
  it('reads a pasted page fragment as HTML when the person chose HTML: headline as title, no tags in the text', async () => {
    const r = await add({ text: FRAGMENT, format: 'html' });
    const a = getArticle(db, r.added[0]!.articleId)!;
    expect(a.title).toBe('Brücke in Dresden eingestürzt');
    expect(a.source.format).toBe('html');
    expect(a.text).toContain('Carolabrücke in die Elbe');
    expect(a.text).not.toContain('<p>');
    expect(a.text).not.toContain('style=');
  });

  it('reads text as Markdown when the person chose Markdown (the name "Pasted text" has no .md)', async () => {
    const r = await add({ text: '# Der Hafen wächst\n\nMehr Schiffe als je zuvor legten im Hafen an, teilte die Behörde mit.', format: 'markdown' });
    const a = getArticle(db, r.added[0]!.articleId)!;
    expect(a.source.format).toBe('markdown');
    expect(a.text).not.toContain('# ');
  });

  it('under the default format a fragment stays text, tags and all (detection only knows whole pages)', async () => {
    const r = await add({ text: FRAGMENT });
    const a = getArticle(db, r.added[0]!.articleId)!;
    expect(a.text).toContain('<h1>');
  });

  it('still finds a whole page pasted under "text" to be HTML', async () => {
    const r = await add({ text: `<!doctype html><html><head><title>Hafen</title></head><body><h1>Der Hafen wächst</h1><p>${'Mehr Schiffe als je zuvor legten im Hafen an. '.repeat(3)}</p></body></html>`, format: 'text' });
    const a = getArticle(db, r.added[0]!.articleId)!;
    expect(a.text).not.toContain('<p>');
  });

  it('refuses a paste over the file limit the same way it refuses such a file', async () => {
    const r = await add({ text: 'x'.repeat(33 * 1024 * 1024), format: 'html' });
    expect(r.added).toEqual([]);
    expect(r.skipped[0]!.code).toBe('TOO_LARGE');
  });
});
