import { describe, expect, it } from 'vitest';
import { nameWordRows, nameWordsText } from '../../../src/core/search/name-words';
import { searchableTexts } from '../../support/memory-service';

/** The rows ingest writes for some texts: the worker's words, keyed on the library thread. */
const nameWords = (...texts: string[]) => nameWordRows(nameWordsText(...texts));

// Invented names throughout.
describe('name-like words by skeleton', () => {
  it('keys capitalised words that are no common German word, each once', () => {
    const words = nameWords('Die Regierung', 'Kovalenko sagte, Kowalenko habe die Regierung informiert. Kovalenko ging.');
    expect(words.map((w) => w.word).sort()).toEqual(['Kovalenko', 'Kowalenko']);
    expect(new Set(words.map((w) => w.skeleton)).size).toBe(1);
  });
});

describe('a spelling that forms no entity of its own', () => {

  it('is found by any rendering typed: one bare mention, doubled letters, `w`/`v`', async () => {
    const { db, hits } = await searchableTexts([
      'Minister\n\nDer Minister Sergej Kowalenko sagte am Dienstag, die Lage sei ernst. Kowalenko forderte Hilfe.\n',
      'Bericht\n\nDas bestätigte auch Kovalenko am Abend. Die Lage sei ernst.\n',
      'Wirtschaft\n\nDie Preise stiegen im Herbst weiter, sagte ein Sprecher. Kowallenko war nicht erreichbar.\n',
      'Sport\n\nDer Trainer Petro Kowalski lobte die Mannschaft.\n',
    ]);
    for (const q of ['Kowalenko', 'Kovalenko', 'Kowallenko']) expect(await hits(q)).toEqual([0, 1, 2]);
    // Another name of other letters is not that one.
    expect(await hits('Kowalski')).toEqual([3]);
    db.close();
  });

  it('a whole name whose rendering at a sentence start made no entity (a given name no list holds)', async () => {
    const { db, hits } = await searchableTexts([
      'Kommandeur\n\nVadym Borysenko übernahm am Freitag das Kommando. Die Armee begrüßte das.\n',
      'Wechsel\n\nDer General Wadim Borissenko wurde zum Kommandeur ernannt. Borissenko gilt als erfahren.\n',
      'Armee\n\nNeuer Chef ist Vadim Borisenko, hieß es am Freitag.\n',
    ]);
    for (const q of ['Wadim Borissenko', 'Vadim Borisenko', 'Borissenko', 'Borisenko']) expect(await hits(q)).toEqual([0, 1, 2]);
    db.close();
  });

  it('a name typed in its genitive finds the name', async () => {
    const { db, hits } = await searchableTexts([
      'Tod\n\nDer Oppositionelle Alexej Marenkow ist gestorben. Marenkow war 47 Jahre alt.\n',
      'Witwe\n\nMarenkovs Mutter reiste in den Norden. Alexei Marenkov sei ermordet worden.\n',
    ]);
    expect(await hits('Marenkows')).toEqual([0, 1]);
    db.close();
  });

  it('nouns are not widened by their skeleton: a common word, or one no person of the library is named with', async () => {
    const { db, hits } = await searchableTexts([
      'Markt\n\nDie Kasse war leer.\n',
      'Essen\n\nDer Käse war alt.\n',
      'Sport\n\nDer Torschütze jubelte lange.\n',
      'Spiel\n\nZwei Torschüsse gingen daneben.\n',
    ]);
    expect(await hits('Kasse')).toEqual([0]);
    expect(await hits('Torschütze')).toEqual([2]);
    db.close();
  });
});
