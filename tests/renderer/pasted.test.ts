import { describe, expect, it } from 'vitest';
import { readPasted, utf8Bytes } from '../../src/renderer/src/lib/ingest/pasted';

const data = (d: Record<string, string>) => ({ getData: (type: string) => d[type] ?? '' });

describe('readPasted', () => {
  it('keeps a page’s markup beside its text', () => {
    expect(readPasted(data({ 'text/html': '<h1>Titel</h1><p>Text.</p>', 'text/plain': 'Titel\n\nText.' }))).toEqual({ kind: 'html', html: '<h1>Titel</h1><p>Text.</p>', plain: 'Titel\n\nText.' });
  });
  it('leaves plain text, and markup with no text in it (an image), to the box', () => {
    expect(readPasted(data({ 'text/plain': 'Nur Text.' }))).toEqual({ kind: 'text' });
    expect(readPasted(data({ 'text/html': '<img src="x.png"><style>p{}</style>', 'text/plain': '' }))).toEqual({ kind: 'text' });
  });
  it('refuses what the importer would: over its size, counted in UTF-8', () => {
    expect(readPasted(data({ 'text/html': '<p>ääää</p>' }), 14)).toEqual({ kind: 'too-large', bytes: 15 });
    expect(readPasted(data({ 'text/plain': 'x'.repeat(11) }), 10)).toEqual({ kind: 'too-large', bytes: 11 });
    expect(readPasted(data({ 'text/html': '<p>ääää</p>' }), 15).kind).toBe('html');
  });
  it('counts UTF-8 bytes as an encoder does', () => {
    for (const s of ['abc', 'Straße', '€ und 😀', '']) expect(utf8Bytes(s)).toBe(new TextEncoder().encode(s).length);
  });
});
