import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { sharedPassages } from '../../../src/core/compare/passages';
import { article } from '../../support/article-input';

describe('sharedPassages', () => {
  it('finds a run of the same words written with other case and umlauts, and places it in each report', () => {
    const a = analyzeArticle(article('a', [
      'Am Morgen sprach der Minister.',
      'Die Außenminister der beiden Länder trafen sich am Freitag in Genf zu Gesprächen über die Lage.',
    ]));
    const b = analyzeArticle(article('b', [
      'Nach Angaben von Diplomaten: die Aussenminister der beiden Laender trafen sich am Freitag in Genf zu Gespraechen.',
    ]));
    const [p, ...rest] = sharedPassages([a, b]);
    expect(rest).toHaveLength(0);
    expect(p).toMatchObject({ words: 13, isWireCopy: false });
    const [inA, inB] = p!.occurrences;
    expect(a.input.text.slice(inA!.start, inA!.end)).toBe('Die Außenminister der beiden Länder trafen sich am Freitag in Genf zu Gesprächen');
    expect(b.input.text.slice(inB!.start, inB!.end)).toBe('die Aussenminister der beiden Laender trafen sich am Freitag in Genf zu Gespraechen');
  });

  it('finds none where no eight words in a row agree', () => {
    const a = analyzeArticle(article('a', ['Der Minister trat am Sonntag nach langen Beratungen in Berlin zurück.']));
    const b = analyzeArticle(article('b', ['Der Minister trat am Sonntag nach kurzen Beratungen in Bonn zurück.']));
    expect(sharedPassages([a, b])).toEqual([]);
  });
});
