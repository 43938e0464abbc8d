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
    names: c.pairs.flatMap((p) => p.differences.names.map((n) => `${n.a ?? n.b} ${n.kind}`)),
  };
};

describe('the sources two compared reports cite (invented reports)', () => {
  it('leaves out the agency of a dateline: it sent the copy, the report does not cite it', () => {
    const a = ['Nordstadt (Reuters) – Bei dem Austausch in Nordstadt kam die Journalistin Lena Strobl am Donnerstag frei.'];
    const b = ['Bei dem Austausch in Nordstadt kam die Journalistin Lena Strobl am Donnerstag frei.'];
    expect(cited(a, b)).toMatchObject({ all: [], pairs: [] });
    expect(cited(['NORDSTADT (dpa-AFX) - Bei dem Austausch in Nordstadt kam die Journalistin Lena Strobl am Donnerstag frei.'], b)).toMatchObject({ all: [], pairs: [] });
  });
  it('keeps an agency the story cites, in the dateline report too', () => {
    const a = ['Nordstadt (Reuters) – Bei dem Austausch in Nordstadt kam die Journalistin Lena Strobl am Donnerstag frei, berichtete Reuters.'];
    const b = ['Bei dem Austausch in Nordstadt kam die Journalistin Lena Strobl am Donnerstag frei.'];
    expect(cited(a, b)).toMatchObject({ all: ['Reuters a'], pairs: ['Reuters only-a'] });
  });
  it('reads no source after an adjective that ends like a media noun (`wachsender`), and still after a noun', () => {
    const a = ['Die Polizei nahm Lena Strobl inmitten wachsender Forderungen nach Neuwahlen fest.'];
    const b = ['Die Polizei nahm Lena Strobl fest, berichtete der Fernsehsender Nordkanal.'];
    expect(cited(a, b).all).toEqual(['Nordkanal b']);
  });
  it('says a source one report of the pair cites once, as a source, not again as a name', () => {
    const a = ['Bei dem Austausch in Nordstadt kam die Journalistin Lena Strobl am Donnerstag frei, berichtete Reuters.'];
    const b = ['Bei dem Austausch in Nordstadt kam die Journalistin Lena Strobl am Donnerstag frei.'];
    const r = cited(a, b);
    expect(r.pairs).toEqual(['Reuters only-a']);
    expect(r.names.filter((n) => n.startsWith('Reuters'))).toEqual([]);
  });
});
