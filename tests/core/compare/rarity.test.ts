import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { idfFor } from '../../../src/core/compare/in-library';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { article } from '../../support/article-input';
import type { ReadDb } from '../../../src/core/store/handles';


/** A library of `docs` articles as the search index counts them, with these document frequencies. */
function library(docs: number, df: Record<string, number>): ReadDb {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE search_docs (id INTEGER PRIMARY KEY); CREATE TABLE search_vocab (term TEXT, doc INTEGER)');
  const add = db.prepare('INSERT INTO search_docs (id) VALUES (?)');
  for (let i = 0; i < docs; i++) add.run(i);
  const vocab = db.prepare('INSERT INTO search_vocab (term, doc) VALUES (?, ?)');
  for (const [term, n] of Object.entries(df)) vocab.run(term, n);
  return db as unknown as ReadDb;
}

const A = analyzeArticle(article('a', ['Die USA melden ein dreistündiges Treffen in Genf.', 'Das Wetter war mild.']));
const B = analyzeArticle(article('b', ['Das Treffen in Genf dauerte drei Stunden.', 'Am Abend regnete es.']));
const stemOf = (word: string) => A.sentences.flatMap((s) => s.stems).find((s) => word.startsWith(s) || s.startsWith(word))!;

describe('word rarity for a comparison', () => {
  it('in a large library, a word most reports use (USA) weighs less than one few use, though both stand once in the compared reports', () => {
    const usa = stemOf('usa'), genf = stemOf('genf');
    expect([usa, genf]).toEqual([expect.any(String), expect.any(String)]);
    const { idf } = idfFor(library(10_000, { [usa]: 3000, [genf]: 40 }), [A, B]);
    expect(idf(usa)).toBeLessThan(0.8 * idf(genf));
  });
  it('in a library of a few dozen reports, the compared reports decide: a word of the story every report uses keeps its weight', () => {
    const genf = stemOf('genf');
    const small = idfFor(library(10, { [genf]: 7 }), [A, B]);
    const few = idfFor(library(60, { [genf]: 7 }), [A, B]);
    expect(few.maxIdf).toBeCloseTo(small.maxIdf, 6);
    expect(few.idf(genf)).toBeGreaterThan(0.95 * small.idf(genf));
  });
});
