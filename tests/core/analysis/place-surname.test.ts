import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { splitSentences } from '../../../src/core/text/sentences';

/** The persons the finder reads in a text (invented reports). */
function persons(text: string): string[] {
  const spans = splitSentences(text, 0, text.length).map((s) => ({ start: s.start, end: s.end }));
  return [...new Set(findEntities(text, spans).filter((e) => e.kind === 'person').map((e) => e.name))];
}

describe('a known given name before a place, the pair acting as a person', () => {
  it.each([
    ['Der Komponist Otto London hat das Lied 1942 geschrieben.', 'Otto London'],
    ['Ina London (54) trat am Samstag in Hamburg auf.', 'Ina London'],
    ['Karl Washington, der seit 2019 das Orchester leitet, sagte ab.', 'Karl Washington'],
    ['„Wir spielen weiter“, sagte Greta London am Abend.', 'Greta London'],
    ['Der Roman stammt von Ole London. Er schrieb ihn mit 20 Jahren.', 'Ole London'],
  ])('%s → %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each([
    // A club named after its city, a noun the report writes after an article, a place after `in`.
    'Der Verein Hertha Berlin verlor am Samstag gegen Union Berlin mit 0:2.',
    'Er gab Peter Geld, weil er kein Geld hatte, und sagte danach nichts.',
    'Die Familie zog 1990 von Paris nach Berlin. Sie lebt seither in London.',
  ])('%s names no such person', (text) => {
    expect(persons(text).filter((p) => /Berlin|London|Paris|Geld/.test(p))).toEqual([]);
  });

  it('a longer name is not cut at the place (`Martin Luther King`)', () => {
    expect(persons('Er hörte die Rede von Martin Luther King und sagte, er sei bewegt.')).not.toContain('Martin Luther');
  });
});
