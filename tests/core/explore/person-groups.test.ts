import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import { entityGroups, personGroups } from '../../../src/core/explore/views';
import { groupEntities } from '../../../src/core/explore/entity-groups';
import { nameContext } from '../../../src/core/explore/name-context';
import { spellingsData, spellingsLookup, storedSpellingsLookup, writeSpellings } from '../../../src/core/explore/spellings-lookup';
import { entityOverrides, nameStats, personNames, setEntityOverrides } from '../../../src/core/store/queries/entities';
import { replaceSpellings, spellingsState } from '../../../src/core/store/queries/name-spellings';
import { SEEDS, tempDir } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

// The spellings worker groups only the people's names and writes the lookup as it makes it;
// search must find the same other spellings as from the lookup grouped with every name in memory.
describe("the stored spellings, grouped from the people's names alone", () => {
  it('answer every name and word as the lookup of all the groups does, with a place merged into a person by hand', async () => {
    const db = await openLibrary({ path: join(tmp.dir, 'people.sqlite'), seedDir: SEEDS });
    const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: 'x', version: '0' });
    await api.getTimeline({ limit: 10 });
    const place = entityGroups(db).groups.find((g) => g.kind === 'place')!;
    const person = entityGroups(db).groups.find((g) => g.kind === 'person' && g.names.length > 1)!;
    expect(place && person).toBeTruthy();
    // A person's merge of a place into a person (a name the finder took for a place).
    setEntityOverrides(db, 'person', person.names.map((n) => n.name), 'person:merged');
    setEntityOverrides(db, 'place', [place.names[0]!.name], 'person:merged');

    // Every name grouped, as `entityGroups` does (its cache does not see an override set here).
    const all = groupEntities(nameStats(db), entityOverrides(db), nameContext(db));
    const mine = personGroups(db);
    expect(mine.map((g) => g.names.map((n) => n.name))).toEqual(all.filter((g) => mine.some((m) => m.id === g.id)).map((g) => g.names.map((n) => n.name)));
    expect(new Set(mine.map((g) => g.id))).toEqual(new Set(all.filter((g) => g.kind === 'person' || g.manual).map((g) => g.id)));

    replaceSpellings(db, (sink) => writeSpellings(mine, sink), spellingsState(db).changes);
    const stored = storedSpellingsLookup(db);
    const inMemory = spellingsLookup(spellingsData(all));
    const words = personNames(db).flatMap((n) => [n, ...n.split(' ')]);
    expect(words.length).toBeGreaterThan(20);
    expect(words.map(stored)).toEqual(words.map(inMemory));
    expect(words.some((w) => stored(w) !== null)).toBe(true);
    db.close();
  });
});
