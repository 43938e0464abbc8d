import { describe, expect, it } from 'vitest';
import { findRelative, resolveRelative } from '../../../../src/core/ingest/dates/relative';

const resolve = (text: string, ref: string | null, anchor: string | null = null) =>
  findRelative(text).map((m) => [m.text.trim(), resolveRelative(m.sense, ref, anchor)]);

describe('findRelative + resolveRelative', () => {
  it('resolves weekdays to the latest such day, and "next" forward', () => {
    expect(resolve('am Freitag', '2025-04-12')).toEqual([['am Freitag', { date: '2025-04-11' }]]);
    expect(resolve('Dienstagmittag', '2025-12-02')).toEqual([['Dienstagmittag', { date: '2025-12-02' }]]);
    expect(resolve('last Tuesday', '2025-12-02')).toEqual([['last Tuesday', { date: '2025-11-25' }]]);
    expect(resolve('next Friday', '2025-12-02')).toEqual([['next Friday', { date: '2025-12-05' }]]);
  });
  it('resolves a weekday told ahead to that day or the next such', () => {
    const [m] = findRelative('am Samstag');
    expect(resolveRelative(m!.sense, '2025-03-14', null, true)).toEqual({ date: '2025-03-15' });
    expect(resolveRelative(m!.sense, '2025-03-15', null, true)).toEqual({ date: '2025-03-15' });
    expect(resolveRelative(m!.sense, '2025-03-14')).toEqual({ date: '2025-03-08' });
  });
  it('reads no day in a range of weekdays (opening hours)', () => {
    expect(resolve('Öffnungszeiten: Dienstag – Freitag 10 – 18 Uhr', '2025-04-12')).toEqual([]);
    expect(resolve('Open Monday to Friday, 9am to 5pm', '2025-04-12')).toEqual([]);
    expect(resolve('Montag bis Samstag geöffnet, am Sonntag geschlossen', '2025-04-12')).toEqual([['am Sonntag', { date: '2025-04-06' }]]);
  });
  it('resolves day words, months and ranges', () => {
    expect(resolve('gestern', '2025-04-12')).toEqual([['gestern', { date: '2025-04-11' }]]);
    expect(resolve('yesterday', '2025-04-12')).toEqual([['yesterday', { date: '2025-04-11' }]]);
    expect(resolve('Ende Oktober', '2025-11-19')).toEqual([['Ende Oktober', { date: '2025-10' }]]);
    expect(resolve('Ende Dezember', '2025-01-10')).toEqual([['Ende Dezember', { date: '2024-12' }]]);
    expect(resolve('vom 24. bis zum 26. Oktober', '2025-11-19')).toEqual([['vom 24. bis zum 26. Oktober', { date: '2025-10-24', endDate: '2025-10-26' }]]);
    expect(resolve('Anfang des Monats', '2025-04-25')).toEqual([['Anfang des Monats', { date: '2025-04' }]]);
  });
  it('counts offsets from an anchor or the article date', () => {
    expect(resolve('zwei Wochen nach', '2025-04', '2025-04-11')).toEqual([['zwei Wochen nach', { date: '2025-04-25' }]]);
    expect(resolve('vor drei Tagen', '2025-04-12')).toEqual([['vor drei Tagen', { date: '2025-04-09' }]]);
    expect(resolve('two weeks ago', '2025-04-15')).toEqual([['two weeks ago', { date: '2025-04-01' }]]);
  });
  it('finds each pattern in a paragraph with nothing else date-like in it', () => {
    // The trigger pre-filter must let every pattern's own words through, on their own.
    const found = (text: string) => findRelative(text).map((m) => m.text.trim());
    expect(found('Einen Monat nach dem Start der Koalition zeigt sich der Landeshauptmann zufrieden.')).toEqual(['Einen Monat nach']);
    expect(found('Es gab vor einem Monat eine Initiative.')).toEqual(['vor einem Monat']);
    expect(found('It happened one month ago.')).toEqual(['one month ago']);
    expect(found('Die Gespräche sollen im März weitergehen.')).toEqual(['im März']);
    expect(found('Die Gespräche sollen Mitte-Mai weitergehen.')).toEqual(['Mitte-Mai']);
    expect(found('Das Treffen dauerte vom 24. bis zum 26. Oktober.')).toEqual(['vom 24. bis zum 26. Oktober']);
    expect(found('Seit Jahren streiten sie, im Mai ist Wahl.')).toEqual(['im Mai']);
  });
  it('leaves a day-level mention unresolved against a month-precision date', () => {
    expect(resolve('am Freitag', '2025-07')).toEqual([['am Freitag', { date: null }]]);
    expect(resolve('gestern', null)).toEqual([['gestern', { date: null }]]);
  });
  it('does not take "Morgen" (the morning) or habits for dates', () => {
    expect(resolve('am Morgen', '2025-04-12')).toEqual([]);
    expect(resolve('sonntags geschlossen', '2025-04-12')).toEqual([]);
  });
});
