import { describe, expect, it } from 'vitest';
import { compoundSplits } from '../../../src/core/text/decompound';

describe('compoundSplits', () => {
  it('splits a compound at its linking element into parts the lexicons know', () => {
    expect(compoundSplits('luftverkehrsagentur')).toEqual(expect.arrayContaining(['luftverkehr', 'agentur']));
    expect(compoundSplits('staatschef')).toEqual(expect.arrayContaining(['staat', 'chef']));
  });
  it('also splits against the compared sentences\' words', () => {
    expect(compoundSplits('nierenproblem')).toEqual([]);
    expect(compoundSplits('nierenproblem', new Set(['nier']))).toEqual(expect.arrayContaining(['nier', 'problem']));
  });
  it('leaves a word that is no compound whole', () => {
    expect(compoundSplits('gorbatschow')).toEqual([]);
    expect(compoundSplits('haus')).toEqual([]);
  });
});
