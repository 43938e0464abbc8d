import { describe, expect, it } from 'vitest';
import { parseAgencies, parseByline, parseDateline, parseSourceLine, parseTagList, splitGluedTags, statedOutlet, nameBeforeDate } from '../../../../src/core/ingest/extract/byline';

describe('byline parsing', () => {
  it('reads bylines in several languages', () => {
    expect(parseByline('By Jane Doe and John Smith')).toBe('Jane Doe and John Smith');
    expect(parseByline('Von Anna Schmidt')).toBe('Anna Schmidt');
    expect(parseByline('Par Sébastien Farcis')).toBe('Sébastien Farcis');
    expect(parseByline('by the way, this is a sentence')).toBeNull();
    expect(nameBeforeDate('Dan Goodin - ')).toBe('Dan Goodin');
  });
  it('reads source lines, agency credits and datelines', () => {
    expect(parseSourceLine('Source: example.com, jd')).toEqual({ site: 'example.com', author: 'jd' });
    expect(parseAgencies('… sagte er. (mit AFP, Reuters)')).toEqual(['AFP', 'Reuters']);
    expect(parseAgencies('Berlin (dpa) - Die Regierung …')).toEqual(['dpa']);
    expect(parseDateline('WASHINGTON (AP) — The Senate voted')).toMatchObject({ place: 'WASHINGTON', agency: 'AP' });
    expect(parseDateline('Paris - Le gouvernement a annoncé')).toMatchObject({ place: 'Paris' });
    expect(parseDateline('Der Minister sagte am Montag')).toBeNull();
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
