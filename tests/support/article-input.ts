import type { ArticleInput } from '../../src/core/analysis/analyze';
import type { Block } from '../../src/shared/api';

/** An analysis input whose body is the given paragraphs, each a block, as extraction would give it. */
export function article(id: string, paragraphs: string[]): ArticleInput {
  let text = '';
  const blocks: Block[] = [];
  for (const p of paragraphs) {
    blocks.push({ kind: 'paragraph', region: 'body', text: p, start: text.length, end: text.length + p.length });
    text += p + '\n\n';
  }
  return { id, title: id, site: null, published: null, dateConflict: null, text, blocks, dateMentions: [], dateline: null };
}
