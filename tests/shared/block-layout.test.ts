import { describe, expect, it } from 'vitest';
import { layoutTree } from '../../src/shared/block-layout';
import { comparisonHtml } from '../../src/core/compare/export-html';
import type { ArticleId, Comparison } from '../../src/shared/api';

describe('layoutTree', () => {
  it('nests lists and quotes as the markup names them, numbering ordered items', () => {
    const tree = layoutTree([
      { block: 0 },
      { block: 1, markup: { heading: 3 } },
      { block: 2, markup: { path: ['ol'], item: 4 } },
      { block: 3, markup: { path: ['ol', 'ul'], item: 1 } },
      { block: 4, markup: { path: ['ol'] } },
      { block: 5, markup: { path: ['ol'], item: 5 } },
      { block: 6, markup: { path: ['quote'] } },
      { block: 7, markup: { path: ['quote', 'ul'], item: 1 } },
      { block: 8 },
    ]);
    expect(tree).toEqual([
      { type: 'block', block: 0, as: 'p' },
      { type: 'block', block: 1, as: 'h3' },
      {
        type: 'list', ordered: true, items: [
          { block: 2, number: 4, children: [{ type: 'list', ordered: false, items: [{ block: 3, number: null, children: [] }] }, { type: 'block', block: 4, as: 'p' }] },
          { block: 5, number: 5, children: [] },
        ],
      },
      { type: 'quote', children: [{ type: 'block', block: 6, as: 'p' }, { type: 'list', ordered: false, items: [{ block: 7, number: null, children: [] }] }] },
      { type: 'block', block: 8, as: 'p' },
    ]);
  });

  it('gives an item that opens with a nested list no block of its own', () => {
    expect(layoutTree([{ block: 0, markup: { path: ['ul', 'ul'], item: 1 } }])).toEqual([
      { type: 'list', ordered: false, items: [{ block: null, number: null, children: [{ type: 'list', ordered: false, items: [{ block: 0, number: null, children: [] }] }] }] },
    ]);
  });
});

describe('the comparison export', () => {
  const A = 'a' as ArticleId, B = 'b' as ArticleId;
  const s = (text: string, block: number) => ({ start: 0, end: text.length, text, block });
  const c: Comparison = {
    articles: [
      { id: A, title: 'A', site: 'md', published: null, sentences: [s('Lead.', 0), s('Punkte', 1), s('Eins.', 2), s('Zwei.', 3), s('Zitat.', 4)], unique: [0, 1, 2, 3, 4], sources: [], quotes: [],
        layout: [{ block: 0 }, { block: 1, markup: { heading: 2 } }, { block: 2, markup: { path: ['ul'], item: 1 } }, { block: 3, markup: { path: ['ul'], item: 2 } }, { block: 4, markup: { path: ['quote'] } }] },
      { id: B, title: 'B', site: 'txt', published: null, sentences: [s('Eins.', 0), s('Zwei.', 1)], unique: [], sources: [], quotes: [] },
    ],
    pairs: [], passages: [], sources: [], spellings: [], tookMs: 1,
  };

  it('shows a structured report’s headings, lists and quotes, and a plain one as before', () => {
    const html = comparisonHtml(c);
    expect(html).toContain('<h3 class="s unique">Punkte</h3>');
    expect(html).toContain('<ul><li><p class="s unique">Eins.</p></li><li><p class="s unique">Zwei.</p></li></ul>');
    expect(html).toContain('<blockquote><p class="s unique">Zitat.</p></blockquote>');
    // The plain report's sentences as before, in the wrapper that carries a report's language.
    expect(html).toMatch(/<div class="meta">txt<\/div><div><p class="s ">Eins.<\/p>\n<p class="s ">Zwei.<\/p><\/div><\/section>/);
  });
});
