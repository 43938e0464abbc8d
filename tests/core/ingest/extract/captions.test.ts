import { describe, expect, it } from 'vitest';
import { findCaptions, inlineCredit } from '../../../../src/core/ingest/extract/captions';
import { splitLines } from '../../../../src/core/ingest/extract/segment';

describe('findCaptions', () => {
  it('pairs a caption with the credit line after it', () => {
    const lines = splitLines('The mayor opens the new bridge on Sunday.\nPhoto: Jane Doe / Getty Images\n\nThe bridge cost 40 million euros and took three years to build, officials said.');
    const roles = findCaptions(lines, () => true);
    expect(roles.get(0)).toEqual({ role: 'caption', credit: 'Jane Doe / Getty Images' });
    expect(roles.get(1)?.role).toBe('credit');
    expect(roles.has(2)).toBe(false);
  });
  it('reads credits at the end of a caption line', () => {
    expect(inlineCredit('Die Ministerin am Rednerpult. (Foto: Max Mustermann/dpa)')).toBe('Max Mustermann/dpa');
    expect(inlineCredit('Der Hafen von Triest. (Archivbild)')).toBe('Archivbild');
    expect(inlineCredit('Er sagte, man sei bereit (mit Einschränkungen).')).toBeNull();
  });
  it('does not take a sentence that starts with an agency name for a credit', () => {
    const lines = splitLines('Reuters reported the deal on Friday, citing two sources.');
    expect(findCaptions(lines, () => true).size).toBe(0);
  });
});
