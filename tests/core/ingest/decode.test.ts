import { describe, expect, it } from 'vitest';
import { decodeBytes, detectFormat } from '../../../src/core/ingest/decode';

const GERMAN = 'Gespräche über Straße und Größe – „Zitat“';

function utf16(text: string, bom: boolean, be = false): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (be) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  const mark = be ? [0xfe, 0xff] : [0xff, 0xfe];
  return bom ? Buffer.concat([Buffer.from(mark), le]) : le;
}

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeBytes(Buffer.from(GERMAN), 'a.txt')).toEqual({ text: GERMAN, encoding: 'utf-8' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GERMAN)]);
    expect(decodeBytes(bom, 'a.txt')).toEqual({ text: GERMAN, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 in both byte orders, with a BOM or recognised without', () => {
    expect(decodeBytes(utf16(GERMAN, true), 'a.txt')).toEqual({ text: GERMAN, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(GERMAN, true, true), 'a.txt')).toEqual({ text: GERMAN, encoding: 'utf-16be' });
    expect(decodeBytes(utf16(GERMAN + ' und mehr Text', false), 'a.txt').encoding).toBe('utf-16le');
  });

  it('recognises Windows-1252 from the bytes, not the name', () => {
    const cp1252 = Buffer.from([0x47, 0x72, 0xf6, 0xdf, 0x65, 0x20, 0x84, 0x5a, 0x69, 0x74, 0x61, 0x74, 0x93, 0x20, 0x80]);
    expect(decodeBytes(cp1252, 'utf8-named.txt')).toEqual({ text: 'Größe „Zitat“ €', encoding: 'windows-1252' });
  });

  it('reads a page in the charset it declares when its bytes are not UTF-8 (they read as Windows-1252 mojibake)', () => {
    const page = (head: string, body: number[]) => Buffer.concat([Buffer.from(`${head}<body><h1>`, 'latin1'), Buffer.from(body), Buffer.from('</h1></body></html>')]);
    const moskva = [0xed, 0xcf, 0xd3, 0xcb, 0xd7, 0xc1];
    const tokyo = [0x93, 0x8c, 0x8b, 0x9e];
    expect(decodeBytes(page('<html><head><meta charset="koi8-r">', moskva), 'a.html')).toMatchObject({ encoding: 'koi8-r', text: expect.stringContaining('<h1>Москва</h1>') });
    expect(decodeBytes(page('<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS">', tokyo), 'b.htm')).toMatchObject({ encoding: 'shift_jis', text: expect.stringContaining('<h1>東京</h1>') });
    expect(decodeBytes(page('<?xml version="1.0" encoding="KOI8-R"?>\n<html>', moskva), 'c.xhtml').text).toContain('Москва');
    // Valid UTF-8 stays UTF-8 whatever the page says; a Latin-1 declaration is read as Windows-1252.
    expect(decodeBytes(Buffer.from('<meta charset="koi8-r"><h1>Straße</h1>'), 'd.html')).toEqual({ encoding: 'utf-8', text: '<meta charset="koi8-r"><h1>Straße</h1>' });
    expect(decodeBytes(page('<meta charset="iso-8859-1">', [0x35, 0x20, 0xa4]), 'e.html')).toMatchObject({ encoding: 'windows-1252', text: expect.stringContaining('5 ¤') });
    expect(decodeBytes(page('<meta charset="no-such-charset">', [0xdf, 0x20, 0x80]), 'f.html').text).toContain('ß €');
  });

  it('reads Latin-9 text by its euro sign, and Windows-1252 as before', () => {
    const latin9 = Buffer.from([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x20, 0x35, 0x20, 0xa4]);
    expect(decodeBytes(latin9, 'preise.txt')).toEqual({ text: 'Straße 5 €', encoding: 'iso-8859-15' });
    // A Windows-1252 byte (0x80–0x9F) anywhere settles it: 0xA4 is then `¤`.
    expect(decodeBytes(Buffer.concat([latin9, Buffer.from([0x20, 0x84, 0x61, 0x93])]), 'p.txt')).toEqual({ text: 'Straße 5 ¤ „a“', encoding: 'windows-1252' });
  });

  it('makes every line ending a newline', () => {
    expect(decodeBytes(Buffer.from('a\r\nb\rc\nd'), 'x').text).toBe('a\nb\nc\nd');
  });

  it('refuses empty and whitespace-only files', () => {
    expect(() => decodeBytes(new Uint8Array(), 'e.txt')).toThrow('ingest: "e.txt" is empty');
    expect(() => decodeBytes(Buffer.from(' \n\t\n'), 'w.txt')).toThrow('ingest: "w.txt" holds only white space');
  });

  it('refuses binary files and names what they are', () => {
    expect(() => decodeBytes(Buffer.from('%PDF-1.7 rest'), 'doc.pdf')).toThrow('is a PDF document, not text');
    expect(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2]), 'x.txt')).toThrow('is a PNG image');
    expect(() => decodeBytes(Buffer.from([0x41, 0x00, 0x00, 0x42, 0x43, 0x00, 0x00, 0x00, 0x01]), 'blob.bin')).toThrow('NUL bytes');
    const noisy = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0x01 : 0x41)));
    expect(() => decodeBytes(noisy, 'noise.txt')).toThrow('looks like binary data');
  });

  it('keeps a few stray control characters of real pages', () => {
    const text = 'A' .repeat(500) + '\u0007' + 'B'.repeat(500);
    expect(decodeBytes(Buffer.from(text), 'bell.txt').text).toBe(text);
  });
});

describe('detectFormat', () => {
  it('tells HTML, Markdown, JSON Lines and text apart', () => {
    expect(detectFormat('page.txt', '<!DOCTYPE html><html><body>x</body></html>')).toBe('html');
    expect(detectFormat('page.html', '<div><p>x</p></div>')).toBe('html');
    expect(detectFormat('notes.md', '# Title\n\nText')).toBe('markdown');
    expect(detectFormat('data.jsonl', '{"text":"a"}')).toBe('jsonl');
    expect(detectFormat('data.txt', '{"text":"a"}\n{"text":"b"}\n')).toBe('jsonl');
    expect(detectFormat('data.json', '[{"text":"a"}]')).toBe('json');
    expect(detectFormat('report.txt', 'Just a report.\n\nWith text.')).toBe('text');
  });
});
