import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/core/library';
import { compareIndexer } from '../../../src/core/derived/compare-rows/catch-up';
import { peekView } from '../../../src/core/derived/explore-groupings';
import { spellingsOnDemand } from '../../../src/core/explore/spellings-on-demand';
import { otherSpellings } from '../../../src/core/explore/views';
import { personNames } from '../../../src/core/store/queries/entities';
import type { WriteDb } from '../../../src/core/store/db';
import { SEEDS, tempDir } from '../../support/temp';

const tmp = tempDir();
let db: WriteDb;
beforeAll(async () => {
  db = await openLibrary({ path: join(tmp.dir, 'lib.sqlite'), seedDir: SEEDS });
  await compareIndexer(db).catchUp();
});
afterAll(() => {
  db.close();
  tmp.cleanup();
});

describe('spellingsOnDemand', () => {
  it('answers a word that names no one without grouping the names', () => {
    const spellings = spellingsOnDemand(db);
    expect(spellings('Gespräche')).toBeNull();
    expect(spellings('Ukraine')).toBeNull();
    // A short word is asked only when it is a word of a person's name (a surname-first name's surname).
    expect(spellings('Tag')).toBeNull();
    expect(peekView(db, 'spellings')).toBeUndefined();
  });

  it('gives the other spellings of a name, as otherSpellings does for every word', () => {
    const spellings = spellingsOnDemand(db);
    expect(spellings('Dmitriew')).toEqual(expect.arrayContaining(['Dmitrijew', 'Dmitriew']));
    const words = [...new Set(personNames(db).flatMap((n) => n.split(' ')))];
    expect(words.length).toBeGreaterThan(5);
    for (const w of [...words, 'Dmitriev', 'Whitkoff', 'Gespräche', 'Kreml']) expect(spellings(w)).toEqual(otherSpellings(db)(w));
  });

  it('asks a whole name with a second surname no report writes (`Nicolás Maduro Moros`) by the name less it', () => {
    const spellings = spellingsOnDemand(db);
    const typed = personNames(db).filter((n) => n.split(' ').length === 2 && !n.includes('-')).map((n) => `${n} Iturbe`);
    for (const t of typed) expect(spellings(t)).toEqual(otherSpellings(db)(t));
    expect(typed.some((t) => spellings(t) !== null)).toBe(true);
  });
});
