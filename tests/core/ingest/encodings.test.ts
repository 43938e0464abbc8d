import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/core/ingest/ingest';
import { bufferInputs, inputFromSource } from '../../../src/core/ingest/read-input';
import { openLibrary } from '../../../src/core/library';
import type { WriteDb } from '../../../src/core/store/db';
import type { SourceFormat } from '../../../src/shared/api';
import { tempDir, writeUnder } from '../../support/temp';

let tmp: ReturnType<typeof tempDir>;
let db: WriteDb;
const ingest = (paths: string[]) => ingestPaths({ db, emit: () => {}, jobId: null }, paths);

beforeEach(async () => {
  tmp = tempDir();
  db = await openLibrary({ path: join(tmp.dir, 'lib.sqlite'), seedDir: null });
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

function write(rel: string, content: string | Uint8Array): string {
  return writeUnder(tmp.dir, rel, content);
}

/** Windows-1252 bytes of Latin-1 text plus `€` (0x80) and `„“` (0x84, 0x93). */
function cp1252(s: string): Buffer {
  const map: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93 };
  return Buffer.from([...s].map((c) => map[c] ?? c.charCodeAt(0)));
}

const utf8Line = `${JSON.stringify({ title: 'Eins', text: 'Die Straße am Fluss war lang, sagte er.' })}\n`;
const cpLine = `${JSON.stringify({ title: 'Zwei', text: '„Das kostet 5 €“ an der Straße, sagte der Händler.' })}\n`;

interface SourceRow {
  raw: Buffer;
  encoding: string;
  name: string;
  path: string | null;
  locator: string | null;
  format: SourceFormat;
}

describe('JSON Lines in more than one encoding', () => {
  it('decodes each line on its own and keeps the Windows-1252 line byte for byte', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(utf8Line, 'utf8'), cp1252(cpLine)]);
    const r = await ingest([write('mixed.jsonl', bytes)]);
    expect(r.skipped).toEqual([]);
    expect(r.added).toHaveLength(2);
    const rows = db.prepare('SELECT s.raw, s.encoding, s.name, s.path, s.locator, s.format, a.text FROM sources s JOIN articles a ON a.source_id = s.id ORDER BY s.locator').all() as (SourceRow & { text: string })[];
    expect(rows.map((x) => [x.locator, x.encoding])).toEqual([
      ['line 1', 'utf-8'],
      ['line 2', 'windows-1252'],
    ]);
    expect(rows[1]!.text).toContain('„Das kostet 5 €“ an der Straße');
    expect(rows[1]!.text).not.toContain('\uFFFD');
    expect(Buffer.compare(rows[1]!.raw, cp1252(cpLine.trimEnd()))).toBe(0);
    // Re-extraction reads the kept bytes the way the import did.
    expect(inputFromSource(rows[1]!).text).toContain('„Das kostet 5 €“');
  });

  it('reads a mixed file sent as bytes (an upload) line by line too', () => {
    const items = [...bufferInputs(Buffer.concat([Buffer.from(utf8Line, 'utf8'), cp1252(cpLine)]), 'mixed.jsonl', null)];
    const texts = items.map((i) => ('input' in i ? i.input.text : i.skip.reason));
    // Decoded as one Windows-1252 file, the UTF-8 line read `StraÃŸe`.
    expect(texts).toEqual(['Die Straße am Fluss war lang, sagte er.', '„Das kostet 5 €“ an der Straße, sagte der Händler.']);
  });

  it('reads UTF-16 JSON Lines, with and without a byte-order mark (every record was invalid JSON)', async () => {
    const text = utf8Line + cpLine;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(text, 'utf16le').swap16();
    const r = await ingest([write('le.jsonl', le), write('be.ndjson', be)]);
    expect(r.skipped).toEqual([]);
    expect(r.added).toHaveLength(2);
    const texts = (db.prepare('SELECT text FROM articles ORDER BY text').all() as { text: string }[]).map((x) => x.text);
    expect(texts.join('\n')).toContain('„Das kostet 5 €“ an der Straße');
    expect(texts.join('\n')).toContain('Die Straße am Fluss');
  });

  it('refuses UTF-16 JSON Lines over the whole-file limit, saying how to import them', async () => {
    const path = write('big-utf16.jsonl', Buffer.from([0xff, 0xfe]));
    truncateSync(path, 40 * 1024 * 1024); // sparse: nothing is read
    const r = await ingest([path]);
    expect(r.skipped.map((s) => [s.code, s.reasonCoded.code])).toEqual([['TOO_LARGE', 'ingest.utf16-lines-too-large']]);
    expect(r.skipped[0]!.reason).toContain('saved as UTF-8 it can be any size');
  });
});

describe('a file gone by its turn', () => {
  it('is skipped in words, not with the system error', async () => {
    const { readFileInputs } = await import('../../../src/core/ingest/read-input');
    const gone = join(tmp.dir, 'listed-then-deleted.txt');
    const items = [];
    for await (const item of readFileInputs(gone, 'listed-then-deleted.txt', 120)) items.push(item);
    for await (const item of readFileInputs(`${gone}l`, 'listed-then-deleted.jsonl', 120)) items.push(item);
    // It read `cannot read "…" (ENOENT: no such file or directory, open '…')`.
    expect(items.map((i) => ('skip' in i ? i.skip.reasonCoded : null))).toEqual([
      { code: 'ingest.file-vanished', params: { name: 'listed-then-deleted.txt' } },
      { code: 'ingest.file-vanished', params: { name: 'listed-then-deleted.jsonl' } },
    ]);
  });
});
