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
  it('reads a credit that follows the caption without brackets', () => {
    expect(inlineCredit('Die Läuferin im Ziel von Oslo. © AFP / JANE DOE')).toBe('AFP / JANE DOE');
    expect(inlineCredit('Ein Windpark vor der Küste. Bild: jdoe/Shutterstock.com')).toBe('jdoe/Shutterstock.com');
    expect(inlineCredit('The senator leaves the hearing Getty Images')).toBe('Getty Images');
    expect(inlineCredit('Ein Fuchs im verschneiten Wald. (jdoe / iStock.com)')).toBe('jdoe / iStock.com');
  });
  it('keeps prose that names a picture or a stock library for a paragraph', () => {
    expect(inlineCredit('Die Zeitung titelte am Montag. Foto: Der Minister sagte. Danach ging er')).toBeNull();
    expect(inlineCredit('Many designers buy their pictures from Shutterstock and never meet the photographer.')).toBeNull();
    const lines = splitLines('Every designer we asked buys stock pictures now.\nThe market moved from agencies to Getty Images and Shutterstock, analysts say, and prices fell.');
    expect(findCaptions(lines, () => true).size).toBe(0);
  });
  it('takes a short line ending in a stock library for a credit, and the line above for its caption', () => {
    const roles = findCaptions(splitLines('Workers on the site of the new warehouse.\njdoe / ShutterStock\nThe company plans to hire 300 people by spring, its chief executive said on Monday.'), () => true);
    expect(roles.get(1)?.role).toBe('credit');
    expect(roles.get(0)).toEqual({ role: 'caption', credit: 'jdoe / ShutterStock' });
  });
  it('does not take a sentence that starts with an agency name for a credit', () => {
    const lines = splitLines('Reuters reported the deal on Friday, citing two sources.');
    expect(findCaptions(lines, () => true).size).toBe(0);
  });
});
