import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/core/library';
import { ingestPaths } from '../../../src/core/ingest/ingest';
import { refreshSites, reextractSite } from '../../../src/core/ingest/refresh-sites';
import { correctExtraction } from '../../../src/core/ingest/correct';
import { addAnnotation } from '../../../src/core/annotate/annotations';
import { getArticle } from '../../../src/core/store/queries/article-reads';
import { getAnnotation } from '../../../src/core/store/queries/annotations';
import { ensureDerived } from '../../../src/core/derived/rebuild';
import { SITE_TEMPLATES_VERSION, siteTemplatesDataset } from '../../../src/core/derived/site-templates/dataset';
import { templateFor } from '../../../src/core/derived/site-templates/template';
import { setDerivedState } from '../../../src/core/store/queries/derived-state';
import { lineKey } from '../../../src/core/text/line-key';
import type { WriteDb } from '../../../src/core/store/db';
import type { ArticleId } from '../../../src/shared/api';
import { tempDir } from '../../support/temp';
import { NEWSLETTER, STORIES, paras, record } from '../../support/site-pages';

let tmp: ReturnType<typeof tempDir>;
let db: WriteDb;
beforeEach(async () => {
  tmp = tempDir();
  db = await openLibrary({ path: ':memory:', seedDir: null });
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

async function ingest(name: string, records: string[]): Promise<ArticleId[]> {
  const file = join(tmp.dir, name);
  writeFileSync(file, records.join('\n') + '\n');
  const r = await ingestPaths({ db, emit: () => {}, jobId: null }, [file]);
  return r.added.map((a) => a.articleId);
}
const body = (id: ArticleId) => getArticle(db, id)!.blocks.filter((x) => x.region === 'body').map((x) => x.text);
const linePages = (line: string) => db.prepare('SELECT pages FROM site_lines WHERE site = ? AND line = ?').pluck().get('stadtzeitung.example', lineKey(line));

describe('site templates', () => {
  it("are kept current on ingest, and a third page of a site comes in without the site's furniture", async () => {
    const [a, b] = await ingest('first.jsonl', [record(0), record(1)]);
    expect(linePages('Startseite')).toBe(2);
    expect(linePages(NEWSLETTER)).toBe(2);
    expect(linePages(paras(0)[0]!)).toBe(1);
    // Two pages are too few for a template: both keep the box the model reads as prose.
    expect(body(a!)).toContain(NEWSLETTER);
    expect(body(b!)).toContain(NEWSLETTER);

    const [c] = await ingest('third.jsonl', [record(2)]);
    expect(body(c!)).not.toContain(NEWSLETTER);
    expect(body(c!)).toContain(paras(2)[4]);
    expect(getArticle(db, c!)!.title).toBe(STORIES[2]!.title);
  });

  it('are rebuilt after a version change to what ingest kept', async () => {
    await ingest('three.jsonl', [record(0), record(1), record(2)]);
    const rows = () => db.prepare('SELECT site, line, pages, outside FROM site_lines ORDER BY site, line').all();
    const before = rows();
    db.exec('DELETE FROM site_lines; DELETE FROM site_pages');
    setDerivedState(db, 'site-templates', { version: SITE_TEMPLATES_VERSION - 1, doneUpTo: null });
    expect(ensureDerived(db, [siteTemplatesDataset]).map((r) => r.name)).toEqual(['site-templates']);
    expect(rows()).toEqual(before);
  });

  it("re-extract a site's stored pages when its template appears, and annotations stay on their text", async () => {
    const [a, b] = await ingest('first.jsonl', [record(0), record(1)]);
    const quote = paras(0)[2]!;
    const at = getArticle(db, a!)!.text.indexOf(quote);
    const note = addAnnotation(db, { articleId: a!, start: at, end: at + quote.length, note: 'check with the council' });
    await ingest('third.jsonl', [record(2)]);
    const report = await refreshSites(db, ['stadtzeitung.example']);
    expect(report?.updated).toBe(3);
    expect(body(a!)).not.toContain(NEWSLETTER);
    expect(body(b!)).not.toContain(NEWSLETTER);
    const ann = getAnnotation(db, note.id)!;
    expect(ann.status).not.toBe('orphaned');
    expect(getArticle(db, a!)!.text.slice(ann.position.start, ann.position.end)).toBe(quote);
    expect(ann.note).toBe('check with the council');
    // The template did not change since: nothing to do.
    expect(await refreshSites(db, ['stadtzeitung.example'])).toBeNull();
  });

  it('learn from a correction: a line marked outside on one page is template on the others', async () => {
    const promo = 'Unterstützen Sie unabhängigen Lokaljournalismus mit einem Abo der Stadtzeitung';
    const [a, , c] = await ingest('three.jsonl', [record(0, { above: promo }), record(1), record(2, { inside: promo })]);
    // In one other page of two: below the share a template line needs.
    expect(templateFor(db, 'stadtzeitung.example', c!)?.lines ?? []).not.toContain(lineKey(promo));
    expect(body(c!)).toContain(promo);
    const text = getArticle(db, a!)!.text;
    const { taughtSite } = await correctExtraction(db, a!, { start: text.indexOf(STORIES[0]!.title) });
    expect(taughtSite).toBe('stadtzeitung.example');
    expect(templateFor(db, 'stadtzeitung.example', c!)!.lines).toContain(lineKey(promo));
    // The site's other pages are extracted again with what the person taught.
    await reextractSite(db, taughtSite!, a!);
    expect(body(c!)).not.toContain(promo);
    expect(body(c!)).toContain(paras(2)[4]);
  });
});
