import { describe, expect, it } from 'vitest';
import { labelLines, isCodeLike } from '../../../../src/core/ingest/extract/boilerplate';
import { splitLines } from '../../../../src/core/ingest/extract/segment';

const label = (text: string) => labelLines(splitLines(text));

describe('labelLines', () => {
  it('labels skip links, consent notices, appeals and share bars in several languages', () => {
    const l = label('Skip to main content\n\nWe use cookies to improve your experience on our site.\n\nSupport our journalism with a monthly gift.\n\nAller au contenu\n\nShare on Facebook');
    expect(l).toEqual(['skip-link', 'consent', 'donation', 'skip-link', 'share']);
  });
  it('carries a consent heading over the paragraphs that explain it', () => {
    const l = label('Empfohlener redaktioneller Inhalt\n\nHier steht ein externer Inhalt eines Drittanbieters, den Sie anzeigen können.\n\nDie Regierung trat am Montag zurück, wie die Agentur meldete.');
    expect(l).toEqual(['consent', 'consent', null]);
  });
  it('labels script debris: camelCase keys, their values and calls', () => {
    const l = label('isLoggedIn:\ntrue\nwindow.dataLayer = window.dataLayer || [];\n{"id": 12, "type": "ad"}');
    expect(l).toEqual(['script', 'script', 'script', 'script']);
  });
  it('labels long runs of short unpunctuated lines as navigation but keeps prose', () => {
    const l = label('Home\nWorld\nBusiness\nSport\nCulture\n\nThe minister resigned on Monday after weeks of pressure from his own party.');
    expect(l.slice(0, 5)).toEqual(Array(5).fill('navigation'));
    expect(l[5]).toBeNull();
  });
  it('does not take a sentence that mentions cookies or a search for boilerplate', () => {
    expect(label('The bakery sold more cookies this year than ever before, the owner said on Tuesday.')).toEqual([null]);
    expect(label('Suche nach Überlebenden geht weiter')).toEqual([null]);
  });
  it('labels image slugs', () => {
    expect(label('Minister-tritt-nach-Skandal-zurueck-und-kuendigt-Buch-an')).toEqual(['image-slug']);
  });
});

describe('isCodeLike', () => {
  it('tells code from prose ending in a semicolon', () => {
    expect(isCodeLike('console.log({ a: 1 })')).toBe(true);
    expect(isCodeLike('– Die USA werden keine Bodentruppen entsenden, können sich aber beteiligen;')).toBe(false);
  });
  it('reads a line opening with a bracket as script only when JSON follows it or the brackets hold the whole line', () => {
    for (const json of ['["news", "sport"]', '[{"id": 12}]', '[3, 4, 5]', '[true, false]']) expect(isCodeLike(json)).toBe(true);
    expect(isCodeLike('[Editor\'s note: shortened]')).toBe(true);
    expect(isCodeLike('[2] The second paragraph of the essay is numbered, as every paragraph of this blog is.')).toBe(false);
    expect(isCodeLike('[Update, 14:20] The council has confirmed the vote.')).toBe(false);
  });
});
