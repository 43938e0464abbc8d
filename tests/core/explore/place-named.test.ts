import { describe, expect, it } from 'vitest';
import { memoryService } from '../../support/memory-service';

/** The people of a library holding `texts` (invented names throughout). */
async function peopleOf(texts: string[]): Promise<string[]> {
  const { db, api } = await memoryService();
  for (const [i, text] of texts.entries()) await api.ingestText({ name: `${i}.txt`, text });
  const people = (await api.listEntities({ limit: 100 })).filter((e) => e.kind === 'person').map((e) => e.name);
  db.close();
  return people.sort();
}

const PLACE = 'Neue Brücke in Valmora\n\nIn Valmora wurde am Montag eine neue Brücke eröffnet. Der Bau hatte drei Jahre gedauert.\n';

describe('a name the library writes as a place', () => {
  it('takes a word and a place of the library for a club, not a person', async () => {
    const club = 'Derby am Sonntag\n\nDer Sieg gegen Kerbor Valmora war der zehnte der Saison. Der Trainer war zufrieden.\n';
    expect(await peopleOf([club])).toContain('Kerbor Valmora');
    expect(await peopleOf([club, PLACE])).not.toContain('Kerbor Valmora');
  });
  it('keeps a person a role stands before, whose given name no list holds', async () => {
    const spokesman = 'Kritik am Bau\n\nDer Bau sei zu teuer, sagte Pressesprecher Tiberan Valmora am Dienstag. Die Stadt widersprach.\n';
    expect(await peopleOf([spokesman, PLACE])).toContain('Tiberan Valmora');
  });
  it('keeps a person whose given name is an older German one before a place of the library', async () => {
    const resident = 'Kritik am Bau\n\nDer Bau sei zu teuer, meinte Hartmut Valmora am Dienstag. Die Stadt widersprach.\n';
    expect(await peopleOf([resident, PLACE])).toContain('Hartmut Valmora');
  });
  it('takes a name the library writes whole as a place in as many reports for no person', async () => {
    const club = 'Derby am Sonntag\n\nWir haben die Punkte verdient, sagte Valmora nach dem Spiel.\n';
    expect(await peopleOf([club])).toContain('Valmora');
    expect(await peopleOf([club, PLACE])).not.toContain('Valmora');
  });
});
