import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../../src/core/annotate/match-quote';
import { placeAnnotation } from '../../../src/core/annotate/place';
import { describeRange } from '../../../src/core/annotate/selectors';

const TEXT =
  'Witkoff besuchte Russland am Freitag und traf sich mit Putin in St. Petersburg. Das Treffen dauerte über vier Stunden und der Inhalt der Gespräche wurde weitgehend unter Verschluss gehalten. Später hieß es, das Treffen dauerte über vier Stunden, doch Einzelheiten fehlten.';

describe('matchQuote', () => {
  it('returns null for an empty quote or one that is gone', () => {
    expect(matchQuote(TEXT, '')).toBeNull();
    expect(matchQuote(TEXT, 'Ein völlig anderer Satz über das Wetter in den Alpen')).toBeNull();
  });

  it('chooses between repeated words by their context', () => {
    const second = TEXT.lastIndexOf('über vier Stunden');
    const m = matchQuote(TEXT, 'über vier Stunden', { prefix: 'Treffen dauerte ', suffix: ', doch Einzel' })!;
    expect(m.start).toBe(second);
    const first = TEXT.indexOf('über vier Stunden');
    expect(matchQuote(TEXT, 'über vier Stunden', { prefix: 'Treffen dauerte ', suffix: ' und der Inhalt' })!.start).toBe(first);
  });

  it('finds a quote whose words changed a little, scoring lower as more changes', () => {
    const quote = 'Das Treffen dauerte über vier Stunden und der Inhalt der Gespräche';
    let last = 1;
    for (const edited of [
      'Das Treffen dauerte über vier Stunden und der Inhalt der Gespräche',
      'Das Treffen dauerte mehr als vier Stunden und der Inhalt der Gespräche',
      'Das Treffen dauerte mehr als vier Stunden und den Inhalt der Gesprächs',
    ]) {
      const m = matchQuote(TEXT.replace(quote, edited), quote)!;
      expect(m).not.toBeNull();
      expect(m.score).toBeLessThanOrEqual(last);
      last = m.score;
    }
    expect(last).toBeLessThan(1);
    // Errors are bounded: a different sentence in its place is not taken for the quote.
    expect(matchQuote(TEXT.replace(quote, 'Die Begegnung währte lange; worüber gesprochen wurde, blieb offen'), quote)).toBeNull();
  });

  it('scores worse prefixes lower (a property, as in Hypothesis)', () => {
    const start = TEXT.indexOf('traf sich mit Putin');
    const quote = 'traf sich mit Putin';
    const prefixes = ['Russland am Freitag und ', 'Russland am Samstag und ', 'Frankreich am Samstag oder ', 'xxxxxxxxxxxxxxxxxxxxxxxx'];
    const scores = prefixes.map((prefix) => matchQuote(TEXT, quote, { prefix, hint: start })!.score);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]!);
  });
});

describe('placeAnnotation', () => {
  const start = TEXT.indexOf('über vier Stunden');
  const { quote, position } = describeRange(TEXT, start, start + 'über vier Stunden'.length);

  it('keeps an annotation whose text did not change, without searching', () => {
    expect(placeAnnotation(TEXT, quote, position)).toEqual({ start: position.start, end: position.end, status: 'anchored' });
  });

  it('moves with its text when a paragraph is inserted before it', () => {
    const inserted = 'Ein neuer erster Absatz.\n\n';
    const p = placeAnnotation(inserted + TEXT, quote, position);
    expect(p).toEqual({ start: position.start + inserted.length, end: position.end + inserted.length, status: 'moved' });
  });

  it('follows a small change inside the quote as a fuzzy match', () => {
    const p = placeAnnotation(TEXT.replace('über vier Stunden und', 'über vier Stundn und'), quote, position);
    expect(p.status).toBe('fuzzy');
    expect(p.start).toBe(position.start);
  });

  it('is orphaned, keeping its last place, when its sentence is removed', () => {
    const removed = TEXT.replace(/Das Treffen dauerte.*?gehalten\. /, '').replace(/Später.*$/, '');
    expect(placeAnnotation(removed, quote, position)).toEqual({ start: position.start, end: position.end, status: 'orphaned' });
  });
});
