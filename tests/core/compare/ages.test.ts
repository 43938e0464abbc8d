import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { compare } from '../../../src/core/compare/compare';
import { ageHolder } from '../../../src/core/compare/ages';
import { findQuantities } from '../../../src/core/analysis/numbers';
import { article } from '../../support/article-input';
import type { EntityId } from '../../../src/shared/api';

function pairs(a: string[], b: string[]): [number, number][] {
  const c = compare([analyzeArticle(article('a', a)), analyzeArticle(article('b', b))], { idf: () => 1, maxIdf: 1, idOf: (k, n) => `${k}:${n}` as EntityId });
  return c.pairs.map((p) => [p.a.sentence, p.b.sentence]);
}

describe('an age in compare', () => {
  it('does not join two sentences about two people of one age', () => {
    const p = pairs(
      ['Das Urteil fiel am Donnerstag.', 'Der 72-Jährige hatte seine Frau betäubt.', 'Die Zuschauer schwiegen.'],
      ['Viele Menschen warteten vor dem Saal.', 'Die 72-Jährige hatte sich dafür eingesetzt.', 'Es regnete.'],
    );
    expect(p).not.toContainEqual([1, 1]);
  });
  it('does not join an age told of one named person with an age told of another', () => {
    const p = pairs(['Das Gericht verurteilte den 72-jährigen Dominique Pelicot.'], ['Beifall folgte der 72-jährigen Rentnerin.']);
    expect(p).not.toContainEqual([0, 0]);
  });
  it('still joins one person’s age told in other words', () => {
    const p = pairs(
      ['Das Wetter war schön.', 'Michail Gorbatschow ist im Alter von 91 Jahren gestorben.'],
      ['Der frühere Präsident starb mit 91 Jahren.', 'Die Fahnen wehten.'],
    );
    expect(p).toContainEqual([1, 0]);
  });
});

describe('ageHolder', () => {
  const holder = (text: string, names: { start: number; end: number; key: string }[] = []) => ageHolder(findQuantities(text)[0]!, text, 0, names);
  it('reads an age and whom it is told of', () => {
    const t = 'Das Gericht verurteilte den 72-jährigen Dominique Pelicot.';
    expect(holder(t, [{ start: t.indexOf('Dominique'), end: t.length - 1, key: '@pelicot' }])).toBe('m|@pelicot');
    expect(holder('Beifall folgte der 72-jährigen Rentnerin.')).toBe('f|');
    expect(holder('Er starb im Alter von 91 Jahren.')).toBeNull();
    expect(holder('Er ist 17 Jahre alt.')).toBeNull();
  });
  it('reads a prison term or a count as no age', () => {
    expect(holder('Er muss mit 20 Jahren Haft rechnen.')).toBeUndefined();
    expect(holder('Das Gericht verhängte 20 Jahre Haft.')).toBeUndefined();
    expect(holder('Alle 51 Angeklagten wurden verurteilt.')).toBeUndefined();
  });
});
