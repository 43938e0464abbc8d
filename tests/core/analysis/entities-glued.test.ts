import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { findSources } from '../../../src/core/analysis/sources';
import { splitSentences } from '../../../src/core/text/sentences';

/** Each person mention as `text=>name` (invented reports). */
const mentions = (t: string) => {
  const spans = splitSentences(t);
  return findEntities(t, spans, { sources: findSources(t, spans) }).filter((e) => e.kind === 'person').map((e) => `${e.text}=>${e.name}`);
};

describe('two people side by side are no one person', () => {
  it('splits a surname another person of the report bears off a whole name before it (a verb-final clause)', () => {
    const m = mentions('Der Minister Konrad Wiesbauer war da. Dann habe Landesrat Ulrich Fenzl Wiesbauer angeschrien, und Wiesbauer habe nachgegeben.');
    expect(m).toContain('Ulrich Fenzl=>Ulrich Fenzl');
    expect(m).not.toContain(expect.stringMatching(/Fenzl Wiesbauer/));
    expect(m.filter((x) => x.startsWith('Wiesbauer=>'))).toEqual(['Wiesbauer=>Konrad Wiesbauer', 'Wiesbauer=>Konrad Wiesbauer']);
  });

  it('reads a headline of surnames without commas as the people the report names whole', () => {
    const m = mentions('Gruber Halvorsen Pettke: Gipfel in Graz. Maria Gruber, Lars Halvorsen und Tobias Pettke trafen sich. Gruber sprach zuerst, Halvorsen danach, Pettke zuletzt.');
    expect(m.filter((x) => /Gruber Halvorsen|Halvorsen Pettke/.test(x))).toEqual([]);
    expect(m).toContain('Gruber=>Maria Gruber');
    expect(m).toContain('Halvorsen=>Lars Halvorsen');
  });

  it('keeps a name of two given names and a surname another person of the report shares (a relative)', () => {
    const m = mentions('Am Montag sprach Thomas Tischler. Sein Bruder Hans Peter Tischler widersprach, und Tischler schwieg.');
    expect(m).toContain('Hans Peter Tischler=>Hans Peter Tischler');
    expect(m.filter((x) => x.startsWith('Hans')).length).toBe(1);
  });
});
