import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type WriteDb } from '../../../src/core/store/db';
import { ingestText } from '../../../src/core/ingest/ingest';
import { searchArticles, type SearchRequest } from '../../../src/core/search/search';
import { editsWithin } from '../../../src/core/search/word-speller';
import { swapEditDistance as editDistance } from '../../../src/core/text/distance';

// Made-up reports: "did you mean" for words of the text that no title or name holds.
let db: WriteDb;
const req = (q: string): SearchRequest => ({ q, sort: 'relevance', limit: 20, offset: 0, facets: false, groupCopies: true });
const texts = [
  'Treffen in Genf\n\n12.03.2025\n\nDie Gespräche in Genf dauerten lange. Die Delegationen sprachen über einen Waffenstillstand an der Straße nach Norden.',
  'Streit um Haushalt\n\n05.04.2025\n\nDie Koalition verhandelt über Schulden. Die Bank zahlt, die Bank zögert.',
  'Neue Regeln\n\n20.04.2025\n\nDie Bank in Zürich prüft Regeln. Ein lauter Bang war zu hören.',
];

beforeAll(async () => {
  db = openDb(':memory:');
  for (const [i, text] of texts.entries()) await ingestText({ db, emit: () => {}, jobId: null, extractWorkerFile: undefined }, { text, name: `t${i}` });
});
afterAll(() => db.close());

const meant = (q: string): string | null | undefined => searchArticles(db, req(q)).didYouMean;

describe('did you mean, from the words of the text', () => {
  it('corrects a common word with a letter dropped to the form the text writes', () => {
    expect(meant('Gesprche')).toBe('Gespräche');
    expect(meant('gesprche')).toBe('Gespräche');
  });

  it('treats umlauts and ß as search folds them', () => {
    expect(meant('Gespraeche Genf')).toBeNull(); // a known word: the two are found together
    expect(meant('Strase')).toBe('Straße');
    expect(meant('Zürrich')).toBe('Zürich');
    expect(meant('Zurrich')).toBe('Zürich');
  });

  it('finds a slip in the first letters and one near the end, and two slips in a long word', () => {
    expect(meant('Kaolition')).toBe('Koalition');
    expect(meant('Haushlat')).toBe('Haushalt');
    expect(meant('Waffenstilstnd')).toBe('Waffenstillstand');
    // Two slips are looked for only after the first four letters (a range read of the vocabulary).
    expect(meant('Wafenstilstand')).toBeNull();
  });

  it('corrects only the unknown word of several, and keeps the query whole', () => {
    expect(meant('Gesprche Genf')).toBe('Gespräche Genf');
    // The typed word is replaced where it stands whole, not inside another word.
    expect(meant('Gesprcheabend OR Gesprche')).toBe('Gesprcheabend OR Gespräche');
  });

  it('offers a correction only when it finds something within the filters', () => {
    expect(meant('Gesprche from:2025-03')).toBe('Gespräche from:2025-03');
    expect(meant('Gesprche from:2030')).toBeNull();
    expect(meant('Gesprche -Genf')).toBeNull();
  });

  it('prefers the word more documents hold', () => {
    expect(meant('Banj')).toBe('Bank');
  });

  it('never suggests for words the library holds, even when together they find nothing', () => {
    expect(meant('Gespräche Haushalt')).toBeNull();
    expect(meant('Koalition Genf')).toBeNull();
    for (const text of texts) {
      for (const w of text.split(/[^\p{L}]+/u).filter((x) => x.length >= 3)) {
        const p = searchArticles(db, req(w));
        expect(p.total, w).toBeGreaterThan(0);
        expect(p.didYouMean ?? null, w).toBeNull();
      }
    }
  });

  it('gives nothing when no word is close', () => {
    expect(meant('Xylophonkonzert')).toBeNull();
  });
});

describe('edit distance', () => {
  it('counts drops, additions, changes and swaps of neighbours, and stops above the bound', () => {
    expect(editDistance('gesprche', 'gesprache', 2)).toBe(1);
    expect(editDistance('kaolition', 'koalition', 2)).toBe(1);
    expect(editDistance('abcdef', 'abcdef', 2)).toBe(0);
    expect(editDistance('wafenstilstand', 'waffenstillstand', 2)).toBe(2);
    expect(editDistance('haus', 'xxxxxxx', 2)).toBe(3);
  });

  it('makes every one-edit variant inside the first letters', () => {
    const v = editsWithin('koal', 2);
    expect(v.has('okal')).toBe(true);
    expect(v.has('kal')).toBe(true);
    expect(v.has('xkoal')).toBe(true);
    expect(v.has('koal')).toBe(false);
    expect(v.has('kola')).toBe(false);
  });
});

describe('did you mean, with the suggestion index', () => {
  it('asks the text first, the speller only when the text has no close word', () => {
    const speller = (w: string) => (w === 'Gesprche' ? 'Gesprächsrunde' : null);
    expect(searchArticles(db, req('Gesprche'), speller).didYouMean).toBe('Gespräche');
    expect(searchArticles(db, req('Xylophonkonzert'), () => 'Genf').didYouMean).toBe('Genf');
  });
});

describe('did you mean, the written form', () => {
  it('looks further back for the typed inflection when the newest texts hold others', async () => {
    const lib = openDb(':memory:');
    const add = (name: string, text: string) => ingestText({ db: lib, emit: () => {}, jobId: null, extractWorkerFile: undefined }, { text, name });
    await add('old', 'Alte Runde\n\n01.01.2025\n\nDie Gespräche begannen früh.');
    for (let i = 0; i < 4; i++) await add(`new${i}`, `Neue Runde ${i}\n\n0${i + 2}.01.2025\n\nEin Gespräch über Zölle, Fall ${i}.`);
    expect(searchArticles(lib, req('Gesprche')).didYouMean).toBe('Gespräche');
    lib.close();
  });
});

describe('did you mean, many unknown words', () => {
  it('asks the text for the first three unknown words only', () => {
    expect(meant('Gesprche Kaolition Haushlat')).toBeNull(); // no report holds all three
    expect(meant('Gesprche Gesprche Gesprche Gesprche')).toBeNull(); // the fourth is left as typed
  });
});
