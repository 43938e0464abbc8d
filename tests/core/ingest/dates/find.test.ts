import { describe, expect, it } from 'vitest';
import { findDates, findDatesUnglued, numericMonthFirst } from '../../../../src/core/ingest/dates/find';
import { formatParts } from '../../../../src/core/ingest/dates/calendar';

const f = (s: string, us = false) => findDates(s, 0, us).map((d) => [d.text, formatParts(d) ?? `--${d.month}-${d.day}`]);

describe('findDates', () => {
  it('reads German forms with precision', () => {
    expect(f('12. April 2025von 4 Minuten Lesezeit')).toEqual([['12. April 2025', '2025-04-12']]);
    expect(f('19.11.2025, 09:47 Uhr')).toEqual([['19.11.2025, 09:47 Uhr', '2025-11-19T09:47']]);
    expect(f('am 11.04.2025.')).toEqual([['11.04.2025', '2025-04-11']]);
    expect(f('im März 2025')).toEqual([['März 2025', '2025-03']]);
    expect(f('am 11. April in St. Petersburg')).toEqual([['11. April', '--4-11']]);
  });
  it('reads English, ISO, French, Spanish, Russian and CJK forms', () => {
    expect(f('April 12, 2025')).toEqual([['April 12, 2025', '2025-04-12']]);
    expect(f('Apr 16, 2015 8:02 pm UTC')).toEqual([['Apr 16, 2015 8:02 pm', '2015-04-16T20:02']]);
    expect(f('2025-07-01T08:30')).toEqual([['2025-07-01T08:30', '2025-07-01T08:30']]);
    expect(f('04.05.2015 à 13h36')).toEqual([['04.05.2015 à 13h36', '2015-05-04T13:36']]);
    expect(f('4 de mayo de 2015')).toEqual([['4 de mayo de 2015', '2015-05-04']]);
    expect(f('11 октября 2018')).toEqual([['11 октября 2018', '2018-10-11']]);
    expect(f('2017年02月23日')).toEqual([['2017年02月23日', '2017-02-23']]);
  });
  it('reads slashes month-first only on US pages, and rejects impossible dates', () => {
    expect(f('04/05/2015', true)[0]![1]).toBe('2015-04-05');
    expect(f('04/05/2015')[0]![1]).toBe('2015-05-04');
    expect(f('31.02.2020')).toEqual([]);
    expect(f('you may 5 times')).toEqual([]);
  });
  it('reads a date line glued to its own repeat (a published and a modified date printed without a space)', () => {
    const g = (s: string, us = false) => findDatesUnglued(s, 10, us).map((d) => [d.text, formatParts(d), d.start, d.end]);
    expect(g('Posted on 3. Mai 20213. Mai 2021 by Anna')).toEqual([['3. Mai 2021', '2021-05-03', 20, 31], ['3. Mai 2021', '2021-05-03', 31, 42]]);
    expect(g('08/03/202208/03/2022 ~ Ben')[0]).toEqual(['08/03/2022', '2022-03-08', 10, 20]);
    expect(g('19.05.200719.05.2007')[1]).toEqual(['19.05.2007', '2007-05-19', 20, 30]);
  });
  it('reads a numeric date printed with a space after each dot, as Czech and some German pages print it', () => {
    expect(f('18. 05. 2014 22:38')).toEqual([['18. 05. 2014 22:38', '2014-05-18T22:38']]);
    expect(f('Von Redaktion 4. 2. 2022.')).toEqual([['4. 2. 2022', '2022-02-04']]);
    // One space at most: a list of numbers a few blanks apart is no date.
    expect(f('Plätze 4.  2.  2022')).toEqual([]);
  });
  it('reads a date line whose numeric date is glued to the word before it', () => {
    const g = (s: string) => findDatesUnglued(s, 10).map((d) => [d.text, formatParts(d), d.start, d.end]);
    expect(g('Lena Vogt03.11.2020Reisen4 Kommentare')).toEqual([['03.11.2020', '2020-11-03', 19, 29]]);
    expect(g('Tom Ried2021-06-07T09:15:00+02:00')[0]!.slice(0, 2)).toEqual(['2021-06-07T09:15', '2021-06-07T09:15']);
    // A two-digit year glued to a time is not a four-digit year, and a capital before the figures is a name (`COVID19`).
    expect(g('annak12.04.1909:30')).toEqual([]);
    expect(findDatesUnglued('Impfung COVID19.05.2021')).toEqual([]);
  });
  it('reads a day glued to its year after a month name (a date badge), not a year glued to the next date', () => {
    const g = (s: string) => findDatesUnglued(s, 10).map((d) => [d.text, formatParts(d), d.start, d.end]);
    expect(g('Mar 072016')).toEqual([['Mar 072016', '2016-03-07', 10, 20]]);
    expect(g('Posted Okt 312019 by Lea').map((d) => d[1])).toEqual(['2019-10-31']);
    expect(g('5. März 201914. April 2020 | Jana Roth').map((d) => d[1])).toEqual(['2019-03-05', '2020-04-14']);
  });
  it('leaves other long numbers whole', () => {
    expect(findDatesUnglued('Kundennummer 12.03.202219')).toEqual([]);
    expect(findDatesUnglued('am 3. Mai 20219 Besucher').map((d) => d.text)).toEqual(['3. Mai']);
    expect(findDates('Posted on 3. Mai 20213. Mai 2021').map((d) => d.text)).toEqual(['3. Mai', 'Mai 2021']);
  });
});

describe('numericMonthFirst', () => {
  it('lets the page\'s unambiguous numeric dates decide, the language only where none does', () => {
    expect(numericMonthFirst('Posted 02/10/2020 · older: 25/09/2020', 'en')).toBe(false);
    expect(numericMonthFirst('Posted 02/10/2020 · older: 09/25/2020', 'de')).toBe(true);
    expect(numericMonthFirst('Posted 02/10/2020 · 03.04.2021', 'en')).toBe(true);
    expect(numericMonthFirst('Posted 02/10/2020 · 03.04.2021', 'fr')).toBe(false);
    // An even split leaves it to the language; a first part over 31 is no date.
    expect(numericMonthFirst('13/01/2020 and 01/13/2020, 45/10/2020', 'en')).toBe(true);
  });
});

describe('Polish months on date lines', () => {
  const g = (s: string) => findDatesUnglued(s).map((d) => [d.text, formatParts(d)]);
  it('reads genitive and nominative forms on a date line, not in findDates', () => {
    expect(g('22 kwietnia 2021 r.')).toEqual([['22 kwietnia 2021', '2021-04-22']]);
    expect(g('opublikowano: 3 grudnia 2014, 10:15')).toEqual([['3 grudnia 2014, 10:15', '2014-12-03T10:15']]);
    expect(g('październik 2020')).toEqual([['październik 2020', '2020-10']]);
    expect(g('31 lutego 2021, maja')).toEqual([]);
    // The line model's features read dates as before.
    expect(findDates('22 kwietnia 2021')).toEqual([]);
  });
});
