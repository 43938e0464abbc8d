import { describe, expect, it } from 'vitest';
import { parseAgencies, parseByline, parseDateline, parseSourceLine, parseTagList, splitGluedTags, statedOutlet, nameBeforeDate } from '../../../../src/core/ingest/extract/byline';
import { readDateLine } from '../../../../src/core/ingest/extract/header';
import type { Line } from '../../../../src/core/ingest/extract/segment';

describe('byline parsing', () => {
  it('reads bylines in several languages', () => {
    expect(parseByline('By Jane Doe and John Smith')).toBe('Jane Doe and John Smith');
    expect(parseByline('Von Anna Schmidt')).toBe('Anna Schmidt');
    expect(parseByline('Par Sébastien Farcis')).toBe('Sébastien Farcis');
    expect(parseByline('by the way, this is a sentence')).toBeNull();
    expect(nameBeforeDate('Dan Goodin - ')).toBe('Dan Goodin');
  });
  it('reads the writer a date line names after its date, and no name in a sentence or a date label', () => {
    const writer = (line: string) => readDateLine({ text: line, start: 0, end: line.length } as Line, false)?.writer ?? null;
    expect(writer('March 3, 2021 by Nina Hart 4 Comments')).toBe('Nina Hart');
    expect(writer('Veröffentlicht am 9. Mai 2018 von wanderfee')).toBe('wanderfee');
    expect(writer('Mai 9, 2018 · von wanderfee · in Allgemein')).toBe('wanderfee');
    expect(writer('Veröffentlicht vonLena Sommer 9. Mai 2018')).toBe('Lena Sommer');
    expect(writer('9. Mai 201812. Juni 2019 | Lena Sommer')).toBe('Lena Sommer');
    expect(writer('09.05.2018 | 10:15 Uhr | Lena Sommer')).toBe('Lena Sommer');
    expect(writer('09.05.2018 | 10:15 Uhr | Politik')).toBeNull();
    expect(writer('2018-05-09 Deutsche Sprache')).toBeNull();
    expect(writer('Published Thursday 9 May 2018 Published Thu 9 May 2018')).toBeNull();
    expect(writer('9. Mai 2018 von der Redaktion')).toBeNull();
    // A sentence that opens with a word some language uses as a byline label is no byline.
    expect(parseByline('Da Pelzbesatz für Mäntel von Farmen immer mehr hinterfragt wird, kommt vermehrt Kunstpelz zum Einsatz.')).toBeNull();
    expect(parseByline('Di Marco Rossi')).toBe('Marco Rossi');
    expect(parseByline('By Nina on 3 May, 2021 | 18 Comments. This post may contain affiliate links, and we earn from qualifying purchases.')).toBe('Nina');
  });
  it('reads source lines, agency credits and datelines', () => {
    expect(parseSourceLine('Source: example.com, jd')).toEqual({ site: 'example.com', author: 'jd' });
    expect(parseAgencies('… sagte er. (mit AFP, Reuters)')).toEqual(['AFP', 'Reuters']);
    expect(parseAgencies('Berlin (dpa) - Die Regierung …')).toEqual(['dpa']);
    expect(parseDateline('WASHINGTON (AP) — The Senate voted')).toMatchObject({ place: 'WASHINGTON', agency: 'AP' });
    expect(parseDateline('Paris - Le gouvernement a annoncé')).toMatchObject({ place: 'Paris' });
    expect(parseDateline('Der Minister sagte am Montag')).toBeNull();
  });
  it('reads the day a dateline carries, only when it is a whole date with its year', () => {
    expect(parseDateline('Oslo, 16. März 2025 – Die Gespräche gehen weiter.')).toMatchObject({ place: 'Oslo', date: { year: 2025, month: 3, day: 16 } });
    expect(parseDateline('OSLO, March 16, 2025 (Reuters) — Talks went on.')).toMatchObject({ place: 'OSLO', agency: 'Reuters', date: { year: 2025, month: 3, day: 16 } });
    expect(parseDateline('Oslo, 16.03.2025: Die Gespräche gehen weiter.')?.date).toMatchObject({ year: 2025, month: 3, day: 16 });
    expect(parseDateline('Oslo, the city of 2024 – Talks went on.')).toBeNull();
  });
  it('reads a dated dateline whose place has several parts, whose agency stands before the comma, or with a time', () => {
    expect(parseDateline('Bad Homburg (AFP), 16. März 2025 – Die Gespräche gehen weiter.')).toMatchObject({ place: 'Bad Homburg', agency: 'AFP', date: { year: 2025, month: 3, day: 16 } });
    expect(parseDateline('Freiburg im Breisgau, 16. März 2025 – Die Gespräche gehen weiter.')).toMatchObject({ place: 'Freiburg im Breisgau', date: { day: 16 } });
    expect(parseDateline('Neustadt (Weinstraße), 16.03.2025 – Die Gespräche gehen weiter.')).toMatchObject({ place: 'Neustadt (Weinstraße)', agency: null, date: { month: 3, day: 16 } });
    expect(parseDateline('Oslo (Reuters), 16. März 2025 – Die Gespräche gehen weiter.')).toMatchObject({ place: 'Oslo', agency: 'Reuters' });
    expect(parseDateline('Oslo, 16. März 2025, 14:30 Uhr – Die Gespräche gehen weiter.')).toMatchObject({ place: 'Oslo', date: { year: 2025, month: 3, day: 16 } });
    // A connecting word needs a capitalised place word after it.
    expect(parseDateline('Oslo am späten Abend, 16. März 2025 – Die Gespräche gehen weiter.')?.place).toBe('');
    expect(parseDateline('Oslo (dpa), the city of 2024 – Talks went on.')).toBeNull();
  });

  it('reads a dateline that is only the day, with no place', () => {
    expect(parseDateline('May 3, 2016 -- Picture a hospital ward where no drug works.')).toMatchObject({ place: '', date: { year: 2016, month: 5, day: 3 } });
    expect(parseDateline('03.05.2016 – Die Kliniken warnen vor resistenten Keimen.')?.date).toMatchObject({ year: 2016, month: 5, day: 3 });
    expect(parseDateline('May 2016 -- Picture a hospital ward.')).toBeNull();
    expect(parseDateline('1,500 or 2016 -- figures vary.')).toBeNull();
  });
  it('finds the outlet only where the page names itself', () => {
    expect(statedOutlet('Follow Example News on Mastodon for updates')).toBe('Example News');
    expect(statedOutlet('Mehr dazu lesen Sie hier bei Rundschau.')).toBe('Rundschau');
    expect(statedOutlet('© 2017 The Daily Planet. All rights reserved.')).toBe('The Daily Planet');
    expect(statedOutlet('Folgen Sie uns auf Twitter')).toBeNull();
  });
  it('splits glued and labelled tag lines', () => {
    expect(splitGluedTags('EuropaAngela MerkelKlimaschutzEU')).toEqual(['Europa', 'Angela Merkel', 'Klimaschutz', 'EU']);
    expect(splitGluedTags('http://amzn.to/2iJFhRj')).toBeNull();
    expect(splitGluedTags('A normal sentence, with commas.')).toBeNull();
    expect(parseTagList('Tags: climate, energy, policy')).toEqual(['climate', 'energy', 'policy']);
  });
});
