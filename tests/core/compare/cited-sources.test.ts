import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { compare } from '../../../src/core/compare/compare';
import type { EntityId } from '../../../src/shared/api';
import { article } from '../../support/article-input';

const cited = (a: string[], b: string[]) => {
  const c = compare([analyzeArticle(article('a', a)), analyzeArticle(article('b', b))], { idf: () => 1, maxIdf: 1, idOf: (k, n) => `${k}:${n}` as EntityId });
  return {
    all: c.sources.map((s) => `${s.name} ${s.articleIds.join('+')}`),
    pairs: c.pairs.flatMap((p) => p.differences.sources.map((s) => `${s.name} ${s.kind}`)),
  };
};

describe('the sources two compared reports cite (invented reports)', () => {
  it('leaves out the agency of a dateline: it sent the copy, the report does not cite it', () => {
    const a = ['Nordstadt (Reuters) – Bei dem Austausch in Nordstadt kam die Journalistin Lena Strobl am Donnerstag frei.'];
    const b = ['Bei dem Austausch in Nordstadt kam die Journalistin Lena Strobl am Donnerstag frei.'];
    expect(cited(a, b)).toEqual({ all: [], pairs: [] });
    expect(cited(['NORDSTADT (dpa-AFX) - Bei dem Austausch in Nordstadt kam die Journalistin Lena Strobl am Donnerstag frei.'], b)).toEqual({ all: [], pairs: [] });
  });
  it('keeps an agency the story cites, in the dateline report too', () => {
    const a = ['Nordstadt (Reuters) – Bei dem Austausch in Nordstadt kam die Journalistin Lena Strobl am Donnerstag frei, berichtete Reuters.'];
    const b = ['Bei dem Austausch in Nordstadt kam die Journalistin Lena Strobl am Donnerstag frei.'];
    expect(cited(a, b)).toEqual({ all: ['Reuters a'], pairs: ['Reuters only-a'] });
  });
});
