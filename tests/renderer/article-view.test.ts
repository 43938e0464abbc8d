import { describe, expect, it } from 'vitest';
import { removedBlocks, toBodyNodes, toCommentThreads } from '../../src/renderer/src/lib/article-view';
import type { Block, BlockKind, BlockRegion, Comment } from '../../src/shared/api';

let offset = 0;
function block(kind: BlockKind, text: string, region: BlockRegion = 'body', extra: Partial<Block> = {}): Block {
  const start = offset;
  offset += text.length + 2;
  return { kind, region, text, start, end: start + text.length, ...extra };
}
const comment = (author: string, replyTo: number | null): Comment => ({ author, published: null, text: author, replyTo, start: 0, end: 0 });

describe('toBodyNodes', () => {
  it('leaves metadata to the header and groups list items', () => {
    const nodes = toBodyNodes([
      block('title', 'T', 'header'),
      block('caption', 'Photo', 'header'),
      block('credit', '© dpa', 'header'),
      block('paragraph', 'One'),
      block('list-item', '– a'),
      block('list-item', '– b'),
      block('heading', 'H'),
      block('quote', 'Q', 'body', { attribution: 'Selenskyj' }),
      block('comment', 'c', 'comments'),
      block('boilerplate', 'consent', 'boilerplate', { label: 'consent' }),
    ]);
    expect(nodes.map((n) => n.type)).toEqual(['caption', 'paragraph', 'list', 'heading', 'quote']);
    expect(nodes[0]).toMatchObject({ text: 'Photo', credit: '© dpa' });
    expect(nodes[2]).toMatchObject({ items: [{ text: 'a' }, { text: 'b' }] });
    expect(nodes[4]).toMatchObject({ attribution: 'Selenskyj' });
  });

  it('shows a photo credit once', () => {
    const nodes = toBodyNodes([
      block('caption', 'Dmitrijew (l) und Witkoff. (Foto: Vyacheslav Prokofyev/Pool Sputni)', 'body', { credit: 'Vyacheslav Prokofyev/Pool Sputni' }),
      block('caption', 'Putin und Witkoff.', 'body', { credit: 'ARCHIVBILD/dpa/Gavriil Grigorov' }),
      block('credit', '© ARCHIVBILD/dpa/Gavriil Grigorov'),
    ]);
    expect(nodes).toEqual([
      expect.objectContaining({ type: 'caption', text: 'Dmitrijew (l) und Witkoff.', credit: 'Vyacheslav Prokofyev/Pool Sputni' }),
      expect.objectContaining({ type: 'caption', text: 'Putin und Witkoff.', credit: 'ARCHIVBILD/dpa/Gavriil Grigorov' }),
    ]);
  });

  it('takes the line under a pull quote as its attribution, once', () => {
    const named = toBodyNodes([block('quote', 'Es darf kein Spiel …', 'body', { attribution: 'Selenskyj in Dublin' }), block('credit', 'Selenskyj in Dublin')]);
    expect(named).toEqual([expect.objectContaining({ type: 'quote', attribution: 'Selenskyj in Dublin' })]);
    const unnamed = toBodyNodes([block('quote', 'Q'), block('credit', 'Peskow')]);
    expect(unnamed).toEqual([expect.objectContaining({ type: 'quote', attribution: 'Peskow' })]);
  });

  it('joins a dateline to the paragraph it opens', () => {
    const nodes = toBodyNodes([block('dateline', 'Moskau - '), block('paragraph', 'Der US-Sondergesandte …')]);
    expect(nodes).toEqual([expect.objectContaining({ type: 'paragraph', dateline: 'Moskau', text: 'Der US-Sondergesandte …' })]);
  });

  it('gives every node a distinct key', () => {
    const nodes = toBodyNodes([block('paragraph', 'a'), block('list-item', 'b'), block('paragraph', 'c')]);
    expect(new Set(nodes.map((n) => n.key)).size).toBe(nodes.length);
  });
});

describe('toCommentThreads', () => {
  it('nests replies under their parent and keeps orphans at top level', () => {
    const threads = toCommentThreads([comment('a', null), comment('b', 0), comment('c', null), comment('d', 7), comment('e', 4)]);
    expect(threads.map((t) => t.comment.author)).toEqual(['a', 'c', 'd', 'e']);
    expect(threads[0]?.replies.map((r) => r.comment.author)).toEqual(['b']);
  });
});

describe('removedBlocks', () => {
  it('returns the boilerplate blocks in order', () => {
    const blocks = [block('boilerplate', 'x', 'boilerplate'), block('paragraph', 'p'), block('boilerplate', 'y', 'boilerplate')];
    expect(removedBlocks(blocks).map((b) => b.text)).toEqual(['x', 'y']);
  });
});
